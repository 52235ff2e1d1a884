"""What `expand=` embeds in flagship listings and details (core/api_shape.py):
each one reads every item of the answer at once, in a fixed number of queries."""

from django.utils import translation

from core.api_shape import Expansion, register_expansion
from core.rendering import render_many
from core.serializers import absolute_file_links, locale_codes
from publications.schemas import PublicationListItemOut
from publications.selectors import publications_in
from publications.serializers import publication_items

from .models import FlagshipPage
from .models.rows import FlagshipPublication


def publications_by_flagship(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """The publications each flagship cites, as publication list items in the
    requested locale (its translation, else the default locale's copy with
    `translated: false`), public ones only: the same queries for any number of
    flagships."""
    cited = list(
        FlagshipPublication.objects.filter(page_id__in=ids)
        .order_by("page_id", "sort_order", "pk")
        .values_list("page_id", "publication__translation_key")
    )
    pages = {
        page.translation_key: page for page in publications_in(locale).filter(translation_key__in={k for _, k in cited})
    }
    with translation.override(locale.language_code):
        items = {item["id"]: item for item in publication_items(list(pages.values()), locale_codes(), request)}
    by_flagship: dict[int, list[dict]] = {}
    for flagship_id, key in cited:
        page = pages.get(key)
        if page is not None:
            by_flagship.setdefault(flagship_id, []).append(items[page.pk])
    return by_flagship


def body_by_flagship(ids: list[int], locale, request) -> dict[int, str]:
    """The rendered body of each flagship (the detail's `body`)."""
    pages = list(FlagshipPage.objects.filter(pk__in=ids).select_related("locale"))
    with translation.override(locale.language_code):
        rendered = render_many([(page.text_fragments(), page.locale) for page in pages])
    return {page.pk: absolute_file_links(text["body"], request) for page, text in zip(pages, rendered, strict=True)}


register_expansion(
    ["flagships", "flagship"],
    Expansion(
        name="publications",
        schema=list[PublicationListItemOut],
        build=publications_by_flagship,
        default=[],
        description="the publications the programme cites, as publication list items in the requested locale.",
    ),
)
register_expansion(
    ["flagships"],
    Expansion(
        name="body",
        schema=str,
        build=body_by_flagship,
        default="",
        description="the programme's full description as HTML, as in its detail.",
    ),
)
