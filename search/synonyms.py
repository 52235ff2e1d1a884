"""Where abbreviations and their expansions come from.

The glossary app owns abbreviations. Sources are pluggable: functions
`Locale -> [(abbreviation, expansion), ...]` registered here. The search app
registers `glossary_abbreviations` (through the glossary's public selector, not
its models); tests or a future thesaurus register their own.
"""

from collections.abc import Callable, Iterable

AbbreviationSource = Callable[[object], Iterable[tuple[str, str]]]

_sources: list[AbbreviationSource] = []


def register_abbreviation_source(source: AbbreviationSource) -> None:
    if source not in _sources:
        _sources.append(source)


def unregister_abbreviation_source(source: AbbreviationSource) -> None:
    if source in _sources:
        _sources.remove(source)


def glossary_abbreviations(locale) -> list[tuple[str, str]]:
    """The live glossary of `locale`; each written variant ("SDGs") counts as an
    abbreviation of the same expansion."""
    from glossary.selectors import live_terms

    pairs = []
    for term in live_terms(locale):
        pairs.append((term.abbreviation, term.expansion))
        pairs.extend((variant, term.expansion) for variant in term.variants)
    return pairs


def abbreviations(locale) -> list[tuple[str, str]]:
    """Every (abbreviation, expansion) pair known in `locale` (a Locale), de-duplicated."""
    seen, result = set(), []
    for source in _sources:
        for abbreviation, expansion in source(locale):
            key = (abbreviation.casefold(), expansion.casefold())
            if key not in seen:
                seen.add(key)
                result.append((abbreviation, expansion))
    return result


def synonym_rules(locale) -> list[str]:
    """Solr-format equivalence rules ("wuf, world urban forum") for Elasticsearch."""
    rules = []
    for abbreviation, expansion in abbreviations(locale):
        terms = [_clean(abbreviation), _clean(expansion)]
        if all(terms) and terms[0] != terms[1]:
            rules.append(", ".join(terms))
    return sorted(set(rules))


def _clean(text: str) -> str:
    """`text` as Elasticsearch's tokenizer reads it (UAX #29 words, so
    "l'habitat" keeps its apostrophe for the elision filter), lower case, CJK
    runs unspaced, and nothing left of the rule syntax (commas, `=>`)."""
    from .segmentation import join_words, words_of

    return join_words(word.casefold() for word in words_of(text))
