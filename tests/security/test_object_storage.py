"""Documents on S3-compatible object storage, against moto's S3 server (a local
HTTP server speaking the S3 protocol): the bucket stays private, a document is
reached only through the checked view's short-lived signed redirect, and image
renditions get stable public URLs."""

import socket
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlsplit

import boto3
import pytest
from django.core.files.storage import storages
from moto.server import ThreadedMotoServer
from wagtail.images.models import Rendition
from wagtail_factories import ImageFactory

from config.settings.storage import s3_storages
from tests.factories.publications import DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db
BUCKET = "outreach-media"


@pytest.fixture(scope="module")
def s3_endpoint():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def object_storage(s3_endpoint, settings, monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name="us-east-1")
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {
        **settings.STORAGES,
        **s3_storages(BUCKET, endpoint_url=s3_endpoint, region="us-east-1", expire=60),
    }
    settings.WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
    settings.WAGTAILDOCS_SERVE_METHOD = "redirect"
    # Wagtail binds the rendition storage when the model class is created, i.e. at
    # startup, where production reads the setting; here the setting arrives later.
    monkeypatch.setattr(Rendition._meta.get_field("file"), "storage", storages["renditions"])
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def test_document_is_served_by_a_short_lived_signed_redirect_after_the_check(client, home, object_storage):
    assert storages["default"].__class__.__name__ == "S3Storage"
    index = PublicationIndexPageFactory(parent=home)
    publication = PublicationPageFactory(parent=index)
    document = publication.documents.get().document
    assert document.file.name.startswith("documents/")
    key = "private/" + document.file.name
    grants = object_storage.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert not any(grant["Grantee"].get("URI", "").endswith("AllUsers") for grant in grants)

    response = client.get(document.url)
    assert response.status_code == 302
    assert "no-store" in response["Cache-Control"]
    target = urlsplit(response["Location"])
    query = parse_qs(target.query)
    assert target.path == f"/{BUCKET}/{key}"
    assert query["X-Amz-Expires"] == ["60"] and "X-Amz-Signature" in query
    status, body = fetch(response["Location"])
    assert status == 200 and body.startswith(b"%PDF")

    publication.unpublish()
    assert client.get(document.url).status_code == 404


def test_unused_document_gets_no_redirect(client, home, object_storage):
    document = DocumentFactory()
    assert client.get(document.url).status_code == 404


def test_renditions_have_stable_public_urls(home, object_storage):
    image = ImageFactory()
    rendition = image.get_rendition("max-100x100")
    url = urlsplit(rendition.url)
    assert url.path.startswith(f"/{BUCKET}/public/images/")
    assert "X-Amz-Signature" not in url.query
    grants = object_storage.get_object_acl(Bucket=BUCKET, Key=url.path.removeprefix(f"/{BUCKET}/"))["Grants"]
    assert any(grant["Grantee"].get("URI", "").endswith("AllUsers") for grant in grants)
