import pytest

from publications.models import DownloadCount
from tests.factories.publications import PublicationPageFactory

pytestmark = pytest.mark.django_db


def test_page_renders_and_download_counts(client, index, browser_ua):
    page = PublicationPageFactory(parent=index)
    response = client.get(page.url)
    assert response.status_code == 200, response.content[:2000]
    row = page.documents.get()
    response = client.get(f"/downloads/publications/{row.pk}/", **browser_ua)
    assert response.status_code == 200
    b"".join(response.streaming_content)
    assert DownloadCount.objects.get().count == 1
    body = client.get("/api/v1/publications").json()
    assert body["count"] == 1, body
    detail = client.get(body["items"][0]["api_url"]).json()
    assert detail["documents"][0]["format"] == "pdf", detail
