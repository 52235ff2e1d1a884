"""Related publications: stored once on the flagship, shown in the visitor's
language, and seen from the publication through the same relation."""

import pytest

from flagships.models import FlagshipPublication
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publication_index(home):
    return PublicationIndexPageFactory(parent=home)


def cite(page, publication):
    return FlagshipPublication.objects.create(page=page, publication=publication)


def test_detail_lists_published_related_publications(client, make_flagship, publication_index):
    page = make_flagship()
    published = PublicationPageFactory(parent=publication_index, title="Drainage guide")
    draft = PublicationPageFactory(parent=publication_index, title="Unfinished", publish=False, live=False)
    cite(page, published)
    cite(page, draft)
    body = client.get(f"/api/v1/flagships/{page.pk}").json()
    assert [item["title"] for item in body["related_publications"]] == ["Drainage guide"]
    html = client.get(page.url).content.decode()
    assert "Related publications" in html and "Drainage guide" in html and "Unfinished" not in html


def test_related_publication_is_shown_in_the_pages_language(
    client, make_flagship, index, publication_index, locales, translate
):
    translate(index, locales["fr"], {})
    translate(publication_index, locales["fr"], {})
    publication = PublicationPageFactory(parent=publication_index, title="Drainage guide")
    french_publication, _ = translate(publication, locales["fr"], {"Drainage guide": "Guide du drainage"})
    page = make_flagship()
    cite(page, publication)
    french, _ = translate(page, locales["fr"], {})
    body = client.get(f"/api/v1/flagships/{french.pk}", {"locale": "fr"}).json()
    assert [(item["id"], item["title"], item["translated"]) for item in body["related_publications"]] == [
        (french_publication.pk, "Guide du drainage", True)
    ]


def test_publication_finds_the_flagships_citing_it(make_flagship, publication_index):
    publication = PublicationPageFactory(parent=publication_index)
    page = make_flagship(title="Cities and floods")
    cite(page, publication)
    assert [flagship.title for flagship in publication.citing_flagships()] == ["Cities and floods"]
