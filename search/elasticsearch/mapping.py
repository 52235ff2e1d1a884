"""The index: one document type, `PublicContent`, with a title and a text field
per language, each analysed by that language's analyser (rebuilt from
Elasticsearch's built-in language analysers so that a synonym filter can join
them): English, French, Spanish, Arabic, Russian, and CJK bigrams for Chinese.

At search time each language's analyser adds the locale's glossary as a
`synonym_graph` filter. On Elasticsearch 8.10 and later its rules live in a
synonyms set (the Synonyms API) and the filter is `updateable`, so a glossary
change reaches the index without a rebuild; otherwise they are written inline
and a rebuild refreshes them. Titles also have an unstemmed edge-n-gram
subfield for autocomplete.
"""

from django.conf import settings
from elasticsearch.dsl import (
    Date,
    Document,
    Index,
    InnerDoc,
    Integer,
    Keyword,
    Nested,
    Text,
    analyzer,
    token_filter,
)
from wagtail.models import Locale

from ..results import MAX_RESULT_WINDOW
from ..synonyms import synonym_rules

# Field suffix per site language; Chinese (zh-hans) is analysed as CJK.
LANGUAGES = ["en", "fr", "es", "ar", "ru", "zh"]
# Autocomplete indexes title prefixes up to this length; a longer typed word is
# cut to it at search time, so it still matches.
PREFIX_LENGTH = 20

# Filters before the glossary: what the rules themselves are analysed with.
_BEFORE_GLOSSARY = {
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
    # The glossary comes after the bigrams, so that its Chinese rules are read as
    # bigrams too: before them, a rule's characters would be paired with the
    # query's neighbouring characters differently from the index.
    "zh": ["cjk_width", "lowercase", "cjk_bigram"],
}
_AFTER_GLOSSARY = {
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
    "zh": [],
}
# Autocomplete matches what was typed against title words as written: no stop
# words, no stemming ("housi" must find "housing", whose stem is "hous").
_PREFIX_EXTRA = {"ar": ["arabic_normalization"]}
_EDGE_NGRAM = token_filter("prefix_edge_ngram", "edge_ngram", min_gram=1, max_gram=PREFIX_LENGTH)
_TRUNCATE = token_filter("prefix_truncate", "truncate", length=PREFIX_LENGTH)


def language_of(code: str) -> str:
    """Field suffix for a locale code: "zh-hans" -> "zh"; unknown -> "en"."""
    base = code.split("-")[0].lower()
    return base if base in LANGUAGES else "en"


def alias_name() -> str:
    return getattr(settings, "SEARCH_ELASTICSEARCH_ALIAS", "outreach-public-content")


def synonym_set_id(language: str, alias: str | None = None) -> str:
    return f"{alias or alias_name()}-glossary-{language}"


def rules_by_language() -> dict[str, list[str]]:
    """Synonym rules per language suffix, from each locale's glossary."""
    rules: dict[str, list[str]] = {}
    for locale in Locale.objects.order_by("language_code"):
        rules.setdefault(language_of(locale.language_code), []).extend(synonym_rules(locale))
    return {language: sorted(set(rules.get(language, []))) for language in LANGUAGES}


def glossary_filter(language: str, rules: list[str], synonym_sets: bool, alias: str | None = None):
    """The glossary's `synonym_graph` filter for `language`, or None when there
    is nothing to put in it (an inline filter needs at least one rule)."""
    name = f"{language}_glossary"
    if synonym_sets:
        return token_filter(
            name, "synonym_graph", synonyms_set=synonym_set_id(language, alias), updateable=True, lenient=True
        )
    if rules:
        return token_filter(name, "synonym_graph", synonyms=rules, lenient=True)
    return None


def analyzers(language: str, rules: list[str], synonym_sets: bool = False, alias: str | None = None):
    """(index, search, prefix index, prefix search) analysers for a language."""
    before, after = _BEFORE_GLOSSARY[language], _AFTER_GLOSSARY[language]
    glossary = glossary_filter(language, rules, synonym_sets, alias)
    prefix = before + _PREFIX_EXTRA.get(language, [])
    return (
        analyzer(f"{language}_index", tokenizer="standard", filter=before + after),
        analyzer(f"{language}_search", tokenizer="standard", filter=before + ([glossary] if glossary else []) + after),
        analyzer(f"{language}_prefix_index", tokenizer="standard", filter=prefix + [_EDGE_NGRAM]),
        analyzer(f"{language}_prefix_search", tokenizer="standard", filter=prefix + [_TRUNCATE]),
    )


class ThematicAreaRef(InnerDoc):
    slug = Keyword()
    name = Keyword()


def document_class(rules_by_language: dict[str, list[str]], synonym_sets: bool = False, alias: str | None = None):
    """The `PublicContent` document class, its language fields wired to analysers
    carrying the glossary (`rules_by_language`: synonym rules per language suffix)."""
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
        index, search, prefix_index, prefix_search = analyzers(
            language, rules_by_language.get(language, []), synonym_sets, alias
        )
        attributes[f"title_{language}"] = Text(
            analyzer=index,
            search_analyzer=search,
            fields={"prefix": Text(analyzer=prefix_index, search_analyzer=prefix_search)},
        )
        # Keywords and tags, matched with the title's weight.
        attributes[f"keywords_{language}"] = Text(analyzer=index, search_analyzer=search)
        attributes[f"text_{language}"] = Text(analyzer=index, search_analyzer=search)
    return type("PublicContent", (Document,), attributes)


def index_definition(name: str, rules: dict[str, list[str]], synonym_sets: bool = False) -> dict:
    """Settings and mappings of a new index `name` (for `indices.create`)."""
    alias = alias_name()
    index = Index(name)
    index.settings(
        number_of_shards=int(getattr(settings, "ELASTICSEARCH_SHARDS", 1)),
        # One replica by default: with none, a node restart on a real cluster
        # leaves the index red (no copy of a shard anywhere) until it is back.
        number_of_replicas=int(getattr(settings, "ELASTICSEARCH_REPLICAS", 1)),
        max_result_window=MAX_RESULT_WINDOW,
    )
    index.document(document_class(rules, synonym_sets, alias))
    definition = index.to_dict()
    # Read back by the glossary update: does this index take synonyms sets?
    definition["mappings"]["_meta"] = {"glossary": "synonyms_set" if synonym_sets else "inline", "alias": alias}
    return definition
