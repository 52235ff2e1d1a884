"""What a visitor can type: OR, quoted phrases, prefixes, words in any inflection,
keywords; "did you mean" from the site's own words; facets under the other
filters; highlighted, stem-aware snippets. On the database backend in use and in
the Elasticsearch query bodies."""

import datetime

import pytest

from search import service
from search.elasticsearch import queries
from search.query import parse_query
from search.results import Filters, highlight
from search.vocabulary import edit_distance
from tests.factories.search import PublishedPageFactory, document_data

pytestmark = pytest.mark.django_db


def titles(query, locale, **filters):
    return sorted(result.title for result in service.search(query, locale, Filters(**filters)).page.results)


def test_plans_read_or_phrases_and_prefixes(locales):
    plan = parse_query('flood OR heat "urban planning" hous*', locales["en"])
    assert plan.clauses == ((("flood",), ("heat",)), (("urban", "planning"),), (("hous*",),))
    # In lower case "or" is a word like any other; a one-letter prefix is a word.
    assert parse_query("flood or heat", locales["en"]).clauses == ((("flood",),), (("or",),), (("heat",),))
    assert parse_query("h*", locales["en"]).clauses == ((("h",),),)
    # A leading or trailing OR, or one alone, is not an operator with nothing to join.
    assert parse_query("OR flood OR", locales["en"]).clauses[0] == (("or",),)


def test_abbreviations_match_any_inflection_of_their_expansion(locales):
    plan = parse_query("sustainable development goals", locales["en"])
    assert plan.clauses == ((("sustainable", "development", "goals"), ("sdg",)),)
    assert plan.expansions == (("SDG", "Sustainable Development Goal"),)


def test_inflections_prefixes_or_and_phrases_on_the_database(home, locales, builder):
    keywords = {"Cooling centres": ["heat", "COVID-19"]}
    builder(lambda page: document_data(page, keywords=keywords.get(page.title, [])))
    PublishedPageFactory(parent=home, title="Flood risk", hero_text="Floods displaced families.")
    PublishedPageFactory(parent=home, title="Drains", hero_text="Urban flooding in towns.")
    PublishedPageFactory(parent=home, title="Sahel", hero_text="Heatwaves last longer.")
    PublishedPageFactory(parent=home, title="Cooling centres", hero_text="Public buildings open in July.")
    PublishedPageFactory(parent=home, title="Homes", hero_text="Housing finance for families.")
    for word in ("flood", "floods", "flooding", "flooded"):
        assert titles(word, locales["en"]) == ["Drains", "Flood risk"], word
    assert titles("heatwave", locales["en"]) == ["Sahel"]
    assert titles("flood OR heat", locales["en"]) == ["Cooling centres", "Drains", "Flood risk"]
    assert titles("hous*", locales["en"]) == ["Homes"]
    assert titles('"urban flooding"', locales["en"]) == ["Drains"]
    assert titles('"flooding urban"', locales["en"]) == [], "a quoted phrase keeps its order"
    assert titles("COVID-19", locales["en"]) == ["Cooling centres"], "keywords are indexed"
    results = service.search("flooding", locales["en"]).page.results
    assert "<mark>Floods</mark>" in highlight(results[-1].snippet + " " + "Floods", ["flooding"], "en")


def test_did_you_mean_offers_a_word_the_site_uses(home, locales):
    PublishedPageFactory(parent=home, title="Flood risk", hero_text="Floods displaced families.")
    PublishedPageFactory(parent=home, title="Housing", hero_text="Affordable homes.")
    answer = service.search("flod risk", locales["en"])
    assert answer.page.count == 0 and answer.did_you_mean == "flood risk"
    assert service.search("housnig", locales["en"]).did_you_mean == "housing"
    # Known words (or their inflections) are never "corrected".
    assert service.search("flooding", locales["en"]).did_you_mean is None
    # Words of another language's pages are not offered.
    assert service.search("flod", locales["fr"]).did_you_mean == "flood", "English pages stand in for French"
    assert service.search("zzzzzz", locales["en"]).did_you_mean is None


def test_the_vocabulary_forgets_words_of_unpublished_pages(home, locales):
    page = PublishedPageFactory(parent=home, title="Flood risk", hero_text="Floods.")
    assert service.search("flod", locales["en"]).did_you_mean == "flood"
    page.unpublish()
    assert service.search("flod", locales["en"]).did_you_mean is None


def test_edit_distance_counts_a_swap_once():
    assert edit_distance("housnig", "housing", 2) == 1
    assert edit_distance("flod", "flood", 1) == 1
    assert edit_distance("abc", "xyz", 1) == 2


def test_facets_follow_the_other_filters_on_the_search_page(client, home, locales, builder):
    years = {"Housing one": 2023, "Housing two": 2024}
    builder(lambda page: document_data(page, date=datetime.date(years.get(page.title, 2024), 1, 1)))
    PublishedPageFactory(parent=home, title="Housing one")
    PublishedPageFactory(parent=home, title="Housing two")
    response = client.get("/search/", {"q": "housing", "year": "2024"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '2023</a> <span class="meta">(1)' in html, "the year facet still offers the other year"
    assert "1 result" in html


def test_the_search_page_says_did_you_mean(client, home, locales):
    PublishedPageFactory(parent=home, title="Flood risk", hero_text="Floods.")
    html = client.get("/search/", {"q": "flod"}).content.decode()
    assert "Did you mean" in html and "q=flood" in html


def test_elasticsearch_bodies_carry_or_prefixes_keywords_and_facet_scopes(locales):
    plan = parse_query('flood OR heat hous* "urban planning"', locales["en"])
    body = queries.search_body(plan, "en", "en", Filters(type="publication", year=2024), 0, 10)
    clauses = body["query"]["bool"]["must"][0]["bool"]["must"]
    assert len(clauses) == 3, "OR joins two words into one clause"
    first = clauses[0]["bool"]["should"]
    assert {next(iter(item["match_phrase"].values()))["query"] for item in first} == {"flood", "heat"}
    assert {next(iter(item["match_phrase"])) for item in first} == {"title_en", "keywords_en", "text_en"}
    prefix = clauses[1]["bool"]["should"]
    assert all("match_phrase_prefix" in item for item in prefix)
    assert {next(iter(item["match_phrase_prefix"].values()))["query"] for item in prefix} == {"hous"}
    assert clauses[2]["bool"]["should"][0]["match_phrase"]["title_en"]["query"] == "urban planning"
    # Each facet is counted under the other filters, never its own.
    type_scope = body["aggs"]["type_scope"]["filter"]["bool"]["filter"]
    year_scope = body["aggs"]["year_scope"]["filter"]["bool"]["filter"]
    assert type_scope == [{"terms": {"year": [2024]}}]
    assert year_scope == [{"terms": {"content_type": ["publication"]}}]
    assert body["aggs"]["thematic_area_scope"]["filter"]["bool"]["filter"] == [
        {"terms": {"content_type": ["publication"]}},
        {"terms": {"year": [2024]}},
    ]
