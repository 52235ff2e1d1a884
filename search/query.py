"""From what a visitor typed to a backend-neutral query plan.

A plan is an AND of clauses; each clause is an OR of phrases (tuples of words).
`flood OR heat` is one clause of two phrases; `"urban planning"` one phrase of
two words that must stand together; `hous*` a one-word phrase whose word ends in
PREFIX_MARK, matched as a prefix.
An abbreviation in the query becomes a clause "abbreviation OR expansion", and
an expansion becomes "expansion OR abbreviation", so every backend matches both
without knowing about the glossary.
"""

import re
from dataclasses import dataclass, field

from django.conf import settings

from .segmentation import words_of
from .stemming import stems_of_phrase
from .synonyms import abbreviations
from .text import _CJK_RUN

Phrase = tuple[str, ...]
# Marks a prefix word in a phrase: ("hous*",) matches house, houses, housing.
PREFIX_MARK = "*"


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
    prefix: bool = False  # `hous*`: the one word is a prefix
    after_or: bool = False  # `OR` stood between this unit and the one before


# A quoted phrase, or a run of anything else up to a space or a quote.
_TOKEN = re.compile(r'"([^"]*)"|([^\s"]+)')
# Prefixes shorter than this would match most of the index.
MIN_PREFIX = 2


def is_prefix(word: str) -> bool:
    """A plan word ending in PREFIX_MARK is a prefix (`hous*`), not a whole word."""
    return word.endswith(PREFIX_MARK)


def bare(word: str) -> str:
    return word[:-1] if is_prefix(word) else word


def _units(text: str) -> list[_Unit]:
    """The query's units in order. `OR` in capitals between two units joins them
    as alternatives (in lower case it is a word like any other); a word ending in
    `*` is a prefix."""
    units: list[_Unit] = []
    pending_or = False
    for match in _TOKEN.finditer(text):
        quoted, bare_token = match.group(1), match.group(2)
        if bare_token == "OR" and units:
            pending_or = True
            continue
        if quoted is not None:
            words = tuple(_phrase_words(quoted))
            new = [_Unit(words, True)] if words else []
        else:
            new = _bare_units(bare_token)
            if bare_token.endswith("*") and new and not new[-1].quoted:
                last = new[-1]
                if len(last.words[0]) >= MIN_PREFIX:
                    new[-1] = _Unit((last.words[0] + PREFIX_MARK,), False, prefix=True)
        if new:
            new[0].after_or = pending_or
            pending_or = False
            units.extend(new)
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


def _equivalents(pairs, language_code: str) -> dict[Phrase, tuple[Phrase, str, str]]:
    """{stems of one side: (words of the other side, abbreviation, expansion)}.

    Keyed by stems, so that "sustainable development goals" finds the glossary's
    "Sustainable Development Goal" as the index finds it."""
    table: dict[Phrase, tuple[Phrase, str, str]] = {}
    for abbreviation, expansion in pairs:
        short, long = tuple(_phrase_words(abbreviation)), tuple(_phrase_words(expansion))
        if short and long and short != long:
            table.setdefault(stems_of_phrase(short, language_code), (long, abbreviation, expansion))
            table.setdefault(stems_of_phrase(long, language_code), (short, abbreviation, expansion))
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
    language_code = getattr(locale, "language_code", "")
    table = _equivalents(abbreviations(locale), language_code)
    longest = max((len(key) for key in table), default=0)
    clauses: list[tuple[Phrase, ...]] = []
    # For each clause: does it join the one before as an alternative (`OR`)?
    joined: list[bool] = []
    used: list[tuple[str, str]] = []
    index = 0
    while index < len(units):
        unit = units[index]
        joined.append(unit.after_or)
        if unit.prefix:
            clauses.append((unit.words,))
            index += 1
            continue
        if unit.quoted:
            other = table.get(stems_of_phrase(unit.words, language_code))
            clauses.append((unit.words, other[0]) if other else (unit.words,))
            if other:
                used.append(other[1:])
            index += 1
            continue
        matched = False
        for size in range(min(longest, len(units) - index), 0, -1):
            window = units[index : index + size]
            # An abbreviation's words are typed together: not across quotes,
            # prefixes or an `OR`.
            if any(u.quoted or u.prefix or (u.after_or and u is not window[0]) for u in window):
                continue
            key = tuple(u.words[0] for u in window)
            other = table.get(stems_of_phrase(key, language_code))
            if other:
                clauses.append((key, other[0]))
                used.append(other[1:])
                index += size
                matched = True
                break
        if not matched:
            clauses.append((unit.words,))
            index += 1
    merged: list[tuple[Phrase, ...]] = []
    for clause, after_or in zip(clauses, joined, strict=True):
        if after_or and merged:
            merged[-1] = tuple(dict.fromkeys(merged[-1] + clause))[: max_clauses()]
        else:
            merged.append(clause)
    # The same clause twice adds nothing but work.
    unique = list(dict.fromkeys(merged))[: max_clauses()]
    return QueryPlan(text=text, clauses=tuple(unique), truncated=truncated, expansions=tuple(dict.fromkeys(used)))
