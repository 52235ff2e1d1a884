"""A representative reads a regional group meeting's page in Spanish, sends a
question, confirms it from the emailed link, and sees it answered on the page."""

import re
from datetime import time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

QUESTION = "¿Cómo participarán las oficinas regionales en el examen del programa de vivienda?"
ANSWER = "Cada oficina regional presentará su informe en la sesión de junio."


@pytest.fixture
def spanish_meeting(restore_wagtail_tree, live_server):
    from wagtail.models import Locale, Page, Site

    from tests.factories import HomePageFactory
    from tests.factories.events import EventIndexPageFactory, MeetingPageFactory
    from tests.translation_support import translate

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    index = EventIndexPageFactory(parent=home)
    meeting = MeetingPageFactory(
        parent=index,
        title="GRULAC meeting with the Executive Director",
        slug="grulac",
        group="grulac",
        question_deadline_date=timezone.localdate() + timedelta(days=5),
        question_deadline_time=time(17),
    )
    spanish = Locale.objects.get(language_code="es")
    translate(home, spanish, {"Better cities": "Mejores ciudades"})
    translate(index, spanish, {"Events": "Eventos"})
    translated, _ = translate(
        meeting,
        spanish,
        {"GRULAC meeting with the Executive Director": "Reunión del GRULAC con la Directora Ejecutiva"},
    )
    return translated


def test_a_representative_asks_in_spanish_confirms_and_sees_the_answer(page, live_server, spanish_meeting):
    from events.models import Question
    from events.services import publish_answer

    page.goto(live_server.url + spanish_meeting.url)
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.locator("h1").inner_text() == "Reunión del GRULAC con la Directora Ejecutiva"
    assert "Envíe una pregunta o un comentario antes de la reunión" in page.content()
    page.fill("input[name=name]", "Ana Pérez")
    page.fill("input[name=mission]", "Misión Permanente de Chile")
    page.fill("input[name=email]", "ana.perez@mision.example")
    page.fill("textarea[name=text]", QUESTION)
    page.check("input[name=may_publish]")
    page.click("#question-submit")
    page.wait_for_selector("#check-inbox-heading")
    assert page.locator("#check-inbox-heading").inner_text() == "Revise su bandeja de entrada"
    question = Question.objects.get()
    assert question.confirmed_at is None and question.language == "es"

    (confirmation,) = mail.outbox
    assert confirmation.to == ["ana.perez@mision.example"]
    assert confirmation.subject.startswith("Confirme su pregunta")
    link = re.search(r"https?://\S+/es/meetings/questions/confirm/\S+/", confirmation.body).group(0)
    page.goto(link)
    page.click("#confirm-question-submit")
    page.wait_for_selector("#question-confirmed-heading")
    assert "su pregunta ha sido recibida" in page.content()

    # Staff publish the question and record the answer.
    question.refresh_from_db()
    question.visibility = Question.Visibility.PUBLIC
    question.save()
    mail.outbox.clear()
    publish_answer(question, ANSWER)
    (notice,) = mail.outbox
    assert notice.to == ["ana.perez@mision.example"] and ANSWER in notice.body
    assert notice.subject.startswith("Su pregunta para")

    page.goto(live_server.url + spanish_meeting.url)
    content = page.content()
    assert QUESTION in content and ANSWER in content and "Misión Permanente de Chile" in content
    assert "Respuesta" in content and "ana.perez@mision.example" not in content
    assert "1 pregunta recibida; 0 pendientes de respuesta." in page.locator(".question-counts").inner_text()
