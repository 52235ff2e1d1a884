"""What `expand=` embeds in flagship listings and details (core/api_shape.py):
each one reads every item of the answer at once, in a fixed number of queries.
With every expansion a listed flagship carries what its detail carries (and the
detail asked with `publications`), so a front end fetches no detail
(tests/headless/test_expand_sections.py)."""

from django.utils import translation

from core.api_shape import Expansion, register_expansion
from core.links import link_resolver
from core.pages import rendered_pages
from core.schemas import TermOut
from core.serializers import cover_image_expansion, locale_codes
from publications.schemas import PublicationListItemOut
from publications.selectors import publications_in
from publications.serializers import publication_items

from .models import FlagshipPage
from .models.rows import FlagshipPublication
from .schemas import BodyBlockOut, FinancialFigureOut, PartnerOut, PublicationLinkOut, UpdateOut
from .selectors import DETAIL_PREFETCH, detail_rows, related_publications_of
from .serializers import detail_additions


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


def _details(ids: list[int], locale, request) -> dict[int, dict]:
    """What each flagship's detail adds to its summary, for every item of the
    answer at once, computed once per request whichever expansions ask: the pages
    and their rows (one query each), the rendered texts (one cache read), the
    cited publications (one query per language and one for what is public). The
    typed blocks' images and embeds are read per flagship that has some."""
    memo = request.__dict__.setdefault("_flagship_details", {}) if request is not None else {}
    key = (tuple(ids), locale.pk)
    if key in memo:
        return memo[key]
    pages = list(FlagshipPage.objects.filter(pk__in=ids).select_related("locale").prefetch_related(*DETAIL_PREFETCH))
    publications = related_publications_of(pages)
    codes = locale_codes()
    with translation.override(locale.language_code):
        links = link_resolver(request, locale)
        links.prime([publication for items in publications.values() for publication in items])
        memo[key] = {
            page.pk: detail_additions(
                page, rendered, detail_rows(page), publications[page.pk], links, locale, codes, request
            )
            for page, rendered in zip(pages, rendered_pages(pages), strict=True)
        }
    return memo[key]


def _field(name: str):
    def build(ids: list[int], locale, request) -> dict:
        return {pk: detail[name] for pk, detail in _details(ids, locale, request).items()}

    build.__name__ = f"{name}_by_flagship"
    return build


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
for _name, _schema, _default, _description in [
    ("body", str, "", "the programme's full description as HTML, as in its detail."),
    ("body_blocks", list[BodyBlockOut], [], "the description as typed blocks, as in its detail."),
    ("partners", list[PartnerOut], [], "the programme's partners, as in its detail."),
    ("updates", list[UpdateOut], [], "every update, newest first, as in its detail."),
    ("financial_information", list[FinancialFigureOut], [], "the financial figures, as in its detail."),
    ("related_publications", list[PublicationLinkOut], [], "links to the cited publications, as in its detail."),
    ("abbreviations", list[TermOut], [], "the abbreviations the summary and body use, as in its detail."),
]:
    register_expansion(
        ["flagships"],
        Expansion(name=_name, schema=_schema, build=_field(_name), default=_default, description=_description),
    )

register_expansion(["flagships"], cover_image_expansion(FlagshipPage))
