"""What `expand=` embeds in publication listings (core/api_shape.py): each one
reads every item of the answer at once, in a fixed number of queries."""

from django.utils import translation

from core.api_shape import Expansion, register_expansion
from core.rendering import render_many
from core.serializers import absolute_file_links
from publications.models import PublicationDocument, PublicationPage
from publications.schemas import DocumentOut
from publications.serializers import document_out


def documents_by_page(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """The downloadable documents of each publication, in their order: one query."""
    rows = (
        PublicationDocument.objects.filter(page_id__in=ids).select_related("document").order_by("page_id", "sort_order")
    )
    by_page: dict[int, list[dict]] = {}
    for row in rows:
        by_page.setdefault(row.page_id, []).append(document_out(row, request))
    return by_page


def read_online_by_page(ids: list[int], locale, request) -> dict[int, str]:
    """The rendered text of each publication (the detail's `read_online`):
    one query for the pages, one cache read for the text rendered before."""
    pages = list(PublicationPage.objects.filter(pk__in=ids).select_related("locale"))
    with translation.override(locale.language_code):
        rendered = render_many([(page.text_fragments(), page.locale) for page in pages])
    return {page.pk: absolute_file_links(text["body"], request) for page, text in zip(pages, rendered, strict=True)}


register_expansion(
    ["publications"],
    Expansion(
        name="documents",
        schema=list[DocumentOut],
        build=documents_by_page,
        default=[],
        description="the publication's documents, as in its detail (download links through the counting route).",
    ),
)
register_expansion(
    ["publications"],
    Expansion(
        name="read_online",
        schema=str,
        build=read_online_by_page,
        default="",
        description="the publication's full text as HTML, as in its detail.",
    ),
)
