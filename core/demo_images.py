"""Cover images for the demo content, drawn with Pillow when the demo loads (no
image file ships with the repository): an abstract city skyline on a gradient
in a colour of the page's thematic area, one image per page shared by its
translations, with alternative text and a credit in each page's language.

Run by `load_demo_content` after every app's demo, so it covers whatever page
types have a cover (core.models.cover_image.CoverImageMixin) without knowing
them. Idempotent: a page that has a cover keeps it.
"""

import hashlib
import io
import random

from django.apps import apps
from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _noop
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

from core.demo_support import publish, sync_translations
from core.models.cover_image import CoverImageMixin

WIDTH, HEIGHT = 1600, 1000
# Deep, calm colours that take white and pale skylines well.
PALETTE = [
    (11, 92, 173),  # UN blue
    (0, 110, 105),  # teal
    (156, 83, 33),  # terracotta
    (86, 104, 40),  # olive
    (97, 54, 120),  # plum
    (170, 120, 20),  # ochre
    (35, 70, 110),  # slate
    (150, 45, 60),  # claret
]
ALT_TEXT = _noop("Abstract illustration: a city skyline under a low sun, drawn in the colour of the page's theme.")
CREDIT = _noop("Generated illustration for the demo, free to reuse")


def load(log) -> None:
    models = [model for model in apps.get_models() if issubclass(model, CoverImageMixin)]
    images = created = 0
    for model in models:
        sources = model.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE, cover_image__isnull=True)
        for source in sources.order_by("path"):
            image = draw_cover(source.title, _seed(source), _area_slug(source))
            images += 1
            _give_cover(source, image)
            # Translations take the cover through wagtail-localize (the image is
            # synchronised, its alternative text and credit are segments), so they
            # stay up to date with their source in the Translations report.
            created += 1 + sync_translations(source, _cover_texts)
            for copy in model.objects.filter(translation_key=source.translation_key, cover_image__isnull=True):
                _give_cover(copy, image)
                created += 1
    log(f"cover images: {images} drawn, {created} pages given one")


def _seed(page) -> str:
    return str(page.translation_key)


def _area_slug(page) -> str:
    """The slug of the page's first thematic area, whatever the page type calls it."""
    area = getattr(page, "thematic_area", None)
    if area is not None:
        return area.slug
    for relation in ("thematic_area_rows", "thematic_areas"):
        rows = getattr(page, relation, None)
        if rows is not None:
            row = rows.select_related("thematic_area").first()
            if row is not None:
                return row.thematic_area.slug
    return ""


def _cover_texts(language_code: str) -> dict[str, str]:
    """{English text: translation} of the cover's alternative text and credit."""
    with translation.override(language_code):
        return {ALT_TEXT: gettext(ALT_TEXT), CREDIT: gettext(CREDIT)}


def _give_cover(page, image) -> None:
    language = page.locale.language_code
    with translation.override(language):
        page.cover_image = image
        page.cover_image_alt = gettext(ALT_TEXT)
        page.cover_image_credit = gettext(CREDIT)
    publish(page)


def draw_cover(title: str, seed: str, area_slug: str = ""):
    """A new image in the library: gradient sky, a low sun, a skyline of towers
    with lit windows; the colour follows the thematic area, the shapes the page."""
    colour = PALETTE[int(hashlib.sha256(area_slug.encode()).hexdigest(), 16) % len(PALETTE)] if area_slug else None
    rng = random.Random(seed)
    colour = colour or rng.choice(PALETTE)
    picture = _gradient(colour)
    _sun(picture, rng)
    _skyline(picture, colour, rng)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=88, optimize=True)
    image = get_image_model()(title=title[:255], description=ALT_TEXT)
    image.file = ImageFile(buffer, name=f"cover-{seed[:8]}.jpg")
    image.save()
    return image


def _mix(colour, other, share: float):
    return tuple(round(a + (b - a) * share) for a, b in zip(colour, other, strict=True))


def _gradient(colour) -> PillowImage.Image:
    """From a pale tint of the colour at the top to the colour itself at the horizon."""
    top, bottom = _mix(colour, (255, 255, 255), 0.78), _mix(colour, (255, 255, 255), 0.25)
    column = PillowImage.new("RGB", (1, HEIGHT))
    for y in range(HEIGHT):
        column.putpixel((0, y), _mix(top, bottom, y / (HEIGHT - 1)))
    return column.resize((WIDTH, HEIGHT))


def _sun(picture, rng) -> None:
    glow = PillowImage.new("RGBA", picture.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(glow)
    x, y, radius = rng.randint(250, WIDTH - 250), rng.randint(220, 420), rng.randint(110, 170)
    for ring, alpha in ((2.2, 40), (1.5, 70), (1.0, 230)):
        r = radius * ring
        draw.ellipse([x - r, y - r, x + r, y + r], fill=(255, 244, 214, alpha))
    picture.paste(glow.filter(ImageFilter.GaussianBlur(18)), (0, 0), glow.filter(ImageFilter.GaussianBlur(18)))


def _skyline(picture, colour, rng) -> None:
    draw = ImageDraw.Draw(picture)
    for depth, share in ((0, 0.35), (1, 0.6), (2, 0.85)):
        shade = _mix(colour, (10, 20, 35), share)
        x = -rng.randint(0, 60)
        while x < WIDTH:
            width = rng.randint(70, 170)
            height = rng.randint(180, 420) - depth * 60
            top = HEIGHT - height
            draw.rectangle([x, top, x + width, HEIGHT], fill=shade)
            if depth == 2:
                _windows(draw, x, top, width, colour, rng)
            x += width + rng.randint(0, 18)


def _windows(draw, left, top, width, colour, rng) -> None:
    lit = _mix(colour, (255, 236, 179), 0.8)
    for y in range(top + 24, HEIGHT - 30, 38):
        for x in range(left + 16, left + width - 20, 30):
            if rng.random() < 0.35:
                draw.rectangle([x, y, x + 12, y + 18], fill=lit)
