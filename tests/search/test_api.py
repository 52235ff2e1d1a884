"""GET /api/v1/search and /api/v1/search/autocomplete."""

import datetime

import pytest

from search.models import SearchDocument
from search.sync import rebuild_all
from tests.factories.search import PublishedPageFactory, document_data
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def problem(response, status=400):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


def test_search_returns_results_facets_and_paging(client, home, builder):
    builder(lambda page: document_data(page, date=datetime.date(2024, 3, 1), thematic_areas=[("housing", "Housing")]))
    for index in range(3):
        PublishedPageFactory(parent=home, title=f"Housing {index}", hero_text="Homes.")
    body = client.get("/api/v1/search", {"q": "housing", "limit": 2}).json()
    assert (body["count"], body["limit"], body["offset"], len(body["items"])) == (3, 2, 0, 2)
    item = body["items"][0]
    fields = {"id", "type", "title", "snippet", "snippet_html", "url", "date", "thematic_areas", "locale", "translated"}
    fields |= {"api_url"}
    assert set(item) == fields
    assert (item["type"], item["snippet"], item["date"], item["locale"]) == ("home", "Homes.", "2024-03-01", "en")
    assert item["thematic_areas"] == [{"slug": "housing", "name": "Housing"}]
    assert body["facets"]["type"] == [{"value": "home", "label": "Page", "count": 3}]
    assert body["facets"]["year"] == [{"value": "2024", "label": "2024", "count": 3}]
    second = client.get("/api/v1/search", {"q": "housing", "limit": 2, "offset": 2}).json()
    assert len(second["items"]) == 1


def test_search_reports_abbreviations(client, home):
    PublishedPageFactory(parent=home, title="World Urban Forum")
    body = client.get("/api/v1/search", {"q": "WUF"}).json()
    assert [item["title"] for item in body["items"]] == ["World Urban Forum"]
    assert body["abbreviations"] == [{"abbreviation": "WUF", "expansion": "World Urban Forum"}]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"type": "recipe"}, "type"),
        ({"thematic_area": "nowhere"}, "thematic_area"),
        ({"year": "last"}, "year"),
        ({"country": "ATLANTIS"}, "country"),
        ({"locale": "xx"}, "locale"),
        ({"limit": "0"}, "limit"),
        ({"offset": "-1"}, "offset"),
    ],
)
def test_bad_parameters_are_400_problems(client, home, params, parameter):
    body = problem(client.get("/api/v1/search", {"q": "housing", **params}))
    assert body["parameter"] == parameter
    assert parameter in body["detail"]


def test_unknown_type_lists_the_allowed_values(client, home):
    body = problem(client.get("/api/v1/search", {"q": "x", "type": "recipe"}))
    assert "home" in body["allowed"] and "page" not in body["allowed"]


@pytest.mark.parametrize("q", ["", "%%%", "x" * 10_000, "'; DROP TABLE x; --", '"unbalanced', "a" * 300])
def test_hard_queries_never_fail(client, home, q):
    response = client.get("/api/v1/search", {"q": q})
    assert response.status_code == 200, response.content
    body = response.json()
    assert len(body["query"]) <= 200
    if len(q) > 200:
        assert any("200" in message["text"] for message in body["messages"])


def test_autocomplete_returns_titles(client, home):
    PublishedPageFactory(parent=home, title="Urban resilience", slug="urban-resilience")
    body = client.get("/api/v1/search/autocomplete", {"q": "urban res"}).json()
    assert body == [
        {"title": "Urban resilience", "url": "/urban-resilience/", "type": "home", "locale": "en", "translated": True}
    ]
    assert client.get("/api/v1/search/autocomplete", {"q": ""}).json() == []
    assert client.get("/api/v1/search/autocomplete", {"q": "u", "limit": 500}).status_code == 200


def test_query_count_does_not_grow_with_results(client, home, builder):
    builder(lambda page: document_data(page, thematic_areas=[("housing", "Housing")], date=datetime.date(2024, 1, 1)))
    pages = [PublishedPageFactory.build(title=f"Housing {index}") for index in range(50)]
    for page in pages[:5]:
        home.add_child(instance=page)
    rebuild_all()
    client.get("/api/v1/search", {"q": "warm up caches"})
    small = count_queries(client, "/api/v1/search", {"q": "housing", "limit": 100}, warm=False)
    small_auto = count_queries(client, "/api/v1/search/autocomplete", {"q": "hous", "limit": 20}, warm=False)
    for page in pages[5:]:
        home.add_child(instance=page)
    rebuild_all()
    assert SearchDocument.objects.filter(title__startswith="Housing").count() == 50
    assert count_queries(client, "/api/v1/search", {"q": "housing", "limit": 100}, warm=False) == small
    assert count_queries(client, "/api/v1/search/autocomplete", {"q": "hous", "limit": 20}, warm=False) == small_auto
