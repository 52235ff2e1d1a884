"""Model → API dictionaries. Shared by every app's API: locales, pages, images."""

from django.utils.translation import get_language_info
from wagtail.models import Locale

from .delivery import locale_table
from .page_types import public_type_name


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


def image_out(image, spec: str = "max-1200x800") -> dict | None:
    if image is None:
        return None
    rendition = image.get_rendition(spec)
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(rendition, "alt", "") or image.default_alt_text or "",
    }


def page_type(page) -> str:
    """The page's public type name ("publication"; see core.page_types)."""
    return public_type_name(page)


def page_link_out(page, requested_locale_id: int, codes: dict) -> dict:
    return {
        "id": page.pk,
        "type": page_type(page),
        "title": page.title,
        "url": page.get_url(),
        "locale": codes[page.locale_id],
        "translated": page.locale_id == requested_locale_id,
    }
