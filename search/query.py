"""From what a visitor typed to a backend-neutral query plan.

A plan is an AND of clauses; each clause is an OR of phrases (tuples of words).
An abbreviation in the query becomes a clause "abbreviation OR expansion", and
an expansion becomes "expansion OR abbreviation", so every backend matches both
without knowing about the glossary.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings

from .segmentation import words_of
from .synonyms import abbreviations
from .text import _CJK_RUN

Phrase = tuple[str, ...]
_QUOTED = re.compile(r'"([^"]*)"')


def max_query_length() -> int:
    return getattr(settings, "SEARCH_MAX_QUERY_LENGTH", 200)


def max_clauses() -> int:
    return getattr(settings, "SEARCH_MAX_TERMS", 16)


@dataclass(frozen=True)
class QueryPlan:
    text: str  # the query as used (after capping)
    clauses: tuple[tuple[Phrase, ...], ...] = ()
    truncated: bool = False
    # (abbreviation, expansion) pairs the query used, to tell the visitor.
    expansions: tuple[tuple[str, str], ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.clauses


@dataclass
class _Unit:
    words: Phrase
    quoted: bool  # typed in quotes, or a CJK run: matched as a whole only


def _units(text: str) -> list[_Unit]:
    units: list[_Unit] = []
    position = 0
    for match in _QUOTED.finditer(text):
        units.extend(_bare_units(text[position : match.start()]))
        words = tuple(_phrase_words(match.group(1)))
        if words:
            units.append(_Unit(words, True))
        position = match.end()
    units.extend(_bare_units(text[position:]))
    return units


def _phrase_words(text: str) -> list[str]:
    result = []
    for word in words_of(text):
        result.extend(_split_cjk(word.casefold()))
    return result


def _split_cjk(word: str) -> list[str]:
    # "城市abc" -> ["城", "市", "abc"]
    parts, position = [], 0
    for run in _CJK_RUN.finditer(word):
        if run.start() > position:
            parts.append(word[position : run.start()])
        parts.extend(run.group())
        position = run.end()
    if position < len(word):
        parts.append(word[position:])
    return parts


def _bare_units(text: str) -> list[_Unit]:
    units = []
    for word in words_of(text):
        word = word.casefold()
        position = 0
        for run in _CJK_RUN.finditer(word):
            if run.start() > position:
                units.append(_Unit((word[position : run.start()],), False))
            units.append(_Unit(tuple(run.group()), True))
            position = run.end()
        if position < len(word):
            units.append(_Unit((word[position:],), False))
    return units


def _equivalents(pairs) -> dict[Phrase, tuple[Phrase, str, str]]:
    """{words of one side: (words of the other side, abbreviation, expansion)}"""
    table: dict[Phrase, tuple[Phrase, str, str]] = {}
    for abbreviation, expansion in pairs:
        short, long = tuple(_phrase_words(abbreviation)), tuple(_phrase_words(expansion))
        if short and long and short != long:
            table.setdefault(short, (long, abbreviation, expansion))
            table.setdefault(long, (short, abbreviation, expansion))
    return table


def parse_query(raw: str | None, locale) -> QueryPlan:
    """Plan a query in `locale` (a Locale: the glossary of that locale applies).

    Queries longer than `SEARCH_MAX_QUERY_LENGTH` are cut there, and at most
    `SEARCH_MAX_TERMS` clauses are kept, so no input can make the database work
    unboundedly.
    """
    raw = (raw or "").strip()
    limit = max_query_length()
    truncated = len(raw) > limit
    text = raw[:limit]
    units = _units(text)
    if not units:
        return QueryPlan(text=text, truncated=truncated)
    table = _equivalents(abbreviations(locale))
    longest = max((len(key) for key in table), default=0)
    clauses: list[tuple[Phrase, ...]] = []
    used: list[tuple[str, str]] = []
    index = 0
    while index < len(units):
        unit = units[index]
        matched = False
        if unit.quoted:
            other = table.get(unit.words)
            clauses.append((unit.words, other[0]) if other else (unit.words,))
            if other:
                used.append(other[1:])
            index += 1
            continue
        for size in range(min(longest, len(units) - index), 0, -1):
            window = units[index : index + size]
            if any(u.quoted for u in window):
                continue
            key = tuple(u.words[0] for u in window)
            other = table.get(key)
            if other:
                clauses.append((key, other[0]))
                used.append(other[1:])
                index += size
                matched = True
                break
        if not matched:
            clauses.append((unit.words,))
            index += 1
    # The same clause twice adds nothing but work.
    unique = list(dict.fromkeys(clauses))[: max_clauses()]
    return QueryPlan(text=text, clauses=tuple(unique), truncated=truncated, expansions=tuple(dict.fromkeys(used)))
