"""The search service on the database backend (SQLite or PostgreSQL): matching,
public content only, locale fallback, abbreviations, facets, filters, hard inputs."""

import datetime
import time

import pytest
from wagtail.models import PageViewRestriction

from search import service
from search.results import Filters
from tests.factories.search import PublishedPageFactory, document_data

pytestmark = pytest.mark.django_db


def run(query, locale, **filters):
    return service.search(query, locale, Filters(**filters))


def found(query, locale, **filters):
    return sorted(result.title for result in run(query, locale, **filters).page.results)


def test_finds_words_in_title_summary_and_body(home, locales):
    PublishedPageFactory(parent=home, title="Housing report", hero_text="Homes for everyone.")
    PublishedPageFactory(parent=home, title="Water", hero_text="Clean water.", introduction="<p>Housing matters.</p>")
    PublishedPageFactory(parent=home, title="Transport", hero_text="Buses.")
    assert found("housing", locales["en"]) == ["Housing report", "Water"]
    results = run("housing", locales["en"]).page.results
    assert results[0].title == "Housing report", "a title match ranks first"
    assert results[0].snippet == "Homes for everyone."
    assert results[0].url == "/housing-report/" or results[0].url.startswith("/")
    assert (results[0].locale, results[0].translated, results[0].type) == ("en", True, "home")


def test_all_words_must_match(home, locales):
    PublishedPageFactory(parent=home, title="Urban housing")
    PublishedPageFactory(parent=home, title="Rural housing")
    assert found("urban housing", locales["en"]) == ["Urban housing"]


def test_drafts_private_and_expired_pages_never_appear(home, locales):
    PublishedPageFactory(parent=home, title="Secret housing plan", publish=False, live=False)
    private = PublishedPageFactory(parent=home, title="Private housing section")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    expiring = PublishedPageFactory(parent=home, title="Expired housing notice")
    expiring.expire_at = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    expiring.save_revision().publish()
    PublishedPageFactory(parent=home, title="Public housing")
    assert found("housing", locales["en"]) == ["Public housing"]


def test_results_are_in_the_requested_locale_with_english_standing_in(home, locales, translate):
    translated_page = PublishedPageFactory(parent=home, title="Housing policy", hero_text="Policy.")
    PublishedPageFactory(parent=home, title="Housing data", hero_text="Data.")
    translate(home, locales["fr"], {})
    translate(translated_page, locales["fr"], {"Housing policy": "Politique housing", "Policy.": "Politique."})
    results = run("housing", locales["fr"]).page.results
    by_title = {result.title: (result.locale, result.translated) for result in results}
    assert by_title == {"Politique housing": ("fr", True), "Housing data": ("en", False)}


def test_unpublished_translation_never_appears(home, locales, translate):
    page = PublishedPageFactory(parent=home, title="Housing policy")
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing policy": "Brouillon logement"}, publish=False)
    assert found("logement", locales["fr"]) == []
    assert found("housing", locales["fr"]) == ["Housing policy"]


def test_abbreviation_finds_its_expansion_and_the_reverse(home, locales):
    PublishedPageFactory(parent=home, title="World Urban Forum opens", hero_text="Delegates meet.")
    PublishedPageFactory(parent=home, title="WUF registration", hero_text="Sign up.")
    assert found("WUF", locales["en"]) == ["WUF registration", "World Urban Forum opens"]
    assert found("world urban forum", locales["en"]) == ["WUF registration", "World Urban Forum opens"]
    answer = run("wuf", locales["en"])
    assert answer.suggestions == [("WUF", "World Urban Forum")]
    assert [str(m) for m in answer.messages] == ["“WUF” stands for “World Urban Forum”: searching for both."]
    assert answer.messages[0].code == "expansion_also_searched"
    assert answer.messages[0].params == {"abbreviation": "WUF", "expansion": "World Urban Forum"}
    (message,) = run("world urban forum", locales["en"]).messages
    assert (message.code, message.text) == ("abbreviation_also_searched", "Also searching for its abbreviation, “WUF”.")


def test_abbreviations_follow_the_query_locale(home, locales, translate):
    page = PublishedPageFactory(parent=home, title="Sustainable goals")
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Sustainable goals": "Les objectifs de développement durable"})
    assert found("ODD", locales["fr"]) == ["Les objectifs de développement durable"]
    # "ODD" is not an English abbreviation: no expansion in English.
    assert found("ODD", locales["en"]) == []


def test_chinese_query_finds_chinese_text(home, locales, translate):
    page = PublishedPageFactory(parent=home, title="City planning", hero_text="Plans.")
    translate(home, locales["zh-hans"], {})
    translate(page, locales["zh-hans"], {"City planning": "城市规划", "Plans.": "可持续的城市发展计划。"})
    assert found("城市", locales["zh-hans"]) == ["城市规划"]
    assert found("发展", locales["zh-hans"]) == ["城市规划"]
    assert found("市城", locales["zh-hans"]) == [], "characters must be side by side, in order"


def test_facets_count_under_the_other_filters(home, locales, builder):
    years = iter([2023, 2024, 2024])
    areas = iter([[("housing", "Housing")], [("housing", "Housing"), ("water", "Water")], []])
    builder(
        lambda page: document_data(
            page, date=datetime.date(next(years), 5, 1), thematic_areas=next(areas), countries=["KE"]
        )
    )
    for title in ["Housing one", "Housing two", "Housing three"]:
        PublishedPageFactory(parent=home, title=title)
    answer = run("housing", locales["en"], year=2024)
    assert answer.page.count == 2
    facets = {name: [(v.value, v.count) for v in values] for name, values in answer.page.facets.items()}
    # A facet ignores its own filter (every year stays offered) and follows the others.
    assert facets["year"] == [("2024", 2), ("2023", 1)]
    assert facets["type"] == [("home", 2)]
    assert facets["thematic_area"] == [("housing", 1), ("water", 1)]
    assert [v.label for v in answer.page.facets["thematic_area"]] == ["Housing", "Water"]
    answer = run("housing", locales["en"], thematic_area="housing")
    facets = {name: [(v.value, v.count) for v in values] for name, values in answer.page.facets.items()}
    assert answer.page.count == 2
    assert facets["year"] == [("2024", 1), ("2023", 1)]
    assert facets["thematic_area"] == [("housing", 2), ("water", 1)]


def test_filters_narrow_results(home, locales, builder):
    data = iter(
        [
            {"thematic_areas": [("housing", "Housing")], "countries": ["KE"], "date": datetime.date(2024, 1, 1)},
            {"thematic_areas": [("water", "Water")], "countries": ["BR"], "date": datetime.date(2023, 1, 1)},
        ]
    )
    builder(lambda page: document_data(page, **next(data)))
    PublishedPageFactory(parent=home, title="Cities A")
    PublishedPageFactory(parent=home, title="Cities B")
    assert found("cities", locales["en"], thematic_area="housing") == ["Cities A"]
    assert found("cities", locales["en"], country="BR") == ["Cities B"]
    assert found("cities", locales["en"], year=2023) == ["Cities B"]
    assert found("cities", locales["en"], type="home") == ["Cities A", "Cities B"]


@pytest.mark.parametrize("query", ["", "   ", "!!! ??? ###", "*", '"', "()", "-- ; DROP TABLE x"])
def test_empty_and_symbol_queries_return_nothing_without_error(home, locales, query):
    PublishedPageFactory(parent=home, title="Drop table of contents")
    answer = run(query, locales["en"])
    if query.strip() and not any(ch.isalnum() for ch in query):
        assert answer.page.count == 0
        assert answer.messages, "symbols alone get an explanation"
    elif not query.strip():
        assert (answer.page.count, answer.messages) == (0, [])


def test_a_10000_character_query_is_capped_fast_with_a_message(home, locales):
    PublishedPageFactory(parent=home, title="Housing")
    started = time.monotonic()
    answer = run("housing " * 1250, locales["en"])
    assert time.monotonic() - started < 2
    assert len(answer.plan.text) == 200
    assert any("200" in message.text for message in answer.messages)
    assert answer.page.count == 1


def test_fts_operators_in_queries_are_plain_words(home, locales):
    PublishedPageFactory(parent=home, title="Near or far")
    assert found("near OR", locales["en"]) == ["Near or far"]
    assert found('"near" far^ (', locales["en"]) == ["Near or far"]
    run('NOT* NEAR( "a" AND', locales["en"])  # no syntax error reaches the visitor


def test_unknown_filter_values_are_refused(home, locales):
    with pytest.raises(service.InvalidFilter) as error:
        service.validate_filters(type="recipe")
    assert error.value.parameter == "type" and "home" in error.value.allowed
    for name, value in [("thematic_area", "nope"), ("year", "20x4"), ("year", "99"), ("country", "XX")]:
        with pytest.raises(service.InvalidFilter):
            service.validate_filters(**{name: value})


def test_autocomplete_matches_title_prefixes(home, locales):
    PublishedPageFactory(parent=home, title="Urban resilience")
    PublishedPageFactory(parent=home, title="Resilient cities", hero_text="Urban plans.")
    assert [item["title"] for item in service.autocomplete("urb", locales["en"])] == ["Urban resilience"]
    assert [item["title"] for item in service.autocomplete("urban resil", locales["en"])] == ["Urban resilience"]
    assert service.autocomplete("  ", locales["en"]) == []
    assert service.autocomplete("%%%", locales["en"]) == []


def test_the_glossary_apps_live_entries_expand_queries(home, locales):
    glossary_models = pytest.importorskip("glossary.models")
    pytest.importorskip("glossary.selectors")
    glossary_models.Abbreviation.objects.create(
        abbreviation="UNGA", expansion="United Nations General Assembly", locale=locales["en"], live=True
    )
    glossary_models.Abbreviation.objects.create(
        abbreviation="HLPF", expansion="High-level Political Forum", locale=locales["en"], live=False
    )
    PublishedPageFactory(parent=home, title="United Nations General Assembly session")
    PublishedPageFactory(parent=home, title="High-level Political Forum")
    assert found("UNGA", locales["en"]) == ["United Nations General Assembly session"]
    assert found("HLPF", locales["en"]) == [], "draft glossary entries are not used"
