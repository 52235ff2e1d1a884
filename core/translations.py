"""Every locale's version of a page, for language switchers and `hreflang`,
computed for a whole list of pages at once.

Each page item in the API carries `translation_key` and `translations`: one entry
per site locale in which something answers for the page, saying whether it is a
real translation (`translated: true`, the only ones for `hreflang`) or the
default-locale page standing in (served under that locale's URL, with a notice).
"""

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Locale

from .delivery import public_pages
from .links import localized_urls


def ordered_locales() -> list[Locale]:
    """The site's locales in the order of WAGTAIL_CONTENT_LANGUAGES (one query)."""
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return sorted(
        Locale.objects.all(),
        key=lambda locale: order.index(locale.language_code) if locale.language_code in order else len(order),
    )


def api_url_for(page, locale_code: str) -> str | None:
    """The detail endpoint answering for `page` in `locale_code`, without loading
    the specific page (the route and its arguments are the class's)."""
    model = getattr(page, "specific_class", None) or type(page)
    route = getattr(model, "api_detail_route", None)
    if not route:
        return None
    path = reverse(f"api-1.0.0:{route}", kwargs=model.api_detail_kwargs(page))
    return f"{path}?{urlencode({'locale': locale_code})}"


def translations_for(pages: Iterable, request=None, locales: list[Locale] | None = None) -> dict:
    """{translation_key: [{locale, id, url, api_url, translated}, ...]} for `pages`.

    Two queries, plus three for each locale in which some page is not translated
    (the locale-true fallback URLs), whatever the number of pages.
    """
    keys = {page.translation_key for page in pages if page is not None}
    if not keys:
        return {}
    locales = locales or ordered_locales()
    default = next((locale for locale in locales if locale.language_code == settings.LANGUAGE_CODE), locales[0])
    copies: dict = defaultdict(dict)
    rows = (
        public_pages()
        .filter(translation_key__in=keys)
        .only("id", "translation_key", "locale_id", "url_path", "path", "depth", "slug", "content_type_id")
    )
    for row in rows:
        copies[row.translation_key][row.locale_id] = row
    fallback_urls: dict = {}
    for locale in locales:
        stand_ins = [
            by_locale[default.pk]
            for by_locale in copies.values()
            if locale.pk not in by_locale and default.pk in by_locale
        ]
        if stand_ins:
            fallback_urls[locale.pk] = localized_urls(stand_ins, locale, request)
    result = {}
    for key in keys:
        entries = []
        for locale in locales:
            row = copies[key].get(locale.pk)
            translated = row is not None
            if row is None:
                row = copies[key].get(default.pk)
                if row is None:
                    continue
                url = fallback_urls.get(locale.pk, {}).get(row.pk)
            else:
                url = row.get_url(request)
            entries.append(
                {
                    "locale": locale.language_code,
                    "id": row.pk,
                    "url": url,
                    "api_url": api_url_for(row, locale.language_code),
                    "translated": translated,
                }
            )
        result[key] = entries
    return result


def add_translations(items: list[dict], pages: list, request=None) -> list[dict]:
    """Add `translation_key` and `translations` to each item (built from the page
    at the same position), in one batch."""
    table = translations_for(pages, request)
    for item, page in zip(items, pages, strict=True):
        item["translation_key"] = str(page.translation_key)
        item["translations"] = table.get(page.translation_key, [])
    return items
