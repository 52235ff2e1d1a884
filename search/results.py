"""What a search returns, whichever backend answered."""

import html
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from django.utils.html import escape

FILTER_NAMES = ("type", "thematic_area", "year", "country")


@dataclass(frozen=True)
class Filters:
    """Validated filter values: for each filter the values any of which a result
    matches (`?type=publication,story`: publications and stories), empty when
    not filtered. One value or None may be given; each is kept as a sorted tuple
    without repeats, so two requests asking for the same set are one query."""

    type: tuple[str, ...] = ()
    thematic_area: tuple[str, ...] = ()
    year: tuple[int, ...] = ()
    country: tuple[str, ...] = ()

    def __post_init__(self):
        for name in FILTER_NAMES:
            object.__setattr__(self, name, _value_set(getattr(self, name)))

    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in FILTER_NAMES)


def _value_set(value) -> tuple:
    if value is None or value == "":
        return ()
    values = value if isinstance(value, list | tuple | set | frozenset) else [value]
    return tuple(sorted({item for item in values if item not in (None, "")}))


@dataclass(frozen=True)
class Result:
    page_id: int
    type: str
    title: str
    snippet: str  # plain text, or HTML with <mark> when `highlighted`
    url: str
    date: date | None
    thematic_areas: list[tuple[str, str]]
    locale: str
    translated: bool
    highlighted: bool = False


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int


@dataclass
class SearchPage:
    count: int = 0
    results: list[Result] = field(default_factory=list)
    # {"type": [...], "thematic_area": [...], "year": [...]}, counted over every
    # match of the query in the locale, before filters, so each option shows
    # what choosing it would give.
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)


# Results can be paged through this far, on every backend: it is Elasticsearch's
# `index.max_result_window`, and the API's contract does not change with the backend.
MAX_RESULT_WINDOW = 10_000


# --- The escaping contract of snippets ----------------------------------------
# `Result.snippet` is plain text from the database backend, or (highlighted=True)
# an HTML excerpt with <mark> from Elasticsearch. Visitors and front ends get two
# fields whatever the backend: `snippet`, plain text (escape it yourself), and
# `snippet_html`, where <mark> is the only markup and everything else is escaped.

_MARK_TAG = re.compile(r"(</?mark>)")
_WORD = re.compile(r"\w+", re.UNICODE)


def _fold(word: str) -> str:
    """Case- and accent-insensitive form, as the database backends compare words."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def snippet_text(result: Result) -> str:
    if not result.highlighted:
        return result.snippet
    return html.unescape(_MARK_TAG.sub("", result.snippet))


def highlight(text: str, terms, language_code: str | None = None) -> str:
    """`text` escaped, with each word that matches a query term wrapped in <mark>.

    A word matches a term when it is the same word (ignoring case and accents),
    has the same Snowball stem in `language_code` ("flooding" for "floods"), or
    starts with a prefix term ("housing" for "hous*"). Without a language, a word
    starting with a term of three letters or more matches, as stemming would."""
    from .query import bare, is_prefix
    from .stemming import stem

    prefixes = {_fold(bare(term)) for term in terms if term and is_prefix(term)}
    folded_terms = {_fold(term) for term in terms if term and not is_prefix(term)}
    stems = {_fold(stem(term.casefold(), language_code)) for term in terms if term and not is_prefix(term)}
    pieces, last = [], 0
    for match in _WORD.finditer(text):
        word = _fold(match.group(0))
        if language_code:
            hit = word in folded_terms or _fold(stem(match.group(0).casefold(), language_code)) in stems
        else:
            hit = any(word == term or (len(term) >= 3 and word.startswith(term)) for term in folded_terms)
        hit = hit or any(word.startswith(prefix) for prefix in prefixes)
        if hit:
            pieces += [escape(text[last : match.start()]), "<mark>", escape(match.group(0)), "</mark>"]
            last = match.end()
    pieces.append(escape(text[last:]))
    return "".join(pieces)


def snippet_html(result: Result, terms) -> str:
    """The snippet as safe HTML: only <mark> highlights, every other character escaped.

    A backend's highlighted excerpt is taken apart and rebuilt, so whatever it
    let through (an unescaped tag, an unbalanced <mark>) cannot reach the page.
    """
    if not result.highlighted:
        return highlight(result.snippet, terms, result.locale)
    pieces, open_mark = [], False
    for part in _MARK_TAG.split(result.snippet):
        if part == "<mark>":
            if not open_mark:
                pieces.append(part)
            open_mark = True
        elif part == "</mark>":
            if open_mark:
                pieces.append(part)
            open_mark = False
        else:
            pieces.append(escape(html.unescape(part)))
    if open_mark:
        pieces.append("</mark>")
    return "".join(pieces)


def query_terms(plan) -> set[str]:
    """The words a query plan searches for (its clauses' phrases, expansions included)."""
    return {word for clause in getattr(plan, "clauses", ()) for phrase in clause for word in phrase}
