"""What the Elasticsearch backend sends: the index definition and query bodies,
pinned by snapshots (UPDATE_SNAPSHOTS=1 rewrites them; review the diff and say
why in the commit), and the rules a real cluster applies to them."""

import json
import os
from pathlib import Path

import pytest

from search.elasticsearch import mapping, queries
from search.query import parse_query
from search.results import Filters

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"


def matches_snapshot(name: str, value) -> None:
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"No snapshot {path.name}: run with UPDATE_SNAPSHOTS=1 and review it"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), f"{name} changed; see {path}"


def phrases(body) -> list[dict]:
    """Every match_phrase clause of a body: {field: options}."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "match_phrase":
                    found.append(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(body)
    return found


def test_index_definition_snapshot(locales):
    definition = mapping.index_definition("outreach-public-content-test", mapping.rules_by_language())
    matches_snapshot("es_index", definition)


def test_index_definition_with_synonyms_sets_snapshot(locales):
    definition = mapping.index_definition("outreach-public-content-test", mapping.rules_by_language(), True)
    matches_snapshot("es_index_synonyms_sets", definition)


def test_each_language_has_its_own_analysed_fields(locales):
    definition = mapping.index_definition("x", {"en": ["wuf, world urban forum"], "zh": ["城市, 都市"]})
    properties = definition["mappings"]["properties"]
    analysers = definition["settings"]["analysis"]["analyzer"]
    for language, stemmer in [("en", "english_stemmer"), ("fr", "french_stemmer"), ("es", "spanish_stemmer"),
                              ("ar", "arabic_stemmer"), ("ru", "russian_stemmer"), ("zh", "cjk_bigram")]:  # fmt: skip
        assert properties[f"text_{language}"] == {
            "type": "text",
            "analyzer": f"{language}_index",
            "search_analyzer": f"{language}_search",
        }
        assert stemmer in analysers[f"{language}_index"]["filter"]
    assert "en_glossary" in analysers["en_search"]["filter"]
    assert not any("glossary" in name for name in analysers["en_index"]["filter"]), "synonyms at search time only"
    # With no rules, an inline glossary filter would be empty: it is left out.
    assert not any("glossary" in name for name in analysers["fr_search"]["filter"])


def test_chinese_glossary_runs_after_the_bigrams(locales):
    """The rules are read through the filters before the glossary: after
    `cjk_bigram`, a rule "城市规划" is the bigrams the index holds, not characters
    that the bigram filter pairs differently afterwards."""
    analysers = mapping.index_definition("x", {"zh": ["城市规划, 都市计划"]})["settings"]["analysis"]["analyzer"]
    assert analysers["zh_search"]["filter"] == ["cjk_width", "lowercase", "cjk_bigram", "zh_glossary"]


def test_replicas_and_shards_come_from_settings(locales, settings):
    assert mapping.index_definition("x", {})["settings"]["number_of_replicas"] == 1, "one replica by default"
    settings.ELASTICSEARCH_REPLICAS, settings.ELASTICSEARCH_SHARDS = 2, 3
    definition = mapping.index_definition("x", {})["settings"]
    assert (definition["number_of_replicas"], definition["number_of_shards"]) == (2, 3)
    assert definition["max_result_window"] == 10_000


def test_synonyms_come_from_each_locales_glossary(locales):
    rules = mapping.rules_by_language()
    assert rules["en"] == ["sdg, sustainable development goal", "wuf, world urban forum"]
    assert rules["fr"] == ["fum, forum urbain mondial", "odd, objectifs de développement durable"]
    assert rules["zh"] == []
    filters = mapping.index_definition("x", rules)["settings"]["analysis"]["filter"]
    assert filters["fr_glossary"] == {
        "type": "synonym_graph",
        "lenient": True,
        "synonyms": ["fum, forum urbain mondial", "odd, objectifs de développement durable"],
    }


def test_french_glossary_rules_keep_apostrophes(locales, glossary, monkeypatch):
    """The elision filter turns "l'habitat" into "habitat" in the query; a rule
    written "l habitat" (as `\\w+` split it) never matched."""
    monkeypatch.setitem(glossary, "fr", [*glossary["fr"], ("ODJ", "objectifs d'aujourd'hui pour l'habitat")])
    assert "odj, objectifs d'aujourd'hui pour l'habitat" in mapping.rules_by_language()["fr"]


def test_synonyms_sets_make_the_search_analysers_updateable(locales, settings):
    settings.SEARCH_ELASTICSEARCH_ALIAS = "content"
    filters = mapping.index_definition("x", {}, synonym_sets=True)["settings"]["analysis"]["filter"]
    assert filters["en_glossary"] == {
        "type": "synonym_graph",
        "synonyms_set": "content-glossary-en",
        "updateable": True,
        "lenient": True,
    }


@pytest.mark.parametrize(
    ("name", "query", "locale", "filters"),
    [
        ("es_query_english", "housing policy", "en", Filters()),
        ("es_query_abbreviation", "WUF 2024", "en", Filters()),
        ("es_query_french_filtered", "ODD logement", "fr", Filters(type="home", thematic_area="logement", year=2024)),
        ("es_query_chinese", "城市规划", "zh-hans", Filters(country="KE")),
    ],
)
def test_query_body_snapshots(locales, name, query, locale, filters):
    plan = parse_query(query, locales[locale])
    matches_snapshot(name, queries.search_body(plan, locale, "en", filters, offset=20, limit=10))


def test_autocomplete_body_snapshot(locales):
    matches_snapshot("es_autocomplete_french", queries.autocomplete_body("urba", "fr", "en", 8))


def test_stop_words_leave_a_clause_that_matches_everything(locales):
    """ "the future of cities": "the" and "of" analyse to nothing; with the default
    `zero_terms_query: none` each was a required clause matching no document."""
    body = queries.search_body(parse_query("the future of cities", locales["en"]), "en", "en", Filters(), 0, 10)
    clauses = phrases(body)
    assert clauses and all(options["zero_terms_query"] == "all" for field in clauses for options in field.values())
    assert {options["query"] for field in clauses for options in field.values()} == {"the", "future", "of", "cities"}


def test_words_reach_elasticsearch_whole(locales):
    """Apostrophes and vowel marks stay inside words, as the standard tokenizer keeps them."""
    for text, locale, word in [
        ("children’s housing", "en", "children’s"),
        ("aujourd'hui", "fr", "aujourd'hui"),
        ("مُدُنٌ", "ar", "مُدُنٌ"),
    ]:
        body = queries.search_body(parse_query(text, locales[locale]), locale, "en", Filters(), 0, 10)
        assert word in {options["query"] for field in phrases(body) for options in field.values()}


def test_chinese_is_sent_without_spaces(locales):
    """`cjk_bigram` pairs only characters that touch: "城 市 规 划" became four
    single characters while the index holds the pairs 城市, 市规, 规划."""
    body = queries.search_body(parse_query("城市规划", locales["zh-hans"]), "zh-hans", "en", Filters(), 0, 10)
    assert {options["query"] for field in phrases(body) for options in field.values()} == {"城市规划"}


def test_french_query_reads_french_fields_and_english_stand_ins(locales):
    body = queries.search_body(parse_query("logement", locales["fr"]), "fr", "en", Filters(), 0, 10)
    fields = json.dumps(body["query"])
    assert "title_fr" in fields and "title_en" in fields and "title_es" not in fields
    assert set(body["highlight"]["fields"]) == {"text_fr", "text_en"}
    assert body["highlight"]["max_analyzed_offset"] == queries.HIGHLIGHT_MAX_ANALYZED_OFFSET
    assert "post_filter" not in body, "no filters: facets and hits agree"


def test_autocomplete_needs_every_word_on_the_unstemmed_prefix_field(locales):
    body = queries.autocomplete_body("urban fo", "fr", "en", 8)
    matches = body["query"]["bool"]["should"]
    assert matches == [
        {"match": {"title_fr.prefix": {"query": "urban fo", "operator": "and"}}},
        {"match": {"title_en.prefix": {"query": "urban fo", "operator": "and"}}},
    ]
    analysers = mapping.index_definition("x", {})["settings"]["analysis"]["analyzer"]
    assert analysers["en_prefix_index"]["filter"] == ["english_possessive", "lowercase", "prefix_edge_ngram"]
    assert analysers["en_prefix_search"]["filter"] == ["english_possessive", "lowercase", "prefix_truncate"]


def test_a_window_past_ten_thousand_is_never_sent(locales):
    plan = parse_query("housing", locales["en"])
    assert queries.search_body(plan, "en", "en", Filters(), 9_990, 10)["from"] == 9_990
    with pytest.raises(ValueError, match="10000"):
        queries.search_body(plan, "en", "en", Filters(), 9_995, 10)
