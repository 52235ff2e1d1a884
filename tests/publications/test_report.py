"""The "Publication reach" report: views, downloads, ratio, filters, order, export."""

from datetime import timedelta

import pytest
from django.utils import timezone

from publications.counting import record_download, record_view
from tests.factories.publications import PublicationPageFactory

pytestmark = pytest.mark.django_db

URL = "/admin/reports/publication-reach/"


@pytest.fixture
def figures(index, locales):
    today = timezone.localdate()
    read = PublicationPageFactory(parent=index, title="Much read")
    quiet = PublicationPageFactory(parent=index, title="Quiet one")
    document = read.documents.get().document_id
    for _ in range(10):
        record_view(read.translation_key, locales["en"].pk)
    for _ in range(4):
        record_download(read.translation_key, document, locales["en"].pk)
    record_download(read.translation_key, document, locales["fr"].pk)
    record_download(read.translation_key, document, locales["en"].pk, day=today - timedelta(days=60))
    record_view(quiet.translation_key, locales["en"].pk)
    return read, quiet


def rows(response) -> list[str]:
    body = response.content.decode()
    return [title for title in ("Much read", "Quiet one") if title in body], body


def test_report_lists_views_downloads_and_ratio(admin_client, figures):
    response = admin_client.get(URL)
    assert response.status_code == 200
    order, body = rows(response)
    assert order == ["Much read", "Quiet one"]
    pages = response.context["object_list"]
    read = next(page for page in pages if page.title == "Much read")
    assert (read.views, read.downloads, read.ratio_display) == (10, 6, "0.60")
    quiet = next(page for page in pages if page.title == "Quiet one")
    assert (quiet.downloads, quiet.ratio_display) == (0, "0.00")
    assert "publication-sparkline" in body


def test_period_and_language_filters(admin_client, figures):
    pages = admin_client.get(URL, {"period": "30"}).context["object_list"]
    assert next(p for p in pages if p.title == "Much read").downloads == 5
    pages = admin_client.get(URL, {"language": "fr"}).context["object_list"]
    read = next(p for p in pages if p.title == "Much read")
    assert (read.views, read.downloads, read.ratio_display) == (0, 1, "–")


def test_sortable_by_each_figure(admin_client, figures):
    titles = [p.title for p in admin_client.get(URL, {"ordering": "downloads"}).context["object_list"]]
    assert titles == ["Quiet one", "Much read"]
    titles = [p.title for p in admin_client.get(URL, {"ordering": "-views"}).context["object_list"]]
    assert titles == ["Much read", "Quiet one"]


def test_weekly_sparkline_counts_downloads_per_week(admin_client, figures):
    pages = admin_client.get(URL).context["object_list"]
    read = next(p for p in pages if p.title == "Much read")
    assert "over the last 12 weeks: " in read.sparkline
    counts = read.sparkline.split("weeks: ")[1].split('"')[0].split(", ")
    assert counts[-1] == "5" and sum(map(int, counts)) == 6


def test_spreadsheet_export(admin_client, figures):
    response = admin_client.get(URL, {"export": "csv"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().strip().splitlines()
    assert lines[0].split(",") == [
        "Publication",
        "Publication date",
        "Abstract views",
        "Downloads",
        "Downloads per view",
    ]
    assert lines[1].startswith("Much read,") and lines[1].endswith(",10,6,0.60")
    assert admin_client.get(URL, {"export": "xlsx"}).status_code == 200


def test_report_needs_admin_access(client, figures):
    assert client.get(URL).status_code == 302
