"""Elasticsearch backend, for sites that outgrow the database.

One index (behind an alias, so a rebuild swaps in without downtime) holds one
document type, `PublicContent`, with a title and a text field per language, each
analysed by that language's analyser (rebuilt from Elasticsearch's built-in
language analysers so a synonym filter can join them): English, French,
Spanish, Arabic, Russian, and CJK bigrams for Chinese. At search time each
language's analyser adds a synonym filter built from that locale's glossary,
and the query plan also spells out abbreviation/expansion alternatives, so
glossary entries added since the last rebuild still match.

The mapping, settings and query bodies are plain dictionaries built here, so
tests pin them with snapshots; the client is only touched to send them.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.utils.html import escape
from django.utils.translation import gettext as _
from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    InnerDoc,
    Integer,
    Keyword,
    Nested,
    Q,
    Search,
    Text,
    analyzer,
    token_filter,
)
from wagtail.models import Locale

from core.search_registry import content_type_labels
from core.serializers import locale_codes

from ..models import SearchDocument, SearchDocumentTag
from ..query import QueryPlan
from ..results import FacetValue, Filters, Result, SearchPage
from ..synonyms import synonym_rules

# Field suffix per site language; Chinese (zh-hans) is analysed as CJK.
LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"]

_STEMMERS = {
    "en": [
        token_filter("english_possessive", "stemmer", language="possessive_english"),
        "lowercase",
    ],
    "fr": [
        token_filter(
            "french_elision",
            "elision",
            articles_case=True,
            articles=["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
        ),
        "lowercase",
    ],
    "es": ["lowercase"],
    "ar": ["lowercase", "decimal_digit"],
    "ru": ["lowercase"],
    "zh": ["cjk_width", "lowercase"],
}
_AFTER_SYNONYMS = {
    "en": [
        token_filter("english_stop", "stop", stopwords="_english_"),
        token_filter("english_stemmer", "stemmer", language="english"),
    ],
    "fr": [
        token_filter("french_stop", "stop", stopwords="_french_"),
        token_filter("french_stemmer", "stemmer", language="light_french"),
    ],
    "es": [
        token_filter("spanish_stop", "stop", stopwords="_spanish_"),
        token_filter("spanish_stemmer", "stemmer", language="light_spanish"),
    ],
    "ar": [
        token_filter("arabic_stop", "stop", stopwords="_arabic_"),
        "arabic_normalization",
        token_filter("arabic_stemmer", "stemmer", language="arabic"),
    ],
    "ru": [
        token_filter("russian_stop", "stop", stopwords="_russian_"),
        token_filter("russian_stemmer", "stemmer", language="russian"),
    ],
    "zh": ["cjk_bigram"],
}


def language_of(code: str) -> str:
    """Field suffix for a locale code: "zh-hans" -> "zh"; unknown -> "en"."""
    base = code.split("-")[0].lower()
    return base if base in LANGUAGES else "en"


def analyzers(language: str, rules: list[str]):
    """(index analyser, search analyser) for a language; the search one adds the glossary's synonyms."""
    synonyms = token_filter(f"{language}_glossary", "synonym_graph", synonyms=rules, lenient=True)
    index = analyzer(f"{language}_index", tokenizer="standard", filter=_STEMMERS[language] + _AFTER_SYNONYMS[language])
    search = analyzer(
        f"{language}_search",
        tokenizer="standard",
        filter=_STEMMERS[language] + [synonyms] + _AFTER_SYNONYMS[language],
    )
    return index, search


class ThematicAreaRef(InnerDoc):
    slug = Keyword()
    name = Keyword()


def document_class(rules_by_language: dict[str, list[str]]):
    """The `PublicContent` document class, its language fields wired to analysers
    carrying `rules_by_language` (synonym rules per language suffix)."""
    attributes = {
        "page_id": Integer(),
        "locale": Keyword(),
        "translation_key": Keyword(),
        # Locales the page is published in: a default-locale document stands in
        # for a locale only when that locale is missing here.
        "available_locales": Keyword(),
        "content_type": Keyword(),
        "title": Keyword(index=False),
        "snippet": Text(index=False),
        "url": Keyword(index=False),
        "date": Date(),
        "year": Integer(),
        "expire_at": Date(),
        "thematic_areas": Nested(ThematicAreaRef),
        "countries": Keyword(),
    }
    for language in LANGUAGES:
        index_analyzer, search_analyzer = analyzers(language, rules_by_language.get(language, []))
        attributes[f"title_{language}"] = Text(analyzer=index_analyzer, search_analyzer=search_analyzer)
        attributes[f"text_{language}"] = Text(analyzer=index_analyzer, search_analyzer=search_analyzer)
    return type("PublicContent", (Document,), attributes)


def alias_name() -> str:
    return getattr(settings, "SEARCH_ELASTICSEARCH_ALIAS", "outreach-public-content")


def rules_by_language() -> dict[str, list[str]]:
    """Synonym rules per language suffix, from each locale's glossary."""
    rules: dict[str, list[str]] = {}
    for locale in Locale.objects.order_by("language_code"):
        rules.setdefault(language_of(locale.language_code), []).extend(synonym_rules(locale))
    return {language: sorted(set(values)) for language, values in rules.items()}


def index_definition(name: str, rules: dict[str, list[str]]) -> Index:
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(document_class(rules))
    return index


# --- documents ---------------------------------------------------------------


def document_bodies(documents: list[SearchDocument], codes: dict[int, str]) -> list[dict]:
    """Elasticsearch sources for `documents`, with tags and sibling locales in two queries."""
    ids = [document.pk for document in documents]
    tags: dict[int, list[SearchDocumentTag]] = {}
    for tag in SearchDocumentTag.objects.filter(document_id__in=ids):
        tags.setdefault(tag.document_id, []).append(tag)
    available: dict = {}
    for key, locale_id in SearchDocument.objects.filter(
        translation_key__in={document.translation_key for document in documents}
    ).values_list("translation_key", "locale_id"):
        available.setdefault(key, []).append(codes[locale_id])
    bodies = []
    for document in documents:
        language = language_of(codes[document.locale_id])
        own = tags.get(document.pk, [])
        bodies.append(
            {
                "_id": document.page_id,
                "page_id": document.page_id,
                "locale": codes[document.locale_id],
                "translation_key": str(document.translation_key),
                "available_locales": sorted(available.get(document.translation_key, [])),
                "content_type": document.content_type,
                "title": document.title,
                "snippet": document.snippet,
                "url": document.url,
                "date": document.date.isoformat() if document.date else None,
                "year": document.year,
                "expire_at": document.expire_at.isoformat() if document.expire_at else None,
                "thematic_areas": [{"slug": t.slug, "name": t.name} for t in own if t.kind == SearchDocumentTag.AREA],
                "countries": [t.slug for t in own if t.kind == SearchDocumentTag.COUNTRY],
                f"title_{language}": document.title,
                f"text_{language}": " ".join(filter(None, [document.snippet, document.body])),
            }
        )
    return bodies


# --- queries -----------------------------------------------------------------


def _languages(locale_code: str) -> list[str]:
    languages = [language_of(locale_code), language_of(Locale.get_default().language_code)]
    return list(dict.fromkeys(languages))


def _visibility(locale_code: str, default_code: str) -> list:
    if locale_code == default_code:
        shown = Q("term", locale=locale_code)
    else:
        shown = Q("term", locale=locale_code) | (
            Q("term", locale=default_code) & ~Q("term", available_locales=locale_code)
        )
    unexpired = ~Q("exists", field="expire_at") | Q("range", expire_at={"gt": "now"})
    return [shown, unexpired]


def _text_query(plan: QueryPlan, languages: list[str]):
    clauses = []
    for clause in plan.clauses:
        alternatives = []
        for words in clause:
            phrase = " ".join(words)
            for language in languages:
                alternatives.append(Q("match_phrase", **{f"title_{language}": {"query": phrase, "boost": 3}}))
                alternatives.append(Q("match_phrase", **{f"text_{language}": {"query": phrase}}))
        clauses.append(Q("bool", should=alternatives, minimum_should_match=1))
    return Q("bool", must=clauses)


def _filter_queries(filters: Filters) -> list:
    queries = []
    if filters.type:
        queries.append(Q("term", content_type=filters.type))
    if filters.year:
        queries.append(Q("term", year=filters.year))
    if filters.thematic_area:
        queries.append(Q("nested", path="thematic_areas", query=Q("term", thematic_areas__slug=filters.thematic_area)))
    if filters.country:
        queries.append(Q("term", countries=filters.country))
    return queries


def search_body(plan: QueryPlan, locale_code: str, default_code: str, filters: Filters, offset: int, limit: int):
    """The search request: matches in the locale (and stand-ins), facets over all
    matches (filters go in `post_filter`, so facet counts ignore them, as on the
    database backend), highlighted excerpts."""
    languages = _languages(locale_code)
    search = Search().query(
        Q("bool", must=[_text_query(plan, languages)], filter=_visibility(locale_code, default_code))
    )
    filter_queries = _filter_queries(filters)
    if filter_queries:
        search = search.post_filter(Q("bool", filter=filter_queries))
    search.aggs.bucket("type", "terms", field="content_type", size=50)
    search.aggs.bucket("year", "terms", field="year", size=100)
    search.aggs.bucket("thematic_area", "nested", path="thematic_areas").bucket(
        "slug", "terms", field="thematic_areas.slug", size=100
    ).bucket("name", "terms", field="thematic_areas.name", size=1)
    search = search.highlight_options(
        pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html", fragment_size=180, number_of_fragments=1
    ).highlight(*[f"text_{language}" for language in languages])
    search = search.sort("_score", {"date": {"order": "desc", "missing": "_last"}}, "page_id")
    search = search.extra(track_total_hits=True)[offset : offset + limit]
    return search.to_dict()


def autocomplete_body(text: str, locale_code: str, default_code: str, limit: int) -> dict:
    languages = _languages(locale_code)
    search = Search().query(
        Q(
            "bool",
            must=[
                Q(
                    "multi_match",
                    query=text,
                    type="bool_prefix",
                    fields=[f"title_{language}" for language in languages],
                )
            ],
            filter=_visibility(locale_code, default_code),
        )
    )
    search = search.source(["title", "url", "content_type", "locale"])[:limit]
    return search.to_dict()


# --- the backend -------------------------------------------------------------


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str, client=None):
        self.url = url
        self._client = client

    @property
    def client(self):
        if self._client is None:
            from elasticsearch import Elasticsearch

            self._client = Elasticsearch(self.url, request_timeout=10)
        return self._client

    def search(self, plan: QueryPlan, locale: Locale, filters: Filters, offset: int, limit: int) -> SearchPage:
        default = Locale.get_default().language_code
        body = search_body(plan, locale.language_code, default, filters, offset, limit)
        response = self.client.search(index=alias_name(), body=body)
        return parse_search_response(response, locale.language_code)

    def autocomplete(self, text: str, locale: Locale, limit: int) -> list[dict]:
        default = Locale.get_default().language_code
        body = autocomplete_body(text, locale.language_code, default, limit)
        response = self.client.search(index=alias_name(), body=body)
        return [
            {
                "title": hit["_source"]["title"],
                "url": hit["_source"]["url"],
                "type": hit["_source"]["content_type"],
                "locale": hit["_source"]["locale"],
                "translated": hit["_source"]["locale"] == locale.language_code,
            }
            for hit in response["hits"]["hits"]
        ]

    def _bulk(self, index: str, bodies: list[dict], deleted_ids=()) -> dict:
        operations: list[dict] = []
        for body in bodies:
            operations += [{"index": {"_index": index, "_id": body.pop("_id")}}, body]
        operations += [{"delete": {"_index": index, "_id": page_id}} for page_id in deleted_ids]
        if not operations:
            return {"errors": False, "items": []}
        return self.client.bulk(operations=operations)

    def documents_changed(self, translation_keys, removed_page_ids) -> None:
        """Re-send every document of the changed pages' translations (their
        `available_locales` changed too) and delete the removed ones."""
        codes = locale_codes()
        documents = list(SearchDocument.objects.filter(translation_key__in=list(translation_keys)))
        kept = {document.page_id for document in documents}
        self._bulk(alias_name(), document_bodies(documents, codes), sorted(set(removed_page_ids) - kept))

    def rebuild(self, progress: Callable[[int, int], None] | None = None, chunk_size: int = 500) -> str:
        """Build a new index, fill it, then move the alias in one atomic step and
        drop the old index: searches never see a half-built index."""
        alias = alias_name()
        name = f"{alias}-{time.strftime('%Y%m%d%H%M%S')}"
        definition = index_definition(name, rules_by_language()).to_dict()
        self.client.indices.create(index=name, **definition)
        codes = locale_codes()
        total = SearchDocument.objects.count()

        done, last = 0, 0
        while True:
            chunk = list(SearchDocument.objects.order_by("pk").filter(pk__gt=last)[:chunk_size])
            if not chunk:
                break
            last = chunk[-1].pk
            answer = self._bulk(name, document_bodies(chunk, codes))
            if answer.get("errors"):
                self.client.indices.delete(index=name, ignore_unavailable=True)
                raise RuntimeError(f"Elasticsearch refused documents while building {name}; the alias is unchanged.")
            done += len(chunk)
            if progress:
                progress(done, total)
        self.client.indices.refresh(index=name)
        old = (
            list(self.client.indices.get_alias(name=alias, ignore_unavailable=True).keys())
            if self._alias_exists()
            else []
        )
        swap = [{"remove": {"index": index, "alias": alias}} for index in old]
        swap.append({"add": {"index": name, "alias": alias}})
        self.client.indices.update_aliases(actions=swap)
        for index in old:
            self.client.indices.delete(index=index, ignore_unavailable=True)
        return _("Index %(name)s now serves %(alias)s with %(count)s documents.") % {
            "name": name,
            "alias": alias,
            "count": done,
        }

    def _alias_exists(self) -> bool:
        return bool(self.client.indices.exists_alias(name=alias_name()))


def parse_search_response(response: dict, locale_code: str) -> SearchPage:
    labels = content_type_labels()
    results = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        fragments = [fragment for values in hit.get("highlight", {}).values() for fragment in values]
        results.append(
            Result(
                page_id=source["page_id"],
                type=source["content_type"],
                title=source["title"],
                snippet=fragments[0] if fragments else escape(source.get("snippet") or ""),
                url=source["url"],
                date=_date(source.get("date")),
                thematic_areas=[(area["slug"], area["name"]) for area in source.get("thematic_areas", [])],
                locale=source["locale"],
                translated=source["locale"] == locale_code,
                highlighted=True,
            )
        )
    aggregations = response.get("aggregations", {})
    facets = {
        "type": [
            FacetValue(
                value=bucket["key"], label=str(labels.get(bucket["key"], bucket["key"])), count=bucket["doc_count"]
            )
            for bucket in aggregations.get("type", {}).get("buckets", [])
        ],
        "year": sorted(
            (
                FacetValue(value=str(bucket["key"]), label=str(bucket["key"]), count=bucket["doc_count"])
                for bucket in aggregations.get("year", {}).get("buckets", [])
            ),
            key=lambda item: item.value,
            reverse=True,
        ),
        "thematic_area": [
            FacetValue(
                value=bucket["key"],
                label=(bucket["name"]["buckets"] or [{"key": bucket["key"]}])[0]["key"],
                count=bucket["doc_count"],
            )
            for bucket in aggregations.get("thematic_area", {}).get("slug", {}).get("buckets", [])
        ],
    }
    total = response["hits"]["total"]
    return SearchPage(count=total["value"] if isinstance(total, dict) else total, results=results, facets=facets)


def _date(value):
    if not value:
        return None
    from datetime import date

    return date.fromisoformat(value[:10])
