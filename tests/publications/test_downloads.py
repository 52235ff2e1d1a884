"""Counted downloads, Wagtail's own document URL, and the view beacon."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from publications.models import DownloadCount, ViewCount
from tests.factories.publications import PublicationPageFactory

pytestmark = pytest.mark.django_db


def get(client, url, **headers):
    response = client.get(url, **headers)
    if response.streaming:
        b"".join(response.streaming_content)
    return response


def download_url(page):
    return f"/downloads/publications/{page.documents.get().pk}/"


def total(model=DownloadCount):
    return sum(model.objects.values_list("count", flat=True))


@pytest.fixture
def publication(index):
    return PublicationPageFactory(parent=index)


def test_download_is_counted_per_publication_document_locale_and_day(client, publication, browser_ua):
    for reader in range(3):
        response = get(client, download_url(publication), REMOTE_ADDR=f"192.0.2.{reader + 1}", **browser_ua)
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
    row = DownloadCount.objects.get()
    assert row.count == 3
    assert (row.translation_key, row.locale.language_code, row.day) == (
        publication.translation_key,
        "en",
        timezone.localdate(),
    )
    assert row.document_id == publication.documents.get().document_id


def test_one_client_repeating_a_download_counts_once(client, publication, browser_ua):
    """A script fetching a report two hundred times (the attacker test's 200 in 29 s)
    is one download; so is a reader opening it twice within the hour."""
    for _ in range(200):
        assert get(client, download_url(publication), REMOTE_ADDR="198.51.100.9", **browser_ua).status_code == 200
    assert total() == 1
    get(client, download_url(publication), REMOTE_ADDR="198.51.100.10", **browser_ua)
    assert total() == 2


def test_a_later_part_of_the_file_is_not_another_download(client, publication, browser_ua):
    """A resumed download or a PDF viewer's range request continues the first one."""
    get(client, download_url(publication), HTTP_RANGE="bytes=0-1023", REMOTE_ADDR="192.0.2.50", **browser_ua)
    for start in (1024, 4096, 65536):
        get(client, download_url(publication), HTTP_RANGE=f"bytes={start}-", REMOTE_ADDR="192.0.2.51", **browser_ua)
    assert total() == 1


def test_downloads_declare_no_content_coding(client, publication, browser_ua):
    """Documents are sent as stored: no "Content-Encoding: None" (nor gzip for a .gz file)."""
    counted = get(client, download_url(publication), **browser_ua)
    direct = get(client, publication.documents.get().document.url, **browser_ua)
    for response in (counted, direct):
        assert response.status_code == 200
        assert "Content-Encoding" not in response


def test_download_is_never_cached(client, publication, browser_ua):
    response = get(client, download_url(publication), **browser_ua)
    assert "no-store" in response["Cache-Control"]


def test_counts_store_no_personal_data():
    columns = {field.name for field in DownloadCount._meta.get_fields()} | {
        field.name for field in ViewCount._meta.get_fields()
    }
    assert columns == {"id", "translation_key", "document", "locale", "day", "count"}


@pytest.mark.parametrize(
    "user_agent",
    ["", "Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "python-requests/2.32", "AhrefsBot/7.0"],
)
def test_bots_get_the_file_but_are_not_counted(client, publication, user_agent):
    response = get(client, download_url(publication), HTTP_USER_AGENT=user_agent)
    assert response.status_code == 200
    assert total() == 0


def test_unknown_download_is_404(client, browser_ua, home):
    assert get(client, "/downloads/publications/999999/", **browser_ua).status_code == 404
    assert total() == 0


def unpublish(page):
    page.unpublish()


def make_private(page):
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def expire(page):
    page.expire_at = timezone.now() - timedelta(minutes=1)
    page.save()


@pytest.mark.parametrize("hide", [unpublish, make_private, expire], ids=["unpublished", "private", "expired"])
def test_non_public_publication_answers_404_everywhere_and_counts_nothing(client, publication, browser_ua, hide):
    document = publication.documents.get().document
    url = download_url(publication)
    assert get(client, document.url, **browser_ua).status_code == 200
    hide(publication)
    assert get(client, url, **browser_ua).status_code == 404
    assert get(client, document.url, **browser_ua).status_code == 404
    assert total() == 0


def test_draft_publication_documents_are_not_served(client, index, browser_ua):
    draft = PublicationPageFactory(parent=index, live=False, publish=False)
    assert not draft.live
    document = draft.documents.get().document
    assert get(client, document.url, **browser_ua).status_code == 404
    assert get(client, download_url(draft), **browser_ua).status_code == 404


def test_document_shared_with_a_public_publication_is_still_served(client, index, publication, browser_ua):
    document = publication.documents.get().document
    other = PublicationPageFactory(parent=index, documents=[document])
    other.unpublish()
    assert get(client, document.url, **browser_ua).status_code == 200


def test_documents_nobody_uses_are_private(client, browser_ua, home):
    from tests.factories.publications import DocumentFactory

    document = DocumentFactory()
    assert get(client, document.url, **browser_ua).status_code == 404


def test_translations_share_one_set_of_figures_split_by_locale(
    client, publication, browser_ua, locales, translate, index
):
    translate(index.get_parent().specific, locales["fr"], {})
    translate(index, locales["fr"], {})
    french, _ = translate(publication, locales["fr"], {})
    get(client, download_url(publication), **browser_ua)
    get(client, download_url(french), REMOTE_ADDR="192.0.2.21", **browser_ua)
    get(client, download_url(french), REMOTE_ADDR="192.0.2.22", **browser_ua)
    by_locale = dict(DownloadCount.objects.values_list("locale__language_code", "count"))
    assert by_locale == {"en": 1, "fr": 2}
    assert set(DownloadCount.objects.values_list("translation_key", flat=True)) == {publication.translation_key}


def test_view_beacon_counts_a_post(client, publication, browser_ua):
    url = f"/beacon/publications/{publication.pk}/"
    response = client.post(url, REMOTE_ADDR="192.0.2.31", **browser_ua)
    assert response.status_code == 204
    assert "no-store" in response["Cache-Control"]
    client.post(url, REMOTE_ADDR="192.0.2.32", **browser_ua)
    row = ViewCount.objects.get()
    assert (row.count, row.translation_key) == (2, publication.translation_key)


def test_view_beacon_refuses_get_skips_bots_and_unknown_pages(client, publication, browser_ua):
    url = f"/beacon/publications/{publication.pk}/"
    assert client.get(url, **browser_ua).status_code == 405
    assert client.post(url, HTTP_USER_AGENT="Googlebot/2.1", HTTP_ORIGIN="http://testserver").status_code == 204
    assert client.post("/beacon/publications/999999/", **browser_ua).status_code == 404
    publication.unpublish()
    assert client.post(url, **browser_ua).status_code == 404
    assert total(ViewCount) == 0


def test_page_posts_its_beacon(client, publication):
    body = client.get(publication.url).content.decode()
    assert f'data-view-beacon="/beacon/publications/{publication.pk}/"' in body
    assert "publications/beacon.js" in body


def test_head_request_is_not_a_download(client, publication, browser_ua):
    assert client.head(download_url(publication), **browser_ua).status_code == 200
    assert total() == 0
