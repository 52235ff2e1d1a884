"""Images for visitors and the API: a page's cover, and its renditions in a few
widths so a browser picks the one it needs (`srcset`/`sizes`).

Every rendition is made by Wagtail (`Image.get_renditions`), in WebP, which
every browser in use today shows; the width and height go on the `<img>` so
the layout does not move while it loads. The shapes are named here once, for
the templates and the API alike.
"""

from dataclasses import dataclass

from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images import get_image_model

from core.models.cover_image import Cover


@dataclass(frozen=True)
class Shape:
    """A family of renditions: `fill` crops to a ratio around the focal point;
    without a ratio the image keeps its own proportions."""

    widths: tuple[int, ...]
    ratio: tuple[int, int] | None = None
    sizes: str = "100vw"

    def spec(self, width: int) -> str:
        if self.ratio is None:
            return f"width-{width}|format-webp"
        height = round(width * self.ratio[1] / self.ratio[0])
        return f"fill-{width}x{height}|format-webp"

    @property
    def specs(self) -> list[str]:
        return [self.spec(width) for width in self.widths]


SHAPES = {
    # Cards sit in a grid of columns at least 16rem wide; a phone gives them the whole width.
    "card": Shape(widths=(320, 480, 640, 960), ratio=(16, 10), sizes="(min-width: 48rem) 22rem, calc(100vw - 2.5rem)"),
    # The organisation's logo in the header (drawn 48 px high; twice that for sharp screens).
    "logo": Shape(widths=(200, 400), sizes="12rem"),
    # The image at the top of a page, at most the reading measure (46rem) wide.
    "lead": Shape(widths=(480, 800, 1200, 1600), sizes="(min-width: 49rem) 46rem, calc(100vw - 2.5rem)"),
}
# What link previews (og:image) and search engines (schema.org) get: one JPEG
# at the size Facebook, LinkedIn and X ask for.
SHARE_SPEC = "fill-1200x630|format-jpeg"


def page_cover(page) -> Cover | None:
    """The cover of any page type that has one (`cover()`), else None."""
    cover = getattr(page, "cover", None)
    return cover() if callable(cover) else None


def renditions(image, shape: str) -> list:
    """The renditions of `shape` for `image`, narrowest first, one per width
    (an image narrower than the widest width yields the same width twice)."""
    found = image.get_renditions(*SHAPES[shape].specs)
    by_width = {}
    for rendition in found.values():
        by_width.setdefault(rendition.width, rendition)
    return [by_width[width] for width in sorted(by_width)]


def srcset(found, absolute=None) -> str:
    absolute = absolute or (lambda url: url)
    return ", ".join(f"{absolute(rendition.url)} {rendition.width}w" for rendition in found)


def default_rendition(found):
    """The `src` for browsers that ignore `srcset`: the one nearest 800 px wide."""
    return min(found, key=lambda rendition: abs(rendition.width - 800))


def img_tag(image, shape: str, alt: str, *, alt_language=None, css_class="", lazy=True, sizes=None):
    """An `<img>` with `srcset`, `sizes`, width and height; lazy below the fold."""
    found = renditions(image, shape)
    src = default_rendition(found)
    if alt_language == translation.get_language():
        alt_language = None
    return format_html(
        '<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{}{}{} decoding="async">',
        src.url,
        srcset(found),
        sizes or SHAPES[shape].sizes,
        src.width,
        src.height,
        alt,
        format_html(' lang="{}"', alt_language) if alt_language and alt else "",
        format_html(' class="{}"', css_class) if css_class else "",
        mark_safe(' loading="lazy"') if lazy else mark_safe(' fetchpriority="high"'),
    )


def images_with_renditions(image_ids, *shapes: str) -> dict:
    """{image id: image} with the renditions of `shapes` prefetched (two queries)."""
    ids = {pk for pk in image_ids if pk}
    if not ids:
        return {}
    specs = [spec for shape in shapes for spec in SHAPES[shape].specs]
    return {image.pk: image for image in get_image_model().objects.filter(pk__in=ids).prefetch_renditions(*specs)}


def prefetch_specs(*shapes: str) -> list[str]:
    return [spec for shape in shapes for spec in SHAPES[shape].specs]


# The columns a card's cover reads (core.models.cover_image.CoverImageMixin), for
# listings that load only what they show (`queryset.only(...)`).
COVER_IMAGE_COLUMNS = ("cover_image", "cover_image_alt", "cover_image_decorative", "cover_image_credit")


def with_cover_renditions(queryset, *shapes: str, field: str = "cover_image"):
    """`queryset` of pages with their cover image and its renditions of `shapes`
    (the card's by default) prefetched: two queries for a whole listing."""
    from django.db.models import Prefetch

    images = get_image_model().objects.prefetch_renditions(*prefetch_specs(*(shapes or ("card",))))
    return queryset.prefetch_related(Prefetch(field, queryset=images))


def share_image_url(page, request) -> str | None:
    """The absolute URL of the page's share image (og:image, schema.org `image`), or None."""
    cover = page_cover(page)
    if cover is None:
        return None
    url = cover.image.get_rendition(SHARE_SPEC).url
    return request.build_absolute_uri(url) if request is not None else url
