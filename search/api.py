"""Search and autocomplete on the delivery API; both go through search.service."""

from datetime import date

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Field, Query, Router, Schema
from wagtail.models import Page

from core.api_params import Count, Values, Window, Years, resolve_locale
from core.geography import normalise_country
from core.links import localized_urls_for_ids
from core.problems import Problem, bad_choice, responses, text
from core.schemas import OutSchema
from core.translations import api_url_for

from . import service
from .results import MAX_RESULT_WINDOW, Filters, query_terms, snippet_html, snippet_text

router = Router(tags=["search"])
api_prefix = "/search"


class SearchFilters(Schema):
    """Each filter takes one value or several, repeated (`?type=publication&type=story`)
    or comma-separated (`?type=publication,story`): results match any of them."""

    type: Values = Field(None, description="Content types, e.g. `page`, `publication` (see the `type` facet).")
    thematic_area: Values = Field(None, description="Thematic area slugs (see the `thematic_area` facet).")
    year: Years = Field(None, description="Four-digit years of the items' dates.")
    country: Values = Field(None, description="ISO 3166-1 alpha-2 codes of the countries the items concern.")


class SearchWindow(Window):
    """Search pages no deeper than MAX_RESULT_WINDOW on any backend; a deeper offset
    (however large: the service refuses it before any query) is a 400 that says so."""

    offset: int = Field(
        0,
        ge=0,
        description=f"How many results to skip; at most {MAX_RESULT_WINDOW:,} in all.",
        json_schema_extra={"maximum": MAX_RESULT_WINDOW},
    )


class ThematicAreaRefOut(OutSchema):
    slug: str
    name: str


class SearchResultOut(OutSchema):
    id: int = Field(description="The page's id (of its copy in `locale`).")
    type: str
    title: str
    snippet: str = Field(
        description=(
            "The abstract or summary (or, on Elasticsearch, the best-matching excerpt) as plain text: "
            "never HTML, whatever the content type. Escape it before inserting it into HTML."
        )
    )
    snippet_html: str = Field(
        description=(
            "The same text as HTML that is safe to insert as is: the words that matched the query are "
            "wrapped in `<mark>`, which is the only markup; every other character is escaped."
        )
    )
    url: str
    date: date | None
    thematic_areas: list[ThematicAreaRefOut]
    locale: str
    translated: bool
    api_url: str | None = Field(description="The page's detail in the requested locale.")


class FacetValueOut(OutSchema):
    value: str
    label: str
    count: int


class FacetsOut(OutSchema):
    type: list[FacetValueOut]
    thematic_area: list[FacetValueOut]
    year: list[FacetValueOut]


class QueryAbbreviationOut(OutSchema):
    """A glossary abbreviation found in the query (the glossary's own entries are `AbbreviationOut`)."""

    abbreviation: str
    expansion: str


class SearchMessageOut(OutSchema):
    """A note for the visitor: `text` in the requested language; `code` (stable) and
    `params` for a front end that words its own."""

    code: str
    params: dict[str, str | int]
    text: str


class SearchOut(OutSchema):
    query: str = Field(description="The query as searched (after shortening, if it was too long).")
    count: int
    limit: int
    offset: int
    items: list[SearchResultOut]
    facets: FacetsOut = Field(
        description=(
            "Counts over the matches of the query in this locale under every filter but the facet's own: "
            "each option says how many results choosing it would give, the other filters kept."
        )
    )
    messages: list[SearchMessageOut] = Field(
        description="Notes for the visitor (query shortened, abbreviations also searched), in the requested language."
    )
    abbreviations: list[QueryAbbreviationOut] = Field(description="Glossary abbreviations the query contains.")
    did_you_mean: str | None = Field(
        None,
        description=(
            "When the search finds fewer than five results: the query with each word the site's pages in this "
            "language never use replaced by the closest word they do use; null when nothing needs correcting."
        ),
    )


class AutocompleteOut(OutSchema):
    title: str
    url: str
    type: str
    locale: str
    translated: bool


def validated(filters: SearchFilters | None) -> Filters:
    raw = filters.dict() if filters else {}
    if raw.get("country"):
        # Codes are stored in lower case ("ke"), and the API cache keys on that form.
        raw["country"] = [normalise_country(code) for code in raw["country"]]
    try:
        return service.validate_filters(**raw)
    except service.InvalidFilter as error:
        if error.parameter == "year":
            detail = _("Unknown value %(value)s for 'year'. Use a four-digit year, e.g. 2024.")
            raise Problem(400, text(detail, value=repr(error.value)), parameter="year") from error
        raise bad_choice(error.parameter, error.value, error.allowed) from error


def result_out(result, terms, api_urls: dict, url: str | None = None) -> dict:
    return {
        "id": result.page_id,
        "api_url": api_urls.get(result.page_id),
        "type": result.type,
        "title": result.title,
        "snippet": snippet_text(result),
        "snippet_html": snippet_html(result, terms),
        "url": url or result.url,
        "date": result.date,
        "thematic_areas": [{"slug": slug, "name": name} for slug, name in result.thematic_areas],
        "locale": result.locale,
        "translated": result.translated,
    }


def _api_urls(page_ids: list[int], locale) -> dict:
    """{page id: its detail endpoint in `locale`}, one query for the whole page of results."""
    pages = Page.objects.filter(pk__in=page_ids).only("id", "content_type_id")
    return {page.pk: api_url_for(page, locale.language_code) for page in pages}


def facets_out(facets: dict) -> dict:
    return {
        name: [{"value": item.value, "label": item.label, "count": item.count} for item in facets.get(name, [])]
        for name in ("type", "thematic_area", "year")
    }


@router.get("", response=responses(SearchOut), url_name="search", summary="Search published content")
def search(
    request,
    q: str = "",
    locale: str | None = None,
    filters: Query[SearchFilters] = None,
    window: Query[SearchWindow] = None,
):
    """Full-text search in one language: pages in `locale`, and English pages not
    translated into it (`translated: false`). A glossary abbreviation in `q` also
    finds its expansion, and the reverse. An empty or symbols-only `q` returns
    nothing; a `q` over 200 characters is shortened (see `messages`)."""
    requested = resolve_locale(locale)
    chosen = validated(filters)
    window = window or SearchWindow()
    with translation.override(requested.language_code):
        try:
            answer = service.search(q, requested, chosen, offset=window.offset, limit=window.capped_limit)
        except service.WindowTooDeep as error:
            raise Problem(400, str(error), parameter="offset") from error
        terms = query_terms(answer.plan)
        api_urls = _api_urls([result.page_id for result in answer.page.results], requested)
        # Stored URLs are the pages' own; the visitor's locale decides the link.
        urls = localized_urls_for_ids([result.page_id for result in answer.page.results], requested, request)
        return {
            "query": answer.plan.text,
            "count": answer.page.count,
            "limit": window.capped_limit,
            "offset": window.offset,
            "items": [result_out(result, terms, api_urls, urls.get(result.page_id)) for result in answer.page.results],
            "facets": facets_out(answer.page.facets),
            "messages": [
                {"code": message.code, "params": message.params, "text": message.text} for message in answer.messages
            ],
            "abbreviations": [{"abbreviation": a, "expansion": e} for a, e in answer.suggestions],
            "did_you_mean": answer.did_you_mean,
        }


@router.get(
    "/autocomplete",
    response=responses(list[AutocompleteOut]),
    url_name="search_autocomplete",
    summary="Titles for a search box as the visitor types",
)
def autocomplete(request, q: str = "", locale: str | None = None, limit: Count = 8):
    """Up to `limit` (at most 20) titles whose words start with what was typed
    (the last word may be incomplete), in `locale` with the same fallback as search."""
    requested = resolve_locale(locale)
    return service.autocomplete(q, requested, max(1, min(limit, 20)))
