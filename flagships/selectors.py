"""What other apps and the views read about flagships.

The monthly Member States brief (a later app) reads updates and financial
figures through `updates_between` and `financial_figures`, never through the
models' internals.
"""

from collections import defaultdict, namedtuple
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import F, Prefetch, Q, Window
from django.db.models.functions import RowNumber
from wagtail.models import Locale

from core.delivery import PAGE_LINK_COLUMNS, default_locale, localize_pages, public_pages, with_locale_fallback
from core.images import COVER_IMAGE_COLUMNS, with_cover_renditions
from home.models import Contact, ThematicArea

from .models import (
    FlagshipContact,
    FlagshipFinancialFigure,
    FlagshipPage,
    FlagshipPlace,
    FlagshipPublication,
    FlagshipThematicArea,
    FlagshipUpdate,
)
from .models.review_dates import review_states


def public_flagships_in_every_locale():
    """Live, public, unexpired flagships of every locale (what `public_flagships`
    chooses from), for work across languages such as the language switcher."""
    return public_pages(FlagshipPage)


def public_flagships(locale: Locale | None = None):
    """Live, public, unexpired flagships in `locale`, with default-locale fallback
    (each row annotated `translated`)."""
    return with_locale_fallback(public_pages(FlagshipPage), locale or default_locale())


def with_rows(queryset):
    """Prefetch what a listing shows, so it costs the same at 5 and at 500 rows."""
    return queryset.select_related("locale").prefetch_related(
        Prefetch("contacts", queryset=FlagshipContact.objects.select_related("contact")),
        Prefetch("thematic_areas", queryset=FlagshipThematicArea.objects.select_related("thematic_area")),
        Prefetch("places", queryset=FlagshipPlace.objects.all()),
        Prefetch("updates", queryset=FlagshipUpdate.objects.all()),
    )


# The columns the API's listing serialises (flagships.api), and no others: the
# page's place in the tree and its links, the card's fields and its review interval.
LISTING_COLUMNS = (
    *PAGE_LINK_COLUMNS,
    "title",
    "summary",
    *COVER_IMAGE_COLUMNS,
    "status",
    "start_date",
    "end_date",
    "review_interval_days",
)


def with_listing_columns(queryset):
    """The listing's pages with `LISTING_COLUMNS` alone (no body); what they show
    of their rows comes from `listing_rows`."""
    return with_cover_renditions(queryset.only(*LISTING_COLUMNS))


# A listing shows three contacts, a thematic area, a country and the latest update
# of each of up to a hundred programmes: read as plain rows (tuples), they cost a
# fraction of the model instances, reverse relations and prefetch caches that
# Django and modelcluster build for them. Attribute names are the models', so
# the serializers (home.serializers) take either.
ContactRow = namedtuple(
    "ContactRow", ["pk", "translation_key", "locale_id", "live", "name", "role", "organisation_unit", "email", "phone"]
)
AreaRow = namedtuple("AreaRow", ["pk", "translation_key", "locale_id", "live", "name", "slug", "description"])
PlaceRow = namedtuple("PlaceRow", ["code", "name"])
UpdateRow = namedtuple("UpdateRow", ["date", "kind", "title", "text"])


@dataclass(frozen=True)
class ListingRows:
    """What a page of the listing shows besides the pages' own columns, by page id."""

    contacts: dict[int, list]
    thematic_areas: dict[int, list]
    places: dict[int, list[PlaceRow]]
    latest_update: dict[int, UpdateRow]


def listing_rows(pages) -> ListingRows:
    """The public contacts and thematic areas (each the page's own snippet where
    published, else its published source), places and latest update of `pages`:
    four queries whatever their number, five when a snippet needs its source."""
    ids = [page.pk for page in pages]
    contacts = _snippet_rows(FlagshipContact, "contact", ContactRow, Contact, ids)
    areas = _snippet_rows(FlagshipThematicArea, "thematic_area", AreaRow, ThematicArea, ids)
    places: dict[int, list[PlaceRow]] = defaultdict(list)
    for page_id, *values in FlagshipPlace.objects.filter(page_id__in=ids).values_list("page_id", *PlaceRow._fields):
        places[page_id].append(PlaceRow(*values))
    latest = (
        FlagshipUpdate.objects.filter(page_id__in=ids)
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("page_id")], order_by=[F("date").desc(), F("sort_order").asc()])
        )
        .filter(rank=1)
        .values_list("page_id", *UpdateRow._fields)
    )
    return ListingRows(
        contacts=contacts,
        thematic_areas=areas,
        places=places,
        latest_update={page_id: UpdateRow(*values) for page_id, *values in latest},
    )


def _snippet_rows(through, relation: str, row_type, model, page_ids) -> dict[int, list]:
    """{page id: the public snippets it links through `through`, in the rows' order}."""
    columns = [f"{relation}__{'id' if name == 'pk' else name}" for name in row_type._fields]
    by_page: dict[int, list] = defaultdict(list)
    for page_id, *values in through.objects.filter(page_id__in=page_ids).values_list("page_id", *columns):
        by_page[page_id].append(row_type(*values))
    sources = _live_sources([snippet for snippets in by_page.values() for snippet in snippets], model)
    return {page_id: _public(snippets, sources) for page_id, snippets in by_page.items()}


def _live_sources(snippets, model) -> dict:
    """{translation_key: live default-locale snippet} for the snippets whose own
    translation is not published, in one query (none if all are live)."""
    missing = {snippet.translation_key for snippet in snippets if not snippet.live}
    if not missing:
        return {}
    return {
        row.translation_key: row
        for row in model.objects.live()
        .select_related("locale")
        .filter(translation_key__in=missing, locale=Locale.get_default())
    }


def _public(snippets, sources) -> list:
    """Each snippet if published, else its published source; dropped if neither."""
    chosen = (snippet if snippet.live else sources.get(snippet.translation_key) for snippet in snippets)
    return [snippet for snippet in chosen if snippet is not None]


def _rows(page, relation: str, *related: str) -> list:
    """A page's inline rows, from the prefetch cache when there is one.

    Chaining `select_related`/`order_by` onto a prefetched modelcluster manager
    returns the whole prefetched set (every page's rows), so it is avoided."""
    manager = getattr(page, relation)
    if relation in getattr(page, "_prefetched_objects_cache", {}):
        return list(manager.all())
    return list(manager.select_related(*related)) if related else list(manager.all())


def live_contacts(page) -> list[Contact]:
    contacts = [row.contact for row in _rows(page, "contacts", "contact__locale")]
    return _public(contacts, _live_sources(contacts, Contact))


def live_thematic_areas(page) -> list[ThematicArea]:
    areas = [row.thematic_area for row in _rows(page, "thematic_areas", "thematic_area")]
    return _public(areas, _live_sources(areas, ThematicArea))


def rows_for_pages(pages, relation: str, attribute: str, model) -> dict[int, list]:
    """{page id: its public snippets through `relation`} for prefetched pages,
    one extra query at most whatever their number."""
    by_page = {page.pk: [getattr(row, attribute) for row in getattr(page, relation).all()] for page in pages}
    sources = _live_sources([snippet for snippets in by_page.values() for snippet in snippets], model)
    return {pk: _public(snippets, sources) for pk, snippets in by_page.items()}


def children_of_index(index_page):
    """Flagships under any locale copy of `index_page`, in its locale with fallback."""
    parents = index_page.get_translations(inclusive=True).values_list("path", "depth")
    under = Q()
    for path, depth in parents:
        under |= Q(path__startswith=path, depth=depth + 1)
    if not under:
        return FlagshipPage.objects.none()
    return public_flagships(index_page.locale).filter(under)


@dataclass(frozen=True)
class FlagshipCard:
    page: FlagshipPage
    translated: bool
    review: object


def flagship_cards(index_page) -> list[FlagshipCard]:
    """The index page's list: status and dates, most recent start first."""
    pages = list(
        with_cover_renditions(children_of_index(index_page).select_related("locale")).order_by(
            "-start_date", "title", "pk"
        )
    )
    states = review_states(pages)
    return [FlagshipCard(page, page.translated, states[page.translation_key]) for page in pages]


def flagship_detail_context(page) -> dict:
    """What the flagship page shows besides its own fields."""
    return {
        "contacts": live_contacts(page),
        "thematic_areas": live_thematic_areas(page),
        "places": _rows(page, "places"),
        **detail_rows(page),
        "review": review_states([page])[page.translation_key],
        "related_publications": related_publications(page),
    }


def detail_rows(page) -> dict:
    """The partners, updates (newest first: FlagshipUpdate's default ordering) and
    financial figures (by kind, the latest first) the detail shows, from the
    page's prefetch cache when there is one (`DETAIL_PREFETCH`)."""
    return {
        "partners": _rows(page, "partners"),
        "updates": _rows(page, "updates"),
        "financial_figures": sorted(
            _rows(page, "financial_figures"), key=lambda figure: (figure.kind, -figure.valid_on.toordinal())
        ),
    }


# What `detail_rows` and `related_publications_of` read, for many pages at once.
DETAIL_PREFETCH = (
    "partners",
    "updates",
    "financial_figures",
    Prefetch("publications", queryset=FlagshipPublication.objects.select_related("publication")),
)


def related_publications(page) -> list:
    """Published publications this flagship cites, each in the page's language
    where translated there; a constant number of queries."""
    return related_publications_of([page])[page.pk]


def related_publications_of(pages) -> dict:
    """{flagship id: `related_publications` of it} for many flagships: one query
    per language the flagships are in (a listing: its locale and the default's)
    and one for what is public, whatever their number. Each page's
    `publications` rows are read from its prefetch cache when there is one."""
    cited = {
        page.pk: [row.publication for row in _rows(page, "publications", "publication") if row.publication is not None]
        for page in pages
    }
    localized: dict = {}
    for locale_id in {page.locale_id for page in pages if cited[page.pk]}:
        same_locale = [page for page in pages if page.locale_id == locale_id]
        publications = [publication for page in same_locale for publication in cited[page.pk]]
        swapped = iter(localize_pages(publications, same_locale[0].locale))
        for page in same_locale:
            localized[page.pk] = [next(swapped) for _ in cited[page.pk]]
    ids = {item.pk for items in localized.values() for item in items}
    visible = set(public_pages().filter(pk__in=ids).values_list("pk", flat=True)) if ids else set()
    return {page.pk: [item for item in localized.get(page.pk, []) if item.pk in visible] for page in pages}


@dataclass(frozen=True)
class UpdateEntry:
    flagship_id: int
    flagship_title: str
    flagship_url: str | None
    translation_key: object
    date: date
    kind: str
    kind_label: str
    title: str
    text: str
    translated: bool
    # The update row's own translation key: the same on every language copy of it.
    update_key: object = None


def updates_between(start: date, end: date, locale: Locale | None = None) -> list[UpdateEntry]:
    """Updates of public flagships dated from `start` to `end` inclusive, newest
    first, in `locale` where the flagship is translated (else the default locale)."""
    pages = {page.pk: page for page in public_flagships(locale)}
    rows = FlagshipUpdate.objects.filter(page_id__in=list(pages), date__gte=start, date__lte=end).order_by(
        "-date", "page_id", "sort_order"
    )
    return [
        UpdateEntry(
            flagship_id=row.page_id,
            flagship_title=pages[row.page_id].title,
            flagship_url=pages[row.page_id].get_url(),
            translation_key=pages[row.page_id].translation_key,
            date=row.date,
            kind=row.kind,
            kind_label=str(row.get_kind_display()),
            title=row.title,
            text=row.text,
            translated=pages[row.page_id].translated,
            update_key=row.translation_key,
        )
        for row in rows
    ]


@dataclass(frozen=True)
class FinancialEntry:
    flagship_id: int
    flagship_title: str
    translation_key: object
    kind: str
    amount: Decimal
    currency: str
    valid_on: date


def financial_figures(locale: Locale | None = None, *, as_of: date | None = None) -> list[FinancialEntry]:
    """Financial figures of public flagships: for each flagship, kind and currency,
    the latest figure valid on or before `as_of` (all figures' latest if None)."""
    pages = {page.pk: page for page in public_flagships(locale)}
    rows = FlagshipFinancialFigure.objects.filter(page_id__in=list(pages))
    if as_of is not None:
        rows = rows.filter(valid_on__lte=as_of)
    latest: dict[tuple, FlagshipFinancialFigure] = {}
    for row in rows.order_by("page_id", "kind", "currency", "-valid_on", "sort_order"):
        latest.setdefault((row.page_id, row.kind, row.currency), row)
    return [
        FinancialEntry(
            flagship_id=row.page_id,
            flagship_title=pages[row.page_id].title,
            translation_key=pages[row.page_id].translation_key,
            kind=row.kind,
            amount=row.amount,
            currency=row.currency,
            valid_on=row.valid_on,
        )
        for row in latest.values()
    ]
