"""The extended Translations report: share of segments translated; missing, in
progress, awaiting review, published incomplete, out of date (with the date), up to date."""

import csv
import io

import pytest
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from core.translation_status import progress_by_translation
from tests.factories import HomePageFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db
REPORT = "/admin/localize/reports/translations/"


@pytest.fixture
def content(home, locales, translate):
    translate(home, locales["fr"], {})
    current = HomePageFactory(parent=home, slug="current", title="Current page")
    stale = HomePageFactory(parent=home, slug="stale", title="Stale page")
    HomePageFactory(parent=home, slug="untranslated", title="Untranslated page")
    translate(current, locales["fr"], every_string(current))
    translate(stale, locales["fr"], every_string(stale))
    stale.title = "Stale page, edited"
    stale.save_revision().publish()
    area = ThematicAreaFactory(name="Housing")
    area.save_revision().publish()
    return {"stale": stale}


def every_string(page) -> dict:
    """A French text for every segment of `page`: a complete translation."""
    source, _ = TranslationSource.get_or_create_from_instance(page)
    segments = StringSegment.objects.filter(source=source).select_related("string")
    return {segment.string.data: f"FR {segment.string.data}" for segment in segments}


def export_rows(admin_client, **params):
    response = admin_client.get(REPORT, {"export": "csv", **params})
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    return list(csv.DictReader(io.StringIO(text)))


def test_report_says_up_to_date_out_of_date_or_missing_per_locale(admin_client, content):
    rows = {(row["Source"], row["Locale"]): row["Status"] for row in export_rows(admin_client, target_locale="fr")}
    assert rows[("Current page", "fr")] == "Up to date"
    assert rows[("Stale page, edited", "fr")] == "Out of date"
    assert rows[("Untranslated page", "fr")] == "Missing"
    assert rows[("Housing", "fr")] == "Missing"


def test_out_of_date_rows_show_when_the_source_changed(admin_client, content):
    html = admin_client.get(REPORT, {"target_locale": "fr", "status": "out_of_date"}).content.decode()
    assert "Stale page, edited" in html and "source changed" in html
    assert '<a href="/admin/pages/' in html and ">Current page</a>" not in html


def test_filter_by_locale_section_and_kind(admin_client, content, home):
    spanish = export_rows(admin_client, target_locale="es")
    assert {row["Locale"] for row in spanish} == {"es"}
    assert all(row["Status"] == "Missing" for row in spanish)
    section = home.get_children().get(slug="current")
    in_section = export_rows(admin_client, target_locale="fr", section=section.pk)
    assert [row["Source"] for row in in_section] == ["Current page"]
    snippets = export_rows(admin_client, target_locale="fr", kind="snippets")
    assert {row["Content type"] for row in snippets} == {"Thematic area"}


def test_report_replaces_wagtail_localize_report_in_the_menu(admin_client, content):
    html = admin_client.get(REPORT).content.decode()
    assert "Out of date" in html and "Missing" in html


def test_incomplete_and_unpublished_translations_are_not_up_to_date(admin_client, home, locales, translate):
    translate(home, locales["fr"], every_string(home))
    half = HomePageFactory(parent=home, slug="half", title="Half page", hero_text="<p>Hero text.</p>")
    translate(half, locales["fr"], {"Half page": "Page à moitié"})
    draft = HomePageFactory(parent=home, slug="draft", title="Just submitted")
    translate(draft, locales["fr"], {}, publish=False)
    rows = {row["Source"]: row for row in export_rows(admin_client, target_locale="fr")}
    assert rows["Half page"]["Status"] == "Published incomplete"
    assert 0 < int(rows["Half page"]["Translated (%)"]) < 100
    # Nothing typed yet: only the fields a translation keeps as they are (the slug) count.
    submitted = int(rows["Just submitted"]["Translated (%)"])
    assert submitted < 50
    assert rows["Just submitted"]["Status"] == f"In progress ({submitted} %)"
    only_incomplete = export_rows(admin_client, target_locale="fr", status="published_incomplete")
    assert [row["Source"] for row in only_incomplete] == ["Half page"]


def test_progress_counts_match_wagtail_localize(content, locales, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        progress = progress_by_translation()
    for translation in Translation.objects.select_related("source"):
        assert progress[(translation.source.object_id, translation.target_locale_id)] == translation.get_progress()


def test_one_locale_filter(admin_client, content):
    html = admin_client.get(REPORT).content.decode()
    assert html.count('name="target_locale"') == 1
    assert 'name="locale"' not in html
