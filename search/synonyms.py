"""Where abbreviations and their expansions come from.

The glossary app owns abbreviations. The source is pluggable: a function
`language code -> [(abbreviation, expansion), ...]` registered here, so the
glossary (or a test, or a future thesaurus) plugs in without `search` knowing
its models' internals.
"""

from collections.abc import Callable, Iterable

AbbreviationSource = Callable[[str], Iterable[tuple[str, str]]]

_sources: list[AbbreviationSource] = []


def register_abbreviation_source(source: AbbreviationSource) -> None:
    if source not in _sources:
        _sources.append(source)


def unregister_abbreviation_source(source: AbbreviationSource) -> None:
    if source in _sources:
        _sources.remove(source)


def abbreviations(language_code: str) -> list[tuple[str, str]]:
    """Every (abbreviation, expansion) pair known in a language, de-duplicated."""
    seen, result = set(), []
    for source in _sources:
        for abbreviation, expansion in source(language_code):
            key = (abbreviation.casefold(), expansion.casefold())
            if key not in seen:
                seen.add(key)
                result.append((abbreviation, expansion))
    return result


def synonym_rules(language_code: str) -> list[str]:
    """Solr-format equivalence rules ("wuf, world urban forum") for Elasticsearch."""
    rules = []
    for abbreviation, expansion in abbreviations(language_code):
        terms = [" ".join(_clean(abbreviation)), " ".join(_clean(expansion))]
        if all(terms) and terms[0] != terms[1]:
            rules.append(", ".join(terms))
    return sorted(set(rules))


def _clean(text: str) -> list[str]:
    from .text import WORD

    return [word.casefold() for word in WORD.findall(text)]
