"""Search filters take several values, repeated (`?type=home&type=publication`) or
comma-separated (`?type=home,publication`): results match any of a filter's
values and every filter given, on the database backend and in the queries the
Elasticsearch backend sends. An unknown value among several is a 400 naming it."""

import datetime

import pytest

from search.elasticsearch import queries
from search.query import parse_query
from search.results import Filters
from tests.factories.home import ThematicAreaFactory
from tests.factories.search import PublishedPageFactory, document_data
from tests.search.test_elasticsearch import matches_snapshot

pytestmark = pytest.mark.django_db

PAGES = {
    "Alpha cities": {"content_type": "home", "year": 2022, "area": "housing", "country": "ke"},
    "Beta cities": {"content_type": "publication", "year": 2023, "area": "water", "country": "fr"},
    "Gamma cities": {"content_type": "story", "year": 2024, "area": "energy", "country": "br"},
}


@pytest.fixture
def pages(home, builder):
    for slug in ("housing", "water", "energy"):
        ThematicAreaFactory(slug=slug, name=slug.title())

    def document(page):
        spec = PAGES.get(page.title)
        if spec is None:
            return document_data(page)
        return document_data(
            page,
            content_type=spec["content_type"],
            date=datetime.date(spec["year"], 6, 1),
            thematic_areas=[(spec["area"], spec["area"].title())],
            countries=[spec["country"]],
        )

    builder(document)
    for title in PAGES:
        PublishedPageFactory(parent=home, title=title, hero_text="Cities and towns.")


def titles(client, **params) -> list[str]:
    response = client.get("/api/v1/search", {"q": "cities", **params})
    assert response.status_code == 200, response.content
    return sorted(item["title"] for item in response.json()["items"])


@pytest.mark.parametrize(
    ("name", "values", "expected"),
    [
        ("type", ["home", "publication"], ["Alpha cities", "Beta cities"]),
        ("thematic_area", ["water", "energy"], ["Beta cities", "Gamma cities"]),
        ("year", ["2022", "2024"], ["Alpha cities", "Gamma cities"]),
        ("country", ["KE", "br"], ["Alpha cities", "Gamma cities"]),
    ],
)
def test_a_filter_matches_any_of_its_values_repeated_or_comma_separated(client, pages, name, values, expected):
    assert titles(client, **{name: values}) == expected  # ?name=a&name=b
    assert titles(client, **{name: ",".join(values)}) == expected  # ?name=a,b
    assert titles(client, **{name: ",".join(reversed(values)) + "," + values[0]}) == expected
    assert titles(client, **{name: values[0]}) == expected[:1]


def test_filters_combine_and_each_facet_counts_under_the_other_filters(client, pages):
    body = client.get("/api/v1/search", {"q": "cities", "type": "home,publication", "year": "2023,2024"}).json()
    assert [item["title"] for item in body["items"]] == ["Beta cities"]
    # The type facet leaves the type filter out: each type with the years chosen.
    assert {facet["value"]: facet["count"] for facet in body["facets"]["type"]} == {"publication": 1, "story": 1}
    assert {facet["value"]: facet["count"] for facet in body["facets"]["year"]} == {"2022": 1, "2023": 1}


@pytest.mark.parametrize(
    ("name", "value", "bad"),
    [
        ("type", "home,recipe", "recipe"),
        ("thematic_area", "housing,nowhere", "nowhere"),
        ("country", "ke,zz", "zz"),
    ],
)
def test_one_unknown_value_among_several_is_a_400_naming_it(client, pages, name, value, bad):
    response = client.get("/api/v1/search", {"q": "cities", name: value})
    assert response.status_code == 400 and response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["parameter"] == name and body["code"] == "unknown_value" and body["params"]["value"] == bad


@pytest.mark.parametrize("year", ["2024,last", "2024,99", str(2**70)])
def test_a_year_that_is_not_four_digits_is_a_400_naming_year(client, pages, year):
    response = client.get("/api/v1/search", {"q": "cities", "year": year})
    assert response.status_code == 400
    assert response.json()["parameter"] == "year"


# --- The Elasticsearch backend's queries -------------------------------------


def test_filters_are_values_sets_whatever_their_spelling():
    assert Filters(type="page") == Filters(type=["page"]) == Filters(type=("page", "page"))
    assert Filters(year=[2024, 2023]) == Filters(year=(2023, 2024))
    assert Filters(type=None).is_empty() and Filters(country="").is_empty()


def test_elasticsearch_filters_with_terms_and_counts_each_facet_under_the_others(locales):
    filters = Filters(type=["story", "publication"], year=[2024, 2023], thematic_area=["water", "housing"])
    body = queries.search_body(parse_query("cities", locales["en"]), "en", "en", filters, 0, 10)
    type_terms = {"terms": {"content_type": ["publication", "story"]}}
    year_terms = {"terms": {"year": [2023, 2024]}}
    areas = {"terms": {"thematic_areas.slug": ["housing", "water"]}}
    area_terms = {"nested": {"path": "thematic_areas", "query": areas}}
    assert body["post_filter"] == {"bool": {"filter": [type_terms, year_terms, area_terms]}}
    assert body["aggs"]["type_scope"]["filter"] == {"bool": {"filter": [year_terms, area_terms]}}
    assert body["aggs"]["year_scope"]["filter"] == {"bool": {"filter": [type_terms, area_terms]}}
    assert body["aggs"]["thematic_area_scope"]["filter"] == {"bool": {"filter": [type_terms, year_terms]}}


def test_elasticsearch_query_with_several_values_snapshot(locales):
    plan = parse_query("logement", locales["fr"])
    filters = Filters(type=["publication", "story"], country=["ke", "mz"], year=[2024])
    matches_snapshot("es_query_several_values", queries.search_body(plan, "fr", "en", filters, offset=0, limit=10))
