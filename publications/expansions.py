"""What `expand=` embeds in publication listings (core/api_shape.py): each one
reads every item of the answer at once, in a fixed number of queries. With every
expansion a listed publication carries what its detail carries, so a front end
fetches no detail (tests/headless/test_expand_sections.py)."""

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation

from core.api_shape import Expansion, register_expansion
from core.body_blocks import write_blocks
from core.links import link_resolver
from core.pages import rendered_pages
from core.schemas import PageLinkOut, TermOut
from core.serializers import absolute_file_links, cover_image_expansion, locale_codes, page_link_out
from publications.body_blocks import READ_ONLINE_BLOCKS
from publications.models import PublicationDocument, PublicationPage, PublicationPageThematicArea
from publications.schemas import CountsOut, DocumentOut, PublicationBodyBlockOut
from publications.selectors import download_totals, related_publications_of, view_totals
from publications.serializers import document_out

# How many publications sharing a thematic area `related` shows (the detail's too).
RELATED_COUNT = 3


def documents_by_page(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """The downloadable documents of each publication, in their order: one query."""
    rows = (
        PublicationDocument.objects.filter(page_id__in=ids).select_related("document").order_by("page_id", "sort_order")
    )
    by_page: dict[int, list[dict]] = {}
    for row in rows:
        by_page.setdefault(row.page_id, []).append(document_out(row, request))
    return by_page


def _details(ids: list[int], locale, request) -> dict[int, dict]:
    """What each publication's detail adds to its list item, for every item of
    the answer at once, computed once per request whichever expansions ask:
    the pages (one query and their areas), the rendered texts (one cache read),
    related publications (three queries), citing flagships (two), counts (two).
    The typed blocks' images are read per publication that has some."""
    memo = request.__dict__.setdefault("_publication_details", {}) if request is not None else {}
    key = (tuple(ids), locale.pk)
    if key in memo:
        return memo[key]
    pages = list(
        PublicationPage.objects.filter(pk__in=ids)
        .select_related("locale")
        .prefetch_related(
            Prefetch("thematic_area_rows", queryset=PublicationPageThematicArea.objects.select_related("thematic_area"))
        )
    )
    codes = locale_codes()
    related = related_publications_of(pages, locale, RELATED_COUNT)
    citing = PublicationPage.citing_flagships_of(pages)
    counted = getattr(settings, "PUBLICATIONS_PUBLIC_COUNTS", False)
    keys = [page.translation_key for page in pages]
    views, downloads = (view_totals(keys), download_totals(keys)) if counted and keys else ({}, {})
    with translation.override(locale.language_code):
        links = link_resolver(request, locale)
        links.prime([other for group in (*related.values(), *citing.values()) for other in group])
        texts = rendered_pages(pages)
        details = {}
        for page, text in zip(pages, texts, strict=True):
            details[page.pk] = {
                "read_online": absolute_file_links(text["body"], request),
                "read_online_blocks": write_blocks(page, "body", READ_ONLINE_BLOCKS, request),
                "isbn": page.isbn,
                "doi": page.doi,
                "related": [page_link_out(other, locale.pk, codes, links.url(other)) for other in related[page.pk]],
                "citing_flagships": [
                    page_link_out(other, locale.pk, codes, links.url(other)) for other in citing[page.pk]
                ],
                "abbreviations": text.abbreviations,
                "counts": {
                    "views": views.get(page.translation_key, 0),
                    "downloads": downloads.get(page.translation_key, 0),
                }
                if counted
                else None,
            }
    memo[key] = details
    return details


def _field(name: str):
    def build(ids: list[int], locale, request) -> dict:
        return {pk: detail[name] for pk, detail in _details(ids, locale, request).items()}

    build.__name__ = f"{name}_by_page"
    return build


for _expansion in [
    Expansion(
        name="documents",
        schema=list[DocumentOut],
        build=documents_by_page,
        default=[],
        description="the publication's documents, as in its detail (download links through the counting route).",
    ),
    Expansion(
        name="read_online",
        schema=str,
        build=_field("read_online"),
        default="",
        description="the publication's full text as HTML, as in its detail (section headings at the detail's levels).",
    ),
    Expansion(
        name="read_online_blocks",
        schema=list[PublicationBodyBlockOut],
        build=_field("read_online_blocks"),
        default=[],
        description="the full text as typed blocks, as in its detail.",
    ),
    Expansion(
        name="isbn",
        schema=str,
        build=_field("isbn"),
        default="",
        description="the ISBN, as in its detail (empty when none).",
    ),
    Expansion(
        name="doi",
        schema=str,
        build=_field("doi"),
        default="",
        description="the DOI, as in its detail (empty when none).",
    ),
    Expansion(
        name="related",
        schema=list[PageLinkOut],
        build=_field("related"),
        default=[],
        description="up to three newer publications sharing a thematic area, as in its detail.",
    ),
    Expansion(
        name="citing_flagships",
        schema=list[PageLinkOut],
        build=_field("citing_flagships"),
        default=[],
        description="the flagship programmes citing the publication, as in its detail.",
    ),
    Expansion(
        name="abbreviations",
        schema=list[TermOut],
        build=_field("abbreviations"),
        default=[],
        description="the abbreviations the abstract and text use, as in its detail.",
    ),
    Expansion(
        name="counts",
        schema=CountsOut | None,
        build=_field("counts"),
        default=None,
        description="views and downloads where the site publishes them (else null), as in its detail.",
    ),
]:
    register_expansion(["publications"], _expansion)

register_expansion(["publications"], cover_image_expansion(PublicationPage))
