"""What a body links to never leaks through its blocks or its HTML: a link to a
draft, private or expired page keeps its words and loses its URL, and a document
the public may not download is not linked."""

import datetime
import json
import uuid

import pytest
from django.db import connection
from django.utils import timezone
from wagtail.models import PageViewRestriction

from core.models import DraftShareLink
from flagships.models import FlagshipPage
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.publications import DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


def text_block(html: str) -> dict:
    return {"type": "text", "value": html, "id": str(uuid.uuid4())}


@pytest.fixture
def hidden(home):
    publications = PublicationIndexPageFactory(parent=home)
    draft = PublicationPageFactory(
        parent=publications, slug="secret-draft-plan", title="Secret draft plan", publish=False
    )
    draft.live = False
    draft.save()
    private = PublicationPageFactory(parent=publications, slug="members-only-brief", title="Members only brief")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="s3cret")
    expired = PublicationPageFactory(parent=publications, slug="expired-offer", title="Expired offer")
    expired.expire_at = timezone.now() - datetime.timedelta(days=1)
    expired.save()
    public = PublicationPageFactory(parent=publications, slug="open-report", title="Open report")
    return {"draft": draft, "private": private, "expired": expired, "public": public, "home": home}


def links_to(pages) -> str:
    return "".join(f'<p>See <a linktype="page" id="{page.pk}">{name} words</a>.</p>' for name, page in pages.items())


def test_links_to_pages_the_public_may_not_see_keep_their_words_and_lose_their_url(client, hidden):
    assert not FlagshipPage.objects.exists()
    pages = {name: hidden[name] for name in ("draft", "private", "expired", "public")}
    flagship = FlagshipPageFactory(
        parent=FlagshipIndexPageFactory(parent=hidden["home"]),
        contacts=1,
        body=json.dumps([text_block(links_to({name: page})) for name, page in pages.items()]),
    )
    response = client.get(f"/api/v1/flagships/{flagship.pk}")
    raw = response.content.decode()
    for slug in ("secret-draft-plan", "members-only-brief", "expired-offer"):
        assert slug not in raw
    draft, private, expired, public = (block["value"] for block in response.json()["body_blocks"])
    assert draft == "<p>See <a>draft words</a>.</p>"
    assert private == "<p>See <a>private words</a>.</p>"
    assert expired == "<p>See <a>expired words</a>.</p>"
    assert public == '<p>See <a href="/publications/open-report/">public words</a>.</p>'
    # The HTML body and the reference page say the same.
    assert "<a>draft words</a>" in response.json()["body"]
    page = client.get(flagship.url).content.decode()
    assert "secret-draft-plan" not in page and "members-only-brief" not in page and "expired-offer" not in page


def test_a_document_only_a_draft_links_is_not_exposed_by_its_preview(client, hidden, admin_user):
    annex = DocumentFactory(title="Confidential annex", slug="confidential-annex")
    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=hidden["home"]), contacts=1)
    flagship.body = json.dumps([text_block(f'<p>The <a linktype="document" id="{annex.pk}">annex</a>.</p>')])
    flagship.save_revision(user=admin_user)

    link = DraftShareLink.create_preview(flagship, admin_user, minutes=5)
    response = client.get(f"/api/v1/preview/{link.token}")
    assert response.status_code == 200
    assert "confidential-annex" not in response.content.decode()
    assert f"/documents/{annex.pk}/" not in response.content.decode()
    [block] = response.json()["item"]["body_blocks"]
    assert block["value"] == "<p>The <a>annex</a>.</p>"
    # Nor does its file answer the public.
    assert client.get(annex.url).status_code == 404


def test_a_document_of_a_public_publication_is_linked_through_the_counting_route(client, hidden):
    report = hidden["public"].documents.get()
    flagship = FlagshipPageFactory(
        parent=FlagshipIndexPageFactory(parent=hidden["home"]),
        contacts=1,
        body=json.dumps([text_block(f'<p>The <a linktype="document" id="{report.document_id}">report</a>.</p>')]),
    )
    [block] = client.get(f"/api/v1/flagships/{flagship.pk}").json()["body_blocks"]
    assert block["value"] == f'<p>The <a href="http://testserver/downloads/publications/{report.pk}/">report</a>.</p>'


@pytest.mark.parametrize("hostile", ["99999999999999999999999999", "1\x00", "1\x01", "-1", "abc", ""])
def test_hostile_link_ids_render_as_words(client, hidden, hostile):
    if "\x00" in hostile and connection.vendor == "postgresql":
        pytest.skip("PostgreSQL cannot store a NUL in JSON at all (the input guard refuses it first)")
    flagship = FlagshipPageFactory(
        parent=FlagshipIndexPageFactory(parent=hidden["home"]),
        contacts=1,
        body=json.dumps(
            [
                text_block(
                    f'<p><a linktype="page" id="{hostile}">page</a> <a linktype="document" id="{hostile}">file</a></p>'
                )
            ]
        ),
    )
    response = client.get(f"/api/v1/flagships/{flagship.pk}")
    assert response.status_code == 200
    assert response.json()["body_blocks"][0]["value"] == "<p><a>page</a> <a>file</a></p>"
