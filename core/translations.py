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
from wagtail.models import Locale, Page

from .delivery import locale_table, public_pages
from .links import localized_urls_by_locale, page_url


def ordered_locales() -> list[Locale]:
    """The site's locales in the order of WAGTAIL_CONTENT_LANGUAGES (the
    request's locale table: one query per request)."""
    order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return sorted(
        locale_table().values(),
        key=lambda locale: order.index(locale.language_code) if locale.language_code in order else len(order),
    )


# A page id no database holds, reversed once per route and request; every other
# page's path is that one with its own id in place (see `api_path_for`).
_ID_STAND_IN = 9_876_543_210_123


def api_path_for(page, request=None) -> str | None:
    """The path of the detail endpoint for `page`, without loading the specific
    page (the route and its arguments are the class's).

    With a request, a route whose only argument is the page id is reversed once
    for the whole request: a listing asks for one path per item and per copy.
    """
    model = getattr(page, "specific_class", None) or type(page)
    route = getattr(model, "api_detail_route", None)
    if not route:
        return None
    kwargs = model.api_detail_kwargs(page)
    if request is None or list(kwargs) != ["page_id"]:
        return reverse(f"api-1.0.0:{route}", kwargs=kwargs)
    templates = request.__dict__.setdefault("_api_path_templates", {})
    if route not in templates:
        stand_in = reverse(f"api-1.0.0:{route}", kwargs={"page_id": _ID_STAND_IN})
        head, found, tail = stand_in.partition(str(_ID_STAND_IN))
        templates[route] = (head, tail) if found and str(_ID_STAND_IN) not in tail else None
    template = templates[route]
    if template is None:
        return reverse(f"api-1.0.0:{route}", kwargs=kwargs)
    return f"{template[0]}{kwargs['page_id']}{template[1]}"


def api_url_for(page, locale_code: str, request=None) -> str | None:
    """The detail endpoint answering for `page` in `locale_code`."""
    path = api_path_for(page, request)
    return None if path is None else _with_locale(path, locale_code)


def _with_locale(path: str | None, locale_code: str) -> str | None:
    return None if path is None else f"{path}{_locale_query(locale_code)}"


_locale_queries: dict[str, str] = {}


def _locale_query(locale_code: str) -> str:
    """`?locale=<code>`, encoded once per code."""
    query = _locale_queries.get(locale_code)
    if query is None:
        query = _locale_queries[locale_code] = f"?{urlencode({'locale': locale_code})}"
    return query


_COPY_FIELDS = ("id", "translation_key", "locale_id", "url_path", "path", "depth", "slug", "content_type_id")


def _live_copies(keys: set, pages: list) -> list:
    """The live, public copies of `keys` in every locale, in one query. A copy that
    is one of `pages` as stored (same `url_path`) is that page, not a second
    object: a listing's own pages make up most copies, and building a page object
    costs more than its query row."""
    given = {page.pk: page for page in pages if "url_path" in page.__dict__}
    queryset = public_pages().filter(translation_key__in=keys)
    attnames = [field.attname for field in Page._meta.concrete_fields]
    found = []
    for values in queryset.values_list(*_COPY_FIELDS):
        row = dict(zip(_COPY_FIELDS, values, strict=True))
        page = given.get(row["id"])
        if page is None or page.url_path != row["url_path"] or page.locale_id != row["locale_id"]:
            # As `.only(*_COPY_FIELDS)` would build it.
            page = Page.from_db(
                queryset.db, [name for name in attnames if name in row], [row[name] for name in attnames if name in row]
            )
        found.append(page)
    return found


def translations_for(pages: Iterable, request=None, locales: list[Locale] | None = None) -> dict:
    """{translation_key: [{locale, id, url, api_url, translated}, ...]} for `pages`.

    One query, plus two when some page is not translated in some locale (the
    locale-true fallback URLs of every locale at once), whatever the number of
    pages and locales.
    """
    return _translations(pages, request, locales)[0]


def _translations(pages: Iterable, request, locales: list[Locale] | None) -> tuple[dict, dict]:
    """(`translations_for`'s table, {translation_key: {locale id: live public copy}})."""
    pages = [page for page in pages if page is not None]
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}, {}
    locales = locales or ordered_locales()
    default = next((locale for locale in locales if locale.language_code == settings.LANGUAGE_CODE), locales[0])
    copies: dict = defaultdict(dict)
    for row in _live_copies(keys, pages):
        copies[row.translation_key][row.locale_id] = row
    # Locale ids and codes read once: the loops below run pages × locales times.
    columns = [(locale, locale.pk, locale.language_code) for locale in locales]
    default_id = default.pk
    stand_ins = {
        locale: [
            by_locale[default_id]
            for by_locale in copies.values()
            if locale_id not in by_locale and default_id in by_locale
        ]
        for locale, locale_id, _code in columns
    }
    fallback_urls = localized_urls_by_locale({locale: pages for locale, pages in stand_ins.items() if pages}, request)
    # Each row's endpoint is reversed once, not once per locale that shows it.
    api_paths: dict = {}
    result = {}
    for key in keys:
        by_locale = copies[key]
        entries = []
        for _locale, locale_id, code in columns:
            row = by_locale.get(locale_id)
            translated = row is not None
            if row is None:
                row = by_locale.get(default_id)
                if row is None:
                    continue
                url = fallback_urls.get(locale_id, {}).get(row.id)
            else:
                url = page_url(row, request)
            row_id = row.id
            if row_id not in api_paths:
                api_paths[row_id] = api_path_for(row, request)
            entries.append(
                {
                    "locale": code,
                    "id": row_id,
                    "url": url,
                    "api_url": _with_locale(api_paths[row_id], code),
                    "translated": translated,
                }
            )
        result[key] = entries
    return result, copies


def add_translations(items: list[dict], pages: list, request=None, *, published_in: bool = False) -> list[dict]:
    """Add `translation_key` and `translations` to each item (built from the page
    at the same position), in one batch.

    With `published_in`, also `locales`: the codes of the locales the page is
    live and public in, in code order (`core.delivery.locales_by_translation_key`),
    read from the same copies as the translations rather than in a query of their own.
    """
    table, copies = _translations(pages, request, None)
    codes = {locale.pk: locale.language_code for locale in locale_table().values()} if published_in else {}
    for item, page in zip(items, pages, strict=True):
        item["translation_key"] = str(page.translation_key)
        item["translations"] = table.get(page.translation_key, [])
        if published_in:
            item["locales"] = sorted(codes[locale_id] for locale_id in copies.get(page.translation_key, {}))
    return items
