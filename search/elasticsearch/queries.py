"""Query bodies, built as plain dictionaries so that tests can pin them.

Each clause of the plan is matched as a phrase in the locale's fields (and the
default locale's, for pages standing in). Phrases are sent as text for
Elasticsearch to analyse with the field's own analyser; the plan's words were
split by the same UAX #29 rules as its tokenizer, and CJK characters are sent
unspaced so that `cjk_bigram` pairs them as it paired the indexed text.
"""

from dataclasses import replace

from elasticsearch.dsl import Q, Search

from ..query import QueryPlan, bare, is_prefix
from ..results import MAX_RESULT_WINDOW, Filters
from ..segmentation import join_words
from .mapping import language_of

# Highlighting re-analyses the stored text; past this many characters it stops
# instead of failing the search (Elasticsearch answers 400 past the index's
# `index.highlight.max_analyzed_offset`, 1,000,000, without it).
HIGHLIGHT_MAX_ANALYZED_OFFSET = 100_000
# How many indexed terms a prefix (`hous*`) may expand to.
PREFIX_EXPANSIONS = 50
FACETS = ("type", "year", "thematic_area")


def languages(locale_code: str, default_code: str) -> list[str]:
    return list(dict.fromkeys([language_of(locale_code), language_of(default_code)]))


def visibility(locale_code: str, default_code: str) -> list:
    if locale_code == default_code:
        shown = Q("term", locale=locale_code)
    else:
        shown = Q("term", locale=locale_code) | (
            Q("term", locale=default_code) & ~Q("term", available_locales=locale_code)
        )
    unexpired = ~Q("exists", field="expire_at") | Q("range", expire_at={"gt": "now"})
    return [shown, unexpired]


def phrase_query(field: str, words, boost: float | None = None):
    # `zero_terms_query: all`: a phrase made only of stop words ("the", "de la")
    # leaves nothing to match once analysed; by default that matches nothing,
    # and as a required clause it emptied the whole search.
    options = {"query": join_words(words), "zero_terms_query": "all"}
    if boost:
        options["boost"] = boost
    return Q("match_phrase", **{field: options})


def prefix_query(field: str, word: str, boost: float | None = None):
    # Analysed like the field's words (lower case, stemmed), then the last term
    # matched as a prefix of the indexed terms; bounded expansions.
    options = {"query": word, "max_expansions": PREFIX_EXPANSIONS}
    if boost:
        options["boost"] = boost
    return Q("match_phrase_prefix", **{field: options})


def text_query(plan: QueryPlan, fields_languages: list[str]):
    """Every clause must match; within a clause any alternative (`OR`, an
    abbreviation's expansion) may, in the title, keywords or text of a language."""
    clauses = []
    for clause in plan.clauses:
        alternatives = []
        for words in clause:
            for language in fields_languages:
                if len(words) == 1 and is_prefix(words[0]):
                    word = bare(words[0])
                    alternatives.append(prefix_query(f"title_{language}", word, boost=3))
                    alternatives.append(prefix_query(f"keywords_{language}", word, boost=2))
                    alternatives.append(prefix_query(f"text_{language}", word))
                    continue
                words = [bare(word) for word in words]
                alternatives.append(phrase_query(f"title_{language}", words, boost=3))
                alternatives.append(phrase_query(f"keywords_{language}", words, boost=2))
                alternatives.append(phrase_query(f"text_{language}", words))
        clauses.append(Q("bool", should=alternatives, minimum_should_match=1))
    return Q("bool", must=clauses)


def filter_queries(filters: Filters) -> list:
    """One `terms` query per filter given: a result matches any of its values,
    and every filter given."""
    queries = []
    if filters.type:
        queries.append(Q("terms", content_type=list(filters.type)))
    if filters.year:
        queries.append(Q("terms", year=list(filters.year)))
    if filters.thematic_area:
        areas = Q("terms", thematic_areas__slug=list(filters.thematic_area))
        queries.append(Q("nested", path="thematic_areas", query=areas))
    if filters.country:
        queries.append(Q("terms", countries=list(filters.country)))
    return queries


def _scope(filters: Filters, leave_out: str):
    others = filter_queries(replace(filters, **{leave_out: ()}))
    return Q("bool", filter=others) if others else Q("match_all")


def search_body(plan: QueryPlan, locale_code: str, default_code: str, filters: Filters, offset: int, limit: int):
    """The search request: matches in the locale (and stand-ins), results under
    the filters (`post_filter`), and each facet counted under every filter but
    its own (a `filter` aggregation around it), as on the database backend;
    highlighted excerpts."""
    if offset < 0 or limit < 1 or offset + limit > MAX_RESULT_WINDOW:
        # The service refuses such windows with a message first; this guards the
        # cluster's `max_result_window` against any other caller.
        raise ValueError(f"offset + limit must be at most {MAX_RESULT_WINDOW}")
    fields_languages = languages(locale_code, default_code)
    search = Search().query(
        Q("bool", must=[text_query(plan, fields_languages)], filter=visibility(locale_code, default_code))
    )
    filters_given = filter_queries(filters)
    if filters_given:
        search = search.post_filter(Q("bool", filter=filters_given))
    scopes = {name: _scope(filters, name) for name in FACETS}
    search.aggs.bucket("type_scope", "filter", filter=scopes["type"]).bucket(
        "type", "terms", field="content_type", size=50
    )
    search.aggs.bucket("year_scope", "filter", filter=scopes["year"]).bucket("year", "terms", field="year", size=100)
    areas = (
        search.aggs.bucket("thematic_area_scope", "filter", filter=scopes["thematic_area"])
        .bucket("thematic_area", "nested", path="thematic_areas")
        .bucket("slug", "terms", field="thematic_areas.slug", size=100)
    )
    areas.bucket("name", "terms", field="thematic_areas.name", size=1)
    # Counted in pages, not in nested area entries: a page listing an area twice
    # counts once.
    areas.bucket("pages", "reverse_nested")
    search = search.highlight_options(
        pre_tags=["<mark>"],
        post_tags=["</mark>"],
        encoder="html",
        fragment_size=180,
        number_of_fragments=1,
        max_analyzed_offset=HIGHLIGHT_MAX_ANALYZED_OFFSET,
    ).highlight(*[f"text_{language}" for language in fields_languages])
    search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}}, "page_id")
    search = search.extra(track_total_hits=True)[offset : offset + limit]
    return search.to_dict()


def autocomplete_body(text: str, locale_code: str, default_code: str, limit: int) -> dict:
    """Titles with a word starting with each typed word (the last may be
    incomplete): every word must match (`operator: and`), on the unstemmed
    prefix subfield."""
    fields_languages = languages(locale_code, default_code)
    matches = [
        Q("match", **{f"title_{language}.prefix": {"query": text, "operator": "and"}}) for language in fields_languages
    ]
    search = Search().query(
        Q("bool", should=matches, minimum_should_match=1, filter=visibility(locale_code, default_code))
    )
    search = search.sort("_score", "page_id").source(["title", "url", "content_type", "locale"])[:limit]
    return search.to_dict()
