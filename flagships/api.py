"""Flagship programmes in the delivery API: a filtered listing and a detail."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema
from wagtail.models import Locale

from core.api_params import Id, Values, Window, listing_schema, ordering_parameter, paginate, resolve_locale
from core.delivery import answer_in_locale, locale_table, locales_by_translation_key, public_pages
from core.geography import COUNTRY_CODES, normalise_country
from core.links import link_resolver
from core.page_types import register_detail
from core.problems import bad_choice, not_found, responses
from core.rendering import plain_text_to_html, render_many
from core.serializers import cover_out, locale_codes
from core.translations import add_translations, api_url_for
from home.models import ThematicArea
from home.serializers import contact_out, thematic_area_out

from . import expansions  # noqa: F401 (registers what expand= embeds)
from .models import FlagshipPage, FlagshipPlace
from .review import overdue_keys, review_states
from .schemas import FlagshipOut, FlagshipSummaryOut
from .selectors import (
    flagship_detail_context,
    listing_rows,
    public_flagships,
    related_publications,
    with_listing_columns,
    with_rows,
)
from .serializers import detail_additions, label, update_out

router = Router(tags=["flagship programmes"])
api_prefix = "/flagships"

FlagshipListOut = listing_schema(FlagshipSummaryOut, "FlagshipListOut")


def _summary_out(
    page, *, codes, locales, state, contacts, areas, requested, request, summary, places=None, latest=None
) -> dict:
    # The listing passes each page's places and latest update (flagships.selectors.listing_rows);
    # the detail reads them from the page, its updates newest first (FlagshipUpdate's default ordering).
    if places is None:
        places = page.places.all()
        latest = next(iter(page.updates.all()), None)
    return {
        "id": page.pk,
        "title": page.title,
        "url": link_resolver(request, requested).url(page),
        "api_url": api_url_for(page, requested.language_code, request),
        "locale": codes[page.locale_id],
        "translated": page.locale_id == requested.pk,
        # The listing passes None: add_translations fills `locales` from the copies it reads.
        "locales": locales.get(page.translation_key, []) if locales is not None else [],
        "summary": summary,
        "cover_image": cover_out(page, request),
        "status": page.status,
        "status_label": label(FlagshipPage.Status, page.status),
        "start_date": page.start_date,
        "end_date": page.end_date,
        "thematic_areas": [thematic_area_out(area, codes, area.locale_id == requested.pk) for area in areas],
        "countries": [{"code": place.code, "name": place.name} for place in places],
        "contacts": [contact_out(contact, codes, requested) for contact in contacts],
        "latest_update": update_out(latest) if latest else None,
        "last_reviewed_on": state.last_reviewed_on,
        "review_due_on": state.review_due_on,
        "is_overdue": state.is_overdue,
    }


def _filter_status(queryset, statuses):
    allowed = FlagshipPage.Status.values
    for status in statuses:
        if status not in allowed:
            raise bad_choice("status", status, allowed)
    return queryset.filter(status__in=statuses)


def _filter_thematic_area(queryset, slugs, requested):
    areas = ThematicArea.objects.live().filter(locale__in=[requested, Locale.get_default()])
    keys = []
    for slug in slugs:
        matching = [area.translation_key for area in areas if area.slug == slug]
        if not matching:
            raise bad_choice("thematic_area", slug, {area.slug for area in areas})
        keys += matching
    return queryset.filter(thematic_areas__thematic_area__translation_key__in=keys).distinct()


def _filter_country(queryset, codes):
    known = COUNTRY_CODES | set(
        FlagshipPlace.objects.filter(page__in=public_pages(FlagshipPage)).values_list("code", flat=True).distinct()
    )
    codes = [normalise_country(code) for code in codes]
    for code in codes:
        if code not in known:
            raise bad_choice("country", code, known)
    return queryset.filter(places__code__in=codes).distinct()


ORDERINGS = {
    "-start_date": ("-start_date", "title"),
    "start_date": ("start_date", "title"),
    "title": ("title",),
    "-title": ("-title",),
}


class FlagshipQuery(Schema):
    status: Values = None
    thematic_area: Values = None
    country: Values = None
    overdue: bool | None = None
    ordering: str | None = ordering_parameter(ORDERINGS, "-start_date")


@router.get("", response=responses(FlagshipListOut), url_name="flagships", summary="Flagship programmes")
def list_flagships(
    request,
    locale: str | None = None,
    filters: Query[FlagshipQuery] = None,
    window: Query[Window] = None,
):
    """Published flagship programmes, most recent start first. Filter by `status`,
    `thematic_area` (slug), `country` (ISO 3166-1 alpha-2 or region code) and
    `overdue` (whether the page has gone past its review date)."""
    requested = resolve_locale(locale)
    query = filters or FlagshipQuery()
    queryset = public_flagships(requested)
    if query.status:
        queryset = _filter_status(queryset, query.status)
    if query.thematic_area:
        queryset = _filter_thematic_area(queryset, query.thematic_area, requested)
    if query.country:
        queryset = _filter_country(queryset, query.country)
    if query.overdue is not None:
        keys = overdue_keys(public_flagships(requested))
        if query.overdue:
            queryset = queryset.filter(translation_key__in=keys)
        else:
            queryset = queryset.exclude(translation_key__in=keys)
    ordering = ORDERINGS.get(query.ordering or "-start_date")
    if ordering is None:
        raise bad_choice("ordering", query.ordering, ORDERINGS)
    queryset = with_listing_columns(queryset.order_by(*ordering, "pk"))
    codes = locale_codes()

    def build(pages):
        states = review_states(pages)
        rows = listing_rows(pages)
        # Listings show the summary alone (the body is for the detail), stored once rendered.
        locales = locale_table()
        summaries = render_many(
            [([("summary", plain_text_to_html(page.summary))], locales[page.locale_id]) for page in pages]
        )
        link_resolver(request, requested).prime(pages)
        with translation.override(requested.language_code):
            items = [
                _summary_out(
                    page,
                    codes=codes,
                    locales=None,
                    state=states[page.translation_key],
                    contacts=rows.contacts.get(page.pk, []),
                    areas=rows.thematic_areas.get(page.pk, []),
                    places=rows.places.get(page.pk, []),
                    latest=rows.latest_update.get(page.pk),
                    requested=requested,
                    request=request,
                    summary=rendered["summary"],
                )
                for page, rendered in zip(pages, summaries, strict=True)
            ]
        # `locales` comes with the translations, from the same copies.
        return add_translations(items, list(pages), request, published_in=True)

    return paginate(queryset, window, build)


@router.get("/{page_id}", response=responses(FlagshipOut), url_name="flagship", summary="One flagship programme")
def get_flagship(request, page_id: Id, locale: str | None = None):
    """A flagship programme by the id of any of its language copies, answered in
    `locale` where published there (else in the default locale, `translated: false`)."""
    requested = resolve_locale(locale)
    source = public_pages(FlagshipPage).filter(pk=page_id).first()
    if source is None:
        raise not_found(_("flagship programme"))
    copies = {
        page.locale_id: page for page in public_pages(FlagshipPage).filter(translation_key=source.translation_key)
    }
    page, _translated = answer_in_locale(copies.values(), requested, fallback=source)
    page = with_rows(FlagshipPage.objects.filter(pk=page.pk)).get()
    codes = locale_codes()
    return flagship_detail(page, requested, request, published_in=sorted(codes[locale_id] for locale_id in copies))


def flagship_detail(page, requested, request, published_in: list[str] | None = None) -> dict:
    """The detail of `page` (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    if published_in is None:
        published_in = locales_by_translation_key(public_pages(FlagshipPage), [page.translation_key]).get(
            page.translation_key, []
        )
    context = flagship_detail_context(page)
    publications = related_publications(page)
    links = link_resolver(request, requested)
    links.prime([page, *publications])
    with translation.override(requested.language_code):
        rendered = page.rendered
        summary = _summary_out(
            page,
            codes=codes,
            locales={page.translation_key: published_in},
            state=context["review"],
            contacts=context["contacts"],
            areas=context["thematic_areas"],
            requested=requested,
            request=request,
            summary=rendered["summary"],
        )
        add_translations([summary], [page], request)
        # A page's cover: original proportions at page widths, not the card's crops.
        summary["cover_image"] = cover_out(page, request, "lead")
        return {**summary, **detail_additions(page, rendered, context, publications, links, requested, codes, request)}


register_detail(FlagshipPage, FlagshipOut, flagship_detail)
