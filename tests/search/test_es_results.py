"""Searching through the Elasticsearch backend, end to end on the fake cluster:
what reaches the index, what comes back, and the limits of a search."""

import datetime

import pytest
from wagtail.models import PageViewRestriction

from search import service
from search.backends.elasticsearch import parse_search_response
from search.elasticsearch import connection
from search.elasticsearch.mapping import alias_name
from search.results import Filters
from tests.factories.search import PublishedPageFactory, document_data

pytestmark = pytest.mark.django_db


def backend():
    return service.get_backend()


def indexed(cluster) -> dict[str, dict]:
    return {document["title"]: document for document in cluster.documents(alias_name()).values()}


def test_publish_translate_unpublish_and_restrict_reach_the_index(home, cluster, locales, translate):
    backend().rebuild()
    page = PublishedPageFactory(parent=home, title="Housing")
    other = PublishedPageFactory(parent=home, title="Transport")
    backend().sync()
    assert indexed(cluster)["Housing"]["available_locales"] == ["en"] and indexed(cluster)["Housing"]["text_en"]
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing": "Logement"})
    backend().sync()
    documents = indexed(cluster)
    assert documents["Housing"]["available_locales"] == ["en", "fr"], "the English copy stops standing in for French"
    assert documents["Logement"]["title_fr"] == "Logement"
    french = service.search("logement", locales["fr"]).page.results
    found = {(result.title, result.translated) for result in french}
    assert {("Logement", True), ("Transport", False)} <= found and ("Housing", False) not in found
    page.unpublish()
    PageViewRestriction.objects.create(page=other, restriction_type="password", password="x")
    backend().sync()
    assert set(indexed(cluster)) - {home.title} == {"Logement"}


def test_moving_and_deleting_reach_the_index(home, cluster):
    backend().rebuild()
    section = PublishedPageFactory(parent=home, title="Section", slug="section")
    child = PublishedPageFactory(parent=section, title="Child", slug="child")
    other = PublishedPageFactory(parent=home, title="Other", slug="other")
    backend().sync()
    section.move(other, pos="last-child")
    backend().sync()
    assert indexed(cluster)["Child"]["url"] == "/other/section/child/"
    child.delete()
    backend().sync()
    assert "Child" not in indexed(cluster) and "Section" in indexed(cluster)


def test_html_is_indexed_as_text(home, cluster, locales):
    """The rendering path hands over HTML ("Homes &amp; jobs"); Elasticsearch gets
    the text a visitor reads, and its HTML-encoded highlights come out encoded once."""
    backend().rebuild()
    PublishedPageFactory(
        parent=home, title="Jobs", hero_text="Homes & jobs", introduction="<p>Rent&nbsp;<b>caps</b></p>"
    )
    backend().sync()
    document = indexed(cluster)["Jobs"]
    assert document["snippet"] == "Homes & jobs"
    assert document["text_en"] == "Homes & jobs Rent\xa0caps"
    (result,) = service.search("jobs", locales["en"]).page.results
    assert result.snippet == "Homes &amp; jobs", "escaped once for HTML, not twice"


def test_a_page_counts_once_in_an_area_facet(home, cluster, locales):
    backend().rebuild()
    client = connection.build_client()
    # A page listing an area twice (as documents written before areas were
    # de-duplicated may): the nested entries count twice, the page once.
    source = {"page_id": 1, "locale": "en", "available_locales": ["en"], "content_type": "page", "title": "Twice",
              "url": "/twice/", "thematic_areas": [{"slug": "housing", "name": "Housing"}] * 2}  # fmt: skip
    client.bulk(operations=[{"index": {"_index": alias_name(), "_id": "1"}}, source], require_alias=True)
    (area,) = service.search("anything", locales["en"]).page.facets["thematic_area"]
    assert (area.value, area.label, area.count) == ("housing", "Housing", 1)


def test_areas_are_sent_once_each(home, cluster, builder):
    builder(lambda page: document_data(page, thematic_areas=[("housing", "Housing"), ("housing", "Housing")]))
    PublishedPageFactory(parent=home, title="Twice")
    backend().rebuild()
    assert indexed(cluster)["Twice"]["thematic_areas"] == [{"slug": "housing", "name": "Housing"}]


def test_a_very_long_page_still_highlights(home, cluster, locales, builder):
    builder(lambda page: document_data(page, body="word " * 250_000))
    PublishedPageFactory(parent=home, title="Long report")
    backend().rebuild()
    assert [result.title for result in service.search("word", locales["en"]).page.results] == ["Long report"]


def test_filters_narrow_the_hits_and_the_other_facets(home, cluster, locales, builder):
    builder(lambda page: document_data(page, date=datetime.date(2024 if "old" in page.title else 2025, 1, 1)))
    PublishedPageFactory(parent=home, title="An old report")
    PublishedPageFactory(parent=home, title="A new report")
    backend().rebuild()
    answer = service.search("report", locales["en"], Filters(year=2024))
    assert [result.title for result in answer.page.results] == ["An old report"] and answer.page.count == 1
    # The year facet ignores the year filter; the type facet follows it.
    assert [(facet.value, facet.count) for facet in answer.page.facets["year"]] == [("2025", 1), ("2024", 1)]
    assert [(facet.value, facet.count) for facet in answer.page.facets["type"]] == [("home", 1)]


def test_search_response_becomes_results_and_facets(home, locales):
    response = {
        "hits": {
            "total": {"value": 1, "relation": "eq"},
            "hits": [
                {
                    "_source": {
                        "page_id": 7, "content_type": "page", "title": "Housing", "snippet": "Homes <for> all",
                        "url": "/housing/", "date": "2024-02-01", "locale": "en",
                        "thematic_areas": [{"slug": "housing", "name": "Housing"}],
                    },
                    "highlight": {"text_en": ["<mark>Housing</mark> for all"]},
                }
            ],
        },
        "aggregations": {
            "type_scope": {"doc_count": 1, "type": {"buckets": [{"key": "page", "doc_count": 1}]}},
            "year_scope": {"doc_count": 1, "year": {"buckets": [{"key": 2024, "doc_count": 1}]}},
            "thematic_area_scope": {"doc_count": 1, "thematic_area": {
                "slug": {"buckets": [{"key": "housing", "doc_count": 2, "pages": {"doc_count": 1},
                                     "name": {"buckets": [{"key": "Housing", "doc_count": 2}]}}]}}},
        },
    }  # fmt: skip
    page = parse_search_response(response, "fr")
    result = page.results[0]
    assert (result.snippet, result.highlighted, result.translated) == ("<mark>Housing</mark> for all", True, False)
    assert result.date == datetime.date(2024, 2, 1)
    assert [(f.value, f.label, f.count) for f in page.facets["thematic_area"]] == [("housing", "Housing", 1)]
    assert [(f.value, f.count) for f in page.facets["year"]] == [("2024", 1)]


def test_an_unreachable_server_answers_from_the_database(home, settings, locales):
    """Through the real HTTP node: nothing listens on port 9."""
    PublishedPageFactory(parent=home, title="Housing")
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    service._backend.cache_clear()
    try:
        assert [r.title for r in service.search("housing", locales["en"]).page.results] == ["Housing"]
        assert [item["title"] for item in service.autocomplete("hous", locales["en"])] == ["Housing"]
    finally:
        service._backend.cache_clear()


# --- how deep a visitor can page ----------------------------------------------------


@pytest.mark.parametrize("backend_name", ["database", "elasticsearch"])
def test_paging_stops_at_ten_thousand_with_a_clear_message(home, client, cluster, settings, backend_name):
    settings.SEARCH_BACKEND = backend_name
    service._backend.cache_clear()
    PublishedPageFactory(parent=home, title="Housing")
    if backend_name == "elasticsearch":
        backend().rebuild()
    assert client.get("/api/v1/search", {"q": "housing", "offset": 9_990, "limit": 10}).status_code == 200
    for offset in (9_995, 2**70):
        answer = client.get("/api/v1/search", {"q": "housing", "offset": offset, "limit": 10})
        assert answer.status_code == 400 and answer["Content-Type"] == "application/problem+json"
        problem = answer.json()
        assert problem["parameter"] == "offset" and "10,000" in problem["detail"]
    french = client.get("/api/v1/search", {"q": "housing", "offset": 9_995, "limit": 10, "locale": "fr"}).json()
    assert french["detail"].startswith("Seuls les 10\xa0000 premiers résultats")


def test_the_search_page_never_asks_past_the_window(home, client):
    PublishedPageFactory(parent=home, title="Housing")
    answer = client.get("/search/", {"q": "housing", "page": str(10**30)})
    assert answer.status_code == 200 and b"Housing" in answer.content
