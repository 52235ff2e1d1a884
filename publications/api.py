"""Publications in the delivery API: a filtered listing, newest first, and the detail."""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Query, Router, Schema

from core.api_params import (
    Id,
    Values,
    Window,
    Years,
    listing_schema,
    order_by,
    ordering_parameter,
    paginate,
    resolve_locale,
)
from core.body_blocks import write_blocks
from core.delivery import answer_in_locale, locale_table, public_pages
from core.links import link_resolver
from core.page_types import register_detail
from core.problems import bad_choice, not_found, responses
from core.serializers import absolute_file_links, cover_out, locale_codes, page_link_out
from publications import expansions  # noqa: F401 (registers what expand= embeds)
from publications.body_blocks import READ_ONLINE_BLOCKS
from publications.filters import PublicationFilters, UnknownFilterValue, apply_filters
from publications.models import PublicationDocument, PublicationPage
from publications.schemas import PublicationListItemOut, PublicationOut
from publications.selectors import download_totals, publications_in, related_publications_of, view_totals
from publications.serializers import document_out, publication_items

router = Router(tags=["publications"])
api_prefix = "/publications"

PublicationListOut = listing_schema(PublicationListItemOut, "PublicationListOut")
RELATED_COUNT = expansions.RELATED_COUNT


ORDERINGS = {
    "-publication_date": ("-publication_date", "title"),
    "publication_date": ("publication_date", "title"),
    "title": ("title",),
    "-title": ("-title",),
}


class PublicationQuery(Schema):
    thematic_area: Values = None
    type: Values = None
    year: Years = None
    keyword: Values = None
    ordering: str | None = ordering_parameter(ORDERINGS, "-publication_date")


def _filtered(locale, query: PublicationQuery | None):
    query = query or PublicationQuery()
    filters = PublicationFilters(
        thematic_area=query.thematic_area, type=query.type, year=query.year, keyword=query.keyword
    )
    try:
        queryset = apply_filters(publications_in(locale), filters, locale)
    except UnknownFilterValue as error:
        raise bad_choice(error.parameter, error.value, error.allowed) from error
    return order_by(queryset, query.ordering, ORDERINGS)


@router.get("", response=responses(PublicationListOut), url_name="publications", summary="Publications, newest first")
def list_publications(
    request, locale: str | None = None, filters: Query[PublicationQuery] = None, window: Query[Window] = None
):
    """Published publications in `locale` (English with `translated: false`
    where not translated). Filters take the slugs of thematic areas and types
    in the requested language, a year, or a keyword slug; an unknown value is a
    400 listing the values that exist."""
    requested = resolve_locale(locale)
    codes = locale_codes()
    locales = locale_table()
    queryset = _filtered(requested, filters)
    with translation.override(requested.language_code):
        return paginate(queryset, window, lambda rows: publication_items(rows, codes, request, locales))


@router.get("/{page_id}", response=responses(PublicationOut), url_name="publication", summary="One publication")
def get_publication(request, page_id: Id, locale: str | None = None):
    """One publication. Asked in another locale, its translation answers when
    published there, else this page with `translated: false`."""
    requested = resolve_locale(locale)
    source = public_pages(PublicationPage).filter(pk=page_id).values_list("translation_key", flat=True).first()
    if source is None:
        raise not_found(_("publication"))
    documents = Prefetch("documents", queryset=PublicationDocument.objects.select_related("document"))
    candidates = {
        page.locale_id: page
        for page in publications_in(requested).filter(translation_key=source).prefetch_related(documents).defer(None)
    }
    page, _translated = answer_in_locale(candidates.values(), requested)
    if page is None:
        # Written in a language other than the default and not translated into
        # the requested one: the page itself answers.
        page = (
            public_pages(PublicationPage)
            .filter(pk=page_id)
            .select_related("publication_type", "locale", "cover_image")
            .prefetch_related("thematic_area_rows__thematic_area", "keywords", documents)
            .first()
        )
        page.translated = False
    return publication_detail(page, requested, request)


def publication_detail(page, requested, request) -> dict:
    """The detail of `page` (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    locales = locale_table()
    with translation.override(requested.language_code):
        item = publication_items([page], codes, request, locales)[0]
        rendered = page.rendered
        related = _related(page, requested)
        citing = page.citing_flagships()
        links = link_resolver(request, requested)
        links.prime([*related, *citing])
        item.update(
            {
                "abstract": absolute_file_links(rendered["abstract"], request),
                # A page's cover: original proportions at page widths, not the card's crops.
                "cover_image": cover_out(page, request, "lead"),
                "read_online": absolute_file_links(rendered["body"], request),
                "read_online_blocks": write_blocks(page, "body", READ_ONLINE_BLOCKS, request),
                "isbn": page.isbn,
                "doi": page.doi,
                "documents": [document_out(row, request) for row in page.documents.all()],
                "related": [page_link_out(other, requested.pk, codes, links.url(other)) for other in related],
                "citing_flagships": [page_link_out(other, requested.pk, codes, links.url(other)) for other in citing],
                "abbreviations": rendered.abbreviations,
                "counts": _counts(page) if getattr(settings, "PUBLICATIONS_PUBLIC_COUNTS", False) else None,
            }
        )
    return item


register_detail(PublicationPage, PublicationOut, publication_detail)


def _related(page, locale) -> list:
    """Other publications sharing a thematic area, newest first."""
    return related_publications_of([page], locale, RELATED_COUNT)[page.pk]


def _counts(page) -> dict:
    keys = [page.translation_key]
    return {
        "views": view_totals(keys).get(page.translation_key, 0),
        "downloads": download_totals(keys).get(page.translation_key, 0),
    }
