"""One base for every absolute URL (found by the user test): a page served on
127.0.0.1:8101 said http://localhost/ in its canonical link, og:url and JSON-LD
(the Site record) while its hreflang links used the request's host, and the
answer email linked to http://localhost/ while the confirmation email used the
request's host. Both emails also opened with "Madame, Monsieur Amélie
Testeuse," (a form-letter salutation glued to a name)."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from wagtail.models import Page

from events.services import notify_answered
from tests.factories.events import EventIndexPageFactory, MeetingPageFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

HOST = "127.0.0.1:8101"
BASE = f"http://{HOST}/"


@pytest.fixture
def pages(home, locales, translate):
    publications = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=publications, title="Drainage in small towns", slug="drainage")
    events = EventIndexPageFactory(parent=home)
    meeting = MeetingPageFactory(parent=events, title="CPR open-ended meeting", slug="cpr-open-ended-meeting")
    for code in ("fr", "ar"):
        translate(home, locales[code], {})
        for section in (publications, events):
            translate(Page.objects.get(pk=section.pk).specific, locales[code], {})
    return {"publication": publication, "meeting": meeting}


def _absolute_urls(soup) -> list[str]:
    urls = [link["href"] for link in soup.find_all("link", href=re.compile("^https?://"))]
    urls += [meta["content"] for meta in soup.find_all("meta", property="og:url")]
    for script in soup.find_all("script", type="application/ld+json"):
        urls += re.findall(r'"(?:url|item|@id)": "(https?://[^"]+)"', json.dumps(json.loads(script.string)))
    return urls


@pytest.mark.parametrize(
    ("path", "original"),
    [
        ("/fr/", "/fr/"),
        ("/", "/"),
        # Not translated: shown under the reader's prefix, canonical is the original.
        ("/fr/publications/drainage/", "/publications/drainage/"),
        ("/ar/events/cpr-open-ended-meeting/", "/events/cpr-open-ended-meeting/"),
    ],
)
def test_every_absolute_url_of_a_page_uses_the_requests_host(client, pages, path, original):
    soup = BeautifulSoup(client.get(path, HTTP_HOST=HOST).content, "html.parser")
    urls = _absolute_urls(soup)
    canonical = soup.find("link", rel="canonical")["href"]
    assert canonical == BASE.rstrip("/") + original
    assert soup.find("meta", property="og:url")["content"] == canonical
    assert len(urls) >= 3
    assert [url for url in urls if not url.startswith(BASE)] == []


def test_the_sitemap_uses_the_requests_host(client, pages):
    body = client.get("/sitemap.xml", HTTP_HOST=HOST).content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", body) + re.findall(r'href="([^"]+)"', body)
    assert locations and [url for url in locations if not url.startswith(BASE)] == []


def test_the_question_emails_greet_by_name_and_link_on_one_host(
    client, admin_client, pages, django_capture_on_commit_callbacks
):
    meeting = pages["meeting"]
    client.get("/fr/events/cpr-open-ended-meeting/", HTTP_HOST=HOST)
    response = client.post(
        f"/fr/meetings/{meeting.pk}/questions/",
        {
            "name": "Amélie Testeuse",
            "mission": "Mission permanente de la France",
            "email": "amelie@mission.example",
            "text": "Comment les bureaux régionaux participeront-ils ?",
            "may_publish": "on",
        },
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302, response.content.decode()[:500]
    (confirmation,) = mail.outbox
    assert confirmation.body.startswith("Bonjour Amélie Testeuse,\n")
    assert "Madame, Monsieur" not in confirmation.body
    link = re.search(r"https?://\S+/confirm/\S+/", confirmation.body).group(0)
    assert link.startswith(f"{BASE}fr/")
    client.post(link.replace(f"http://{HOST}", ""), HTTP_HOST=HOST)

    question = meeting.questions.get()
    with django_capture_on_commit_callbacks(execute=True):
        answered = admin_client.post(
            f"/admin/events_questions/edit/{question.pk}/",
            {"visibility": "public", "duplicate_of": "", "answer": "Oui, en juin.", "publish_answer": "on"},
            HTTP_HOST=HOST,
        )
    assert answered.status_code == 302
    answer = mail.outbox[-1]
    assert answer.body.startswith("Bonjour Amélie Testeuse,\n")
    # The meeting in the sender's language (its French fallback URL), on the moderator's host.
    assert f"{BASE}fr/events/cpr-open-ended-meeting/" in answer.body
    assert "http://localhost/" not in answer.body


def test_emails_sent_without_a_request_use_the_configured_site(pages, django_capture_on_commit_callbacks):
    from tests.factories.events import QuestionFactory

    question = QuestionFactory(
        meeting=pages["meeting"], language="ar", visibility="public", answer="نعم.", may_publish=True
    )
    question.answer_published_at = question.confirmed_at
    question.save()
    assert notify_answered(question.pk) == 1
    body = mail.outbox[-1].body
    assert "http://localhost/ar/events/cpr-open-ended-meeting/" in body
    assert body.startswith("حضرة ")


def test_the_subscription_confirmation_opens_where_the_visitor_signed_up(client, pages, locales, translate):
    """F14 of the user test: the zh-hans confirmation link said http://localhost/."""
    translate(Page.objects.get(pk=pages["publication"].get_parent().get_parent().pk).specific, locales["zh-hans"], {})
    response = client.post(
        "/zh-hans/subscriptions/",
        {"email": "rep@mission.example", "language": "zh-hans", "brief": "on", "newsletter": "on"},
        HTTP_HOST=HOST,
    )
    assert response.status_code == 302, response.content.decode()[:500]
    (message,) = mail.outbox
    link = re.search(r"https?://\S+/subscriptions/confirm/\S+/", message.body).group(0)
    assert link.startswith(f"{BASE}zh-hans/")
    assert client.get(link.replace(f"http://{HOST}", ""), HTTP_HOST=HOST).status_code == 200
