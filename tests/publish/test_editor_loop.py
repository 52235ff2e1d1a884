"""The editor's loop: glossary entries from the Checks panel as an Editor, the
panel following autosaves, one heavy-document warning, dates as dates, and a
reach report of live pages read by readers."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import override_settings
from django.utils import timezone

from glossary.admin_links import add_to_glossary_url
from glossary.models import Abbreviation
from home.models import HomePage
from publications.models import ViewCount
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

from .support import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_an_editor_adds_an_abbreviation_from_the_checks_panel(client, editor, home):
    client.force_login(editor)
    draft = HomePage.objects.get(pk=home.pk)
    draft.introduction = "<p>The NUA guides planning.</p>"
    draft.save_revision(user=editor)

    panel = client.get(f"/admin/glossary/checks/{home.pk}/").content.decode()
    url = add_to_glossary_url("NUA", "en")
    assert "NUA" in panel and url.replace("&", "&amp;") in panel

    form = client.get(url)
    assert form.status_code == 200 and 'value="NUA"' in form.content.decode()
    saved = client.post(
        url, {"abbreviation": "NUA", "expansion": "New Urban Agenda", "description": "", "variants": ""}
    )
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert Abbreviation.objects.filter(abbreviation="NUA", locale__language_code="en").exists()


def test_the_checks_panel_follows_the_autosaved_text(admin_client, admin_user, home):
    data = edit_form_data(home, admin_user)
    assert "WUF" not in admin_client.get(f"/admin/glossary/checks/{home.pk}/").content.decode()
    draft = HomePage.objects.get(pk=home.pk).get_latest_revision_as_object()
    draft.introduction = "<p>See you at the WUF.</p>"
    data["introduction"] = edit_form_data(draft, admin_user)["introduction"]
    response = admin_client.post(f"/admin/pages/{home.pk}/edit/", data, headers={"accept": "application/json"})
    assert response.json()["success"] is True
    # What the editor's script fetches on w-autosave:success.
    assert "WUF" in admin_client.get(f"/admin/glossary/checks/{home.pk}/").content.decode()
    editor_page = admin_client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    assert "glossary/checks_refresh.js" in editor_page


@override_settings(PUBLICATIONS_LARGE_DOCUMENT_SIZE=100)
def test_the_heavy_document_warning_comes_once_not_per_autosave(admin_client, admin_user, home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    data = edit_form_data(page, admin_user)
    for _autosave in range(3):
        admin_client.post(f"/admin/pages/{page.pk}/edit/", data, headers={"accept": "application/json"})
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)
    text = response.content.decode()
    assert text.count("and this publication has no read-online text") == 1
    assert "over 100 B" in text


def test_the_review_report_shows_dates_as_dates(admin_client, home):
    long_ago = timezone.now() - timedelta(days=400)
    FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), contacts=1, first_published_at=long_ago)
    html = admin_client.get("/admin/reports/flagships-due-for-review/").content.decode()
    due = timezone.localdate(long_ago) + timedelta(days=365)
    assert f"{due:%b}" in html and str(due.year) in html
    assert " ago" not in html.split("<table", 1)[-1]


def test_the_reach_report_lists_live_pages_and_ignores_previews(client, admin_client, home):
    index = PublicationIndexPageFactory(parent=home)
    live = PublicationPageFactory(parent=index, title="Read by readers")
    PublicationPageFactory(parent=index, title="Still a draft", live=False, publish=False)
    beacon = f"/beacon/publications/{live.pk}/"
    browser = {"user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0", "origin": "http://testserver"}
    assert client.post(beacon, headers=browser).status_code == 204
    preview_url = f"http://testserver/admin/pages/{live.pk}/edit/preview/"
    assert client.post(beacon, headers=browser | {"referer": preview_url}).status_code == 204
    assert sum(ViewCount.objects.values_list("count", flat=True)) == 1
    preview = admin_client.get(f"/admin/pages/{live.pk}/edit/preview/").content.decode()
    assert "data-view-beacon" not in preview and "beacon.js" not in preview
    report = admin_client.get("/admin/reports/publication-reach/").content.decode()
    assert "Read by readers" in report and "Still a draft" not in report
