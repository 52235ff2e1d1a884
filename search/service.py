"""The one entry point for searching. Views and the API call `search` and
`autocomplete`; only `get_backend` knows which backend answers."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from core.api_params import split_values
from core.search_registry import content_type_labels
from home.models import ThematicArea

from . import vocabulary
from .backends import SearchUnavailable
from .backends.active import _backend, get_backend  # noqa: F401  (get_backend is read from here too)
from .models import SearchDocumentTag
from .query import QueryPlan, max_query_length, parse_query
from .results import MAX_RESULT_WINDOW, Filters, SearchPage

logger = logging.getLogger(__name__)


class InvalidFilter(ValueError):
    """A filter value the site does not know; the API answers 400 with `allowed`."""

    def __init__(self, parameter: str, value: str, allowed):
        super().__init__(f"{parameter}={value!r}")
        self.parameter = parameter
        self.value = value
        self.allowed = sorted(allowed)


class WindowTooDeep(ValueError):
    """offset + limit past MAX_RESULT_WINDOW; the API answers 400 saying so."""

    def __init__(self, offset: int, limit: int):
        super().__init__(
            _(
                "Only the first %(max)s results can be paged through; offset + limit is %(asked)s. "
                "Add words or filters to narrow the search."
            )
            % {
                "max": number_format(MAX_RESULT_WINDOW, force_grouping=True),
                "asked": number_format(offset + limit, force_grouping=True),
            }
        )


@dataclass
class SearchResponse:
    plan: QueryPlan
    page: SearchPage
    messages: list[str] = field(default_factory=list)
    # (abbreviation, expansion) pairs the query contains: shown as help.
    suggestions: list[tuple[str, str]] = field(default_factory=list)
    # The query with misspelt words corrected from the index's vocabulary ("did
    # you mean"), when a search finds little; None otherwise.
    did_you_mean: str | None = None


def validate_filters(type=None, thematic_area=None, year=None, country=None) -> Filters:
    """Check raw filter values; raises InvalidFilter naming the parameter, the
    first unknown value and the allowed values.

    Each filter takes one value or several (a list, or comma-separated as in
    `?type=publication,story`): a result then matches any of them.
    """
    types = split_values(type) or []
    if types:
        labels = content_type_labels()
        _check("type", types, labels)
    areas = split_values(thematic_area) or []
    if areas:
        _check("thematic_area", areas, set(ThematicArea.objects.filter(live=True).values_list("slug", flat=True)))
    years = []
    for value in split_values(year) or []:
        text = str(value).strip()
        if not (text.isascii() and text.isdigit() and 1000 <= int(text) <= 9999):
            raise InvalidFilter("year", str(value), [])
        years.append(int(text))
    countries = split_values(country) or []
    if countries:
        tags = SearchDocumentTag.objects.filter(kind=SearchDocumentTag.COUNTRY)
        _check("country", countries, set(tags.values_list("slug", flat=True).distinct()))
    return Filters(type=types, thematic_area=areas, year=years, country=countries)


def _check(parameter: str, values: list[str], known) -> None:
    for value in values:
        if value not in known:
            raise InvalidFilter(parameter, value, known)


def search(query: str | None, locale: Locale, filters: Filters | None = None, offset: int = 0, limit: int = 20):
    """Search public content in `locale` (with the default locale standing in
    for pages not translated there).

    Args:
        query: what the visitor typed; capped at SEARCH_MAX_QUERY_LENGTH.
        locale: the visitor's locale; its glossary expands abbreviations.
        filters: validated filters (see `validate_filters`).
        offset, limit: the window of results.

    Returns:
        A SearchResponse: results, total count, facet counts, and messages for
        the visitor (query shortened, symbols ignored, abbreviations expanded).
    """
    filters = filters or Filters()
    if offset + limit > MAX_RESULT_WINDOW:
        raise WindowTooDeep(offset, limit)
    plan = parse_query(query, locale)
    messages = []
    if plan.truncated:
        messages.append(
            _("Your search was shortened to its first %(count)s characters.") % {"count": max_query_length()}
        )
    if plan.is_empty:
        if plan.text:
            messages.append(_("Type words or numbers to search; punctuation and symbols alone are ignored."))
        return SearchResponse(plan=plan, page=SearchPage(), messages=messages)
    for abbreviation, expansion in plan.expansions:
        values = {"abbreviation": abbreviation, "expansion": expansion}
        if expansion.casefold() in plan.text.casefold():
            messages.append(_("Also searching for its abbreviation, “%(abbreviation)s”.") % values)
        else:
            messages.append(_("“%(abbreviation)s” stands for “%(expansion)s”: searching for both.") % values)
    page = _with_fallback(lambda backend: backend.search(plan, locale, filters, offset, limit))
    corrected = None
    if page.count < vocabulary.SUGGEST_BELOW:
        default_code = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        corrected = vocabulary.did_you_mean(plan, locale, default_code)
    return SearchResponse(
        plan=plan, page=page, messages=messages, suggestions=list(plan.expansions), did_you_mean=corrected
    )


def autocomplete(text: str | None, locale: Locale, limit: int = 8) -> list[dict]:
    """Titles starting with what was typed (the last word may be incomplete)."""
    text = (text or "").strip()[:100]
    if not text:
        return []
    return _with_fallback(lambda backend: backend.autocomplete(text, locale, limit))


def _with_fallback(call):
    """Ask the configured backend; if a search server cannot answer (down, slow,
    failing), answer from the database, whose documents are always current. Any
    other error is a bug and is raised, not hidden behind the fallback."""
    backend = get_backend()
    if backend.name == "database":
        return call(backend)
    try:
        return call(backend)
    except SearchUnavailable as error:
        logger.info("Search backend %s unavailable (%s); answering from the database", backend.name, error)
        return call(_backend("database", ""))
