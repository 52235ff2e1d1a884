"""Model → API dictionaries. Shared by every app's API: locales, pages, images."""

import re

from django.db.models import Prefetch
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_info
from wagtail.images import get_image_model
from wagtail.models import Locale

from .api_shape import Expansion
from .delivery import locale_table
from .images import default_rendition, page_cover, prefetch_specs, renditions, srcset
from .page_types import public_type_name
from .schemas import ImageOut


def locale_out(locale: Locale, default_code: str) -> dict:
    code = locale.language_code
    return {
        "code": code,
        "name": get_language_info(code)["name_local"],
        "direction": "rtl" if get_language_info(code)["bidi"] else "ltr",
        "is_default": code == default_code,
    }


def language_code(obj, locale_codes: dict) -> str:
    return locale_codes[obj.locale_id]


def locale_codes() -> dict:
    """{locale id: language code}; the table has six rows, read once per request."""
    return {pk: locale.language_code for pk, locale in locale_table().items()}


def absolute(url: str, request=None) -> str:
    """`url` with the scheme and host the request came in on (media and
    documents must work from any front end's origin); unchanged if already absolute."""
    return request.build_absolute_uri(url) if request is not None and url else url


# Links and images that point at files on this server (counted downloads,
# documents, media): a front end on another origin needs them absolute. Links
# to pages stay paths, which a front end maps onto its own routes.
_FILE_LINK = re.compile(r'(\b(?:href|src)=")(/(?:downloads|documents|media)/)')


def absolute_file_links(html: str, request=None) -> str:
    """Rich text with its file links made absolute for `request`'s host."""
    if request is None or not html:
        return html
    base = request.build_absolute_uri("/").rstrip("/")
    return mark_safe(_FILE_LINK.sub(lambda match: f"{match.group(1)}{base}{match.group(2)}", html))


def focal_point_out(image) -> dict | None:
    """The focal point as fractions of the original (centre x, y, width, height),
    ready for CSS `object-position` whatever rendition a front end picks."""
    if not image.has_focal_point():
        return None
    return {
        "x": round(image.focal_point_x / image.width, 4),
        "y": round(image.focal_point_y / image.height, 4),
        "width": round(image.focal_point_width / image.width, 4),
        "height": round(image.focal_point_height / image.height, 4),
    }


def image_out(image, shape: str = "lead", request=None, *, alt=None, credit: str = "", decorative=False) -> dict | None:
    """An image in the renditions of `shape` (core.images.SHAPES): `url`, `width`
    and `height` of the default one, `srcset` and every rendition, absolute URLs,
    its alternative text (the image's description unless the page says otherwise;
    empty when decorative) and focal point."""
    if image is None:
        return None
    found = renditions(image, shape)
    default = default_rendition(found)
    if alt is None:
        alt = (image.description or "").strip()
    return {
        "url": absolute(default.url, request),
        "width": default.width,
        "height": default.height,
        "alt": "" if decorative else alt,
        "decorative": decorative,
        "credit": credit,
        "srcset": srcset(found, lambda url: absolute(url, request)),
        "renditions": [
            {"url": absolute(rendition.url, request), "width": rendition.width, "height": rendition.height}
            for rendition in found
        ],
        "focal_point": focal_point_out(image),
    }


def cover_out(page, request=None, shape: str = "card") -> dict | None:
    """The cover of `page` (see core.images.page_cover) with what the page says about it."""
    cover = page_cover(page)
    if cover is None:
        return None
    return image_out(cover.image, shape, request, alt=cover.alt, credit=cover.credit, decorative=cover.decorative)


def page_type(page) -> str:
    """The page's public type name ("publication"; see core.page_types)."""
    return public_type_name(page)


def page_link_out(page, requested_locale_id: int, codes: dict, url: str | None = None) -> dict:
    """A link to `page`; `url` is the locale-true one (core.links) where the
    caller resolved it."""
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "url": url if url is not None else page.get_url(),
        "locale": codes[page.locale_id],
        "translated": page.locale_id == requested_locale_id,
    }


def detail_covers(model, ids: list[int], locale, request) -> dict[int, dict | None]:
    """{page id: its cover as a detail shows it} for pages of `model`: the
    original proportions at page widths (480–1600 px) instead of a card's 16:10
    crops, in two queries (images, renditions) whatever the number of pages.
    The `cover_image` expansion of listings whose details show it so."""
    images = get_image_model().objects.prefetch_renditions(*prefetch_specs("lead"))
    pages = (
        model.objects.filter(pk__in=ids).defer_streamfields().prefetch_related(Prefetch("cover_image", queryset=images))
    )
    with translation.override(locale.language_code):
        return {page.pk: cover_out(page, request, "lead") for page in pages}


def cover_image_expansion(model) -> Expansion:
    """`expand=cover_image` for a listing of `model` whose detail shows its cover
    at page widths: the listed item's cover then equals the detail's."""
    return Expansion(
        name="cover_image",
        schema=ImageOut | None,
        build=lambda ids, locale, request: detail_covers(model, ids, locale, request),
        default=None,
        description="the cover in the detail's renditions (original proportions, 480–1600 px) "
        "instead of the card's 16:10 crops.",
    )
