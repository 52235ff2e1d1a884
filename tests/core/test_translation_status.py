"""The extended Translations report: up to date, out of date (with the date), missing."""

import csv
import io

import pytest

from tests.factories import HomePageFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db
REPORT = "/admin/localize/reports/translations/"


@pytest.fixture
def content(home, locales, translate):
    translate(home, locales["fr"], {})
    current = HomePageFactory(parent=home, slug="current", title="Current page")
    stale = HomePageFactory(parent=home, slug="stale", title="Stale page")
    HomePageFactory(parent=home, slug="untranslated", title="Untranslated page")
    translate(current, locales["fr"], {})
    translate(stale, locales["fr"], {})
    stale.title = "Stale page, edited"
    stale.save_revision().publish()
    area = ThematicAreaFactory(name="Housing")
    area.save_revision().publish()
    return {"stale": stale}


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
