"""Who may send an issue, and what the send page tells them before they do.

Out of the box a moderator (the shipped role that publishes) sends the brief; an
editor, who submits for moderation, does not (QA F2). An issue is sent once, so
the page says per language which version subscribers will get and warns where a
language will get the English one because its translation is not live (QA F3).
"""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from briefs.models import Dispatch, MonthlyBriefPage
from briefs.services import compose_monthly_brief
from core.demo_support import publish_latest
from tests.briefs.conftest import MAY
from tests.factories.briefs import subscriber

pytestmark = pytest.mark.django_db


def member_of(group_name: str):
    user = get_user_model().objects.create_user(group_name.lower(), f"{group_name.lower()}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def brief(may):
    page = compose_monthly_brief(MAY).page
    draft = page.get_latest_revision_as_object()
    draft.introduction = "<p>A month of completions.</p>"
    draft.save_revision()
    return publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))


def test_a_moderator_sends_the_brief_and_sees_the_report(client, brief):
    subscriber("member@example.org")
    client.force_login(member_of("Moderators"))
    edit = client.get(f"/admin/pages/{brief.pk}/edit/").content.decode()
    assert f"/admin/briefs/send/{brief.pk}/" in edit  # the "Send to subscribers" button
    assert client.get(f"/admin/briefs/send/{brief.pk}/").status_code == 200
    response = client.post(f"/admin/briefs/send/{brief.pk}/")
    dispatch = Dispatch.objects.get()
    assert response["Location"] == f"/admin/reports/send-reports/{dispatch.pk}/"
    assert "Monthly brief: May 2024" in client.get("/admin/reports/send-reports/").content.decode()


def test_an_editor_may_not_send(client, brief):
    subscriber("member@example.org")
    client.force_login(member_of("Editors"))
    assert f"/admin/briefs/send/{brief.pk}/" not in client.get(f"/admin/pages/{brief.pk}/edit/").content.decode()
    assert client.post(f"/admin/briefs/send/{brief.pk}/").status_code in (302, 403)
    assert not Dispatch.objects.exists()


def plan_rows(client, page) -> dict[str, list[str]]:
    soup = BeautifulSoup(client.get(f"/admin/briefs/send/{page.pk}/").content, "html.parser")
    rows = soup.select("#send-plan tbody tr")
    return {
        row.find_all("td")[0].get_text(strip=True): [td.get_text(strip=True) for td in row.find_all("td")[1:]]
        for row in rows
    }


def warnings(client, page) -> str:
    soup = BeautifulSoup(client.get(f"/admin/briefs/send/{page.pk}/").content, "html.parser")
    box = soup.select_one("#send-fallbacks")
    return box.get_text(" ", strip=True) if box else ""


def test_the_send_page_warns_which_languages_get_the_english_version(client, brief, translate, locales):
    for email, language in [
        ("a@fr.example", "fr"),
        ("b@fr.example", "fr"),
        ("c@ar.example", "ar"),
        ("d@en.example", "en"),
    ]:
        subscriber(email, language=language)
    client.force_login(member_of("Moderators"))

    assert plan_rows(client, brief) == {
        "Arabic": ["1", "English — not their language"],
        "English": ["1", "English"],
        "French": ["2", "English — not their language"],
    }
    text = warnings(client, brief)
    assert "No French version of this issue is published: its 2 subscribers will get the English version." in text
    assert "No Arabic version of this issue is published: its 1 subscriber will get the English version." in text

    translate(brief, locales["fr"], {"Monthly brief: May 2024": "Note mensuelle : mai 2024"})
    assert plan_rows(client, brief)["French"] == ["2", "French"]
    assert "French" not in warnings(client, brief) and "Arabic" in warnings(client, brief)
