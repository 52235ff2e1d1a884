"""`fields=` and `expand=` on listings and details: what comes back, what is
refused, and that embedding related items costs a query per relation, not per item."""

import pytest

from flagships.models.rows import FlagshipPublication
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.factories.world import build_world
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def problem(response):
    assert response.status_code == 400, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


@pytest.fixture
def world(home):
    return build_world(home)


def test_fields_keeps_only_the_fields_asked_for_and_the_id(client, world):
    items = client.get("/api/v1/publications?fields=title,url").json()["items"]
    assert items and all(set(item) == {"id", "title", "url"} for item in items)
    detail = client.get(f"/api/v1/flagships/{world['flagship'].pk}?fields=title&fields=status").json()
    assert set(detail) == {"id", "title", "status"}


def test_unknown_field_or_expansion_is_400_naming_it(client, world):
    body = problem(client.get("/api/v1/publications?fields=title,colour"))
    assert body["parameter"] == "fields"
    assert "'colour'" in body["detail"]
    assert "abstract" in body["allowed"] and "documents" in body["allowed"]
    body = problem(client.get("/api/v1/publications?expand=authors_biography"))
    assert body["parameter"] == "expand"
    assert body["allowed"] == [
        "abbreviations",
        "citing_flagships",
        "counts",
        "cover_image",
        "documents",
        "doi",
        "isbn",
        "read_online",
        "read_online_blocks",
        "related",
    ]
    # An endpoint that embeds nothing does not take `expand`.
    assert problem(client.get("/api/v1/stories?expand=documents"))["parameter"] == "expand"


def test_expanded_listing_items_carry_what_the_detail_shows(client, world):
    publication = world["publication"]
    listing = client.get("/api/v1/publications?expand=documents,read_online").json()["items"]
    detail = client.get(f"/api/v1/publications/{publication.pk}").json()
    (item,) = [item for item in listing if item["id"] == publication.pk]
    assert item["documents"] == detail["documents"]
    assert item["read_online"] == detail["read_online"]


def test_a_flagship_embeds_the_publications_it_cites_as_publication_items(client, world):
    flagship, publication = world["flagship"], world["publication"]
    FlagshipPublication.objects.create(page=flagship, publication=publication)
    listing = client.get("/api/v1/flagships?expand=publications&fields=publications,title").json()["items"]
    (item,) = [item for item in listing if item["id"] == flagship.pk]
    assert set(item) == {"id", "title", "publications"}
    publication_item = client.get("/api/v1/publications").json()["items"][0]
    assert item["publications"] == [publication_item]
    detail = client.get(f"/api/v1/flagships/{flagship.pk}?expand=publications").json()
    assert detail["publications"] == [publication_item]
    assert detail["related_publications"][0]["id"] == publication.pk


def _publications(index, start, count):
    for n in range(start, start + count):
        PublicationPageFactory(parent=index, title=f"Publication {n}")


def test_expanding_publications_costs_the_same_queries_for_5_and_50(client, home):
    index = PublicationIndexPageFactory(parent=home)
    params = {"limit": 100, "expand": "documents,read_online"}
    _publications(index, 0, 5)
    five = count_queries(client, "/api/v1/publications", params)
    _publications(index, 5, 45)
    fifty = count_queries(client, "/api/v1/publications", params)
    assert len(client.get("/api/v1/publications", params).json()["items"]) == 50
    assert five == fifty


def test_expanding_cited_publications_costs_the_same_queries_for_5_and_50(client, home):
    publications = PublicationIndexPageFactory(parent=home)
    flagships = FlagshipIndexPageFactory(parent=home)

    def make(start, count):
        for n in range(start, start + count):
            flagship = FlagshipPageFactory(parent=flagships, title=f"Flagship {n}", contacts=1)
            cited = PublicationPageFactory(parent=publications, title=f"Cited {n}")
            FlagshipPublication.objects.create(page=flagship, publication=cited)

    params = {"limit": 100, "expand": "publications,body"}
    make(0, 5)
    five = count_queries(client, "/api/v1/flagships", params)
    make(5, 45)
    fifty = count_queries(client, "/api/v1/flagships", params)
    items = client.get("/api/v1/flagships", params).json()["items"]
    assert len(items) == 50 and all(len(item["publications"]) == 1 for item in items)
    assert five == fifty


def test_openapi_documents_fields_and_expand_with_their_values(client):
    document = client.get("/api/v1/openapi.json").json()
    parameters = {p["name"]: p for p in document["paths"]["/api/v1/flagships"]["get"]["parameters"]}
    assert {"body", "publications"} <= set(parameters["expand"]["schema"]["items"]["enum"])
    assert "title" in parameters["fields"]["schema"]["items"]["enum"]
    summary = document["components"]["schemas"]["FlagshipSummaryOut"]
    assert summary["properties"]["publications"]["items"]["$ref"].endswith("/PublicationListItemOut")
    assert "publications" not in summary["required"]
    assert parameters["ordering"]["schema"]


@pytest.mark.parametrize("query", ["expand=", "expand=,", "fields=", "fields=title,,id"])
def test_an_empty_name_in_expand_or_fields_is_a_400(client, home, query):
    """The OpenAPI document lists the names `expand` and `fields` take; an empty one
    is refused like an unknown one, not read as "nothing asked" (found by schemathesis)."""
    response = client.get(f"/api/v1/stories?{query}")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["parameter"] == query.split("=")[0]
