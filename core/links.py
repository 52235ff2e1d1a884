"""Links that keep the visitor in their language.

A French reader who follows a link must land on a French URL: the French
translation where it is live, else the locale's fallback URL, which serves the
default-locale page under the French prefix with a notice
(`PublicPageMixin.route`). Templates, feeds, the sitemap and the API all build
visitor links here, so no link leaves the visitor's locale.
"""

import re
from collections.abc import Iterable, Mapping
from urllib.parse import quote

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language_info
from wagtail.coreutils import WAGTAIL_APPEND_SLASH
from wagtail.models import Locale, Page

from .delivery import public_pages

# Site roots (the home page in each locale) sit at depth 2 of Wagtail's tree.
_HOME_DEPTH = 2


def _ancestor_paths(page) -> list[str]:
    """Tree paths from the page itself up to its home page, nearest first."""
    step = Page.steplen
    return [page.path[:end] for end in range(len(page.path), step * _HOME_DEPTH - 1, -step)]


# What Django's `reverse` leaves unescaped in a path, and the shape of the path
# `wagtail_serve` accepts (slugs followed by slashes).
_SAFE_IN_PATH = RFC3986_SUBDELIMS + "/~:@"
_SERVE_PATH = re.compile(r"^(?:[\w\-]+/)*$")


def page_url(page, request=None) -> str | None:
    """`page.get_url(request)`, remembered for the rest of the request.

    A listing asks for the same URLs several times (the item's link, each
    locale's entry of its translations, the fallback prefix shared by siblings);
    Wagtail works each one out from the site's root paths and reverses
    `wagtail_serve` under the page's language. Keyed by id and `url_path`, so a
    draft shown in a preview with another slug is not confused with its live row.
    Pages under the same site root, language and active language share the start
    of their URL, so after Wagtail has answered for the first of them the others
    are that start plus their own path (see `_url_from_prefix`).
    """
    url_path = page.__dict__.get("url_path")
    if request is None or url_path is None:
        return page.get_url(request)
    known = request.__dict__.setdefault("_page_urls", {})
    key = (page.pk, url_path)
    if key not in known:
        known[key] = _url_from_prefix(page, url_path, request)
    return known[key]


def _url_from_prefix(page, url_path: str, request) -> str | None:
    """`page.get_url(request)` without Wagtail's per-page work where it can be
    skipped: Wagtail's answer for a page under one site root, in one language,
    is the same start (`/fr/`, or the site's root URL on a multi-site set-up)
    followed by the page's path below the root, escaped as `reverse` escapes it.
    The start is learnt from Wagtail's own answer for the first such page and
    checked against it; a page type that routes its own URLs, or a path
    `wagtail_serve` would refuse, is always asked of Wagtail."""
    if (
        not WAGTAIL_APPEND_SLASH
        or type(page).get_url_parts is not Page.get_url_parts
        or type(page).get_url is not Page.get_url
    ):
        return page.get_url(request)
    relevant = tuple(root for root in page._get_site_root_paths(request) if url_path.startswith(root.root_path))
    if not relevant:
        return page.get_url(request)
    below_root = url_path[len(relevant[0].root_path) :]
    if not _SERVE_PATH.match(below_root):
        return page.get_url(request)
    prefixes = request.__dict__.setdefault("_page_url_prefixes", {})
    bucket = (relevant, page.locale_id, translation.get_language())
    escaped = quote(below_root, safe=_SAFE_IN_PATH)
    prefix = prefixes.get(bucket)
    if prefix is not None:
        return prefix + escaped
    url = _wagtail_url(page, request)
    if url is not None and url.endswith(escaped):
        prefixes[bucket] = url[: len(url) - len(escaped)]
    return url


def _wagtail_url(page, request) -> str | None:
    """`page.get_url(request)`. With a single site Wagtail answers the path
    whatever site the request is for, so the site lookup it would make first
    (a query per request) is skipped; with several sites it is Wagtail's call."""
    if len({root.site_id for root in page._get_site_root_paths(request)}) != 1:
        return page.get_url(request)
    parts = page.get_url_parts(request=request)
    if parts is None or (parts[1] is None and parts[2] is None):
        return None
    return parts[2]


def localized_urls(pages: Iterable, locale: Locale, request=None) -> dict[int, str | None]:
    """{page id: the URL a visitor reading in `locale` should follow}.

    Two queries whatever the number of pages (ancestors; translations, with view
    restrictions decided in the same SQL).

    Args:
        pages: pages in any locale (specific or not).
        locale: the visitor's locale.
        request: passed to `get_url` so site lookups are cached per request.

    Returns:
        For each page: its URL when it is in `locale`; the URL of its live,
        public translation in `locale` where one exists; otherwise the fallback
        URL under the nearest translated ancestor (the locale's home page at
        worst), followed by the slugs of the untranslated rest. None where the
        page has no URL at all (not routable).
    """
    return localized_urls_by_locale({locale: pages}, request).get(locale.pk, {})


def localized_urls_by_locale(pages_by_locale: Mapping[Locale, Iterable], request=None) -> dict[int, dict]:
    """`localized_urls` for several locales at once: {locale id: {page id: URL}}.

    Two queries whatever the number of pages and of locales (the ancestors of
    every page that is not in its locale; their live translations in all those
    locales), so a listing's `translations` cost the same for six languages as
    for one.
    """
    result: dict[int, dict] = {}
    foreign: dict[int, list] = {}
    for locale, pages in pages_by_locale.items():
        locale_id = locale.pk
        urls = result.setdefault(locale_id, {})
        for page in pages:
            if page is None:
                continue
            if page.locale_id == locale_id:
                urls[page.id] = page_url(page, request)
            else:
                foreign.setdefault(locale_id, []).append(page)
    if not foreign:
        return result

    paths = {path for pages in foreign.values() for page in pages for path in _ancestor_paths(page)}
    # (slug, translation_key) per tree path: plain tuples, since a listing's pages
    # are all among them and building a Page object for each costs more than the query.
    nodes = {
        path: (slug, key)
        for path, slug, key in Page.objects.filter(path__in=paths).values_list("path", "slug", "translation_key")
    }
    keys = {key for _slug, key in nodes.values()}
    translated = {
        (row.locale_id, row.translation_key): row
        for row in public_pages()
        .filter(locale_id__in=list(foreign), translation_key__in=keys)
        .only("id", "path", "depth", "url_path", "locale_id", "translation_key")
    }
    for locale_id, pages in foreign.items():
        urls = result[locale_id]
        for page in pages:
            urls[page.id] = _fallback_url(page, locale_id, nodes, translated, request)
    return result


def _fallback_url(page, locale_id: int, nodes: dict, translated: dict, request) -> str | None:
    slugs: list[str] = []
    for path in _ancestor_paths(page):
        node = nodes.get(path)
        if node is None:
            break
        slug, translation_key = node
        counterpart = translated.get((locale_id, translation_key))
        if counterpart is not None:
            base = page_url(counterpart, request)
            if base is None:
                break
            return base + "".join(f"{slug}/" for slug in reversed(slugs))
        slugs.append(slug)
    return page_url(page, request)


def localized_url(page, locale: Locale, request=None) -> str | None:
    """The URL of `page` for a visitor reading in `locale` (see `localized_urls`)."""
    if page is None:
        return None
    return localized_urls([page], locale, request).get(page.pk)


def visitor_locale() -> Locale:
    """The locale the visitor reads in: the active language (the URL prefix of
    the page or view being served), never the locale of the content shown, which
    differs on fallback pages."""
    return Locale.get_active()


def text_direction(language_code: str) -> str:
    return "rtl" if get_language_info(language_code or settings.LANGUAGE_CODE)["bidi"] else "ltr"


class LinkResolver:
    """Locale-true URLs for one request and one locale, computed in batches.

    Templates call `url(page)` per link; a listing first hands its pages to
    `prime`, so a page of fifty cards costs the two queries of one
    `localized_urls` call instead of three per card.
    """

    def __init__(self, locale: Locale, request=None):
        self.locale = locale
        self.request = request
        self._urls: dict[int, str | None] = {}

    def prime(self, pages: Iterable) -> None:
        missing = [page for page in pages if page is not None and page.pk not in self._urls]
        if missing:
            self._urls.update(localized_urls(missing, self.locale, self.request))

    def url(self, page) -> str | None:
        if page is None:
            return None
        if page.pk not in self._urls:
            self.prime([page])
        return self._urls.get(page.pk)


def link_resolver(request=None, locale: Locale | None = None) -> LinkResolver:
    """The resolver of this request for `locale` (the visitor's by default),
    kept on the request so every template and serializer shares its answers."""
    if request is None:
        return LinkResolver(locale or visitor_locale())
    resolvers = request.__dict__.setdefault("_link_resolvers", {})
    # Keyed by language code, so the visitor's locale is read once per request.
    code = locale.language_code if locale is not None else translation.get_language()
    if code not in resolvers:
        resolvers[code] = LinkResolver(locale or visitor_locale(), request)
    return resolvers[code]


def alternates(page, request=None, path: str | None = None) -> list[dict]:
    """The same page in every site language, for the language switcher and
    hreflang: {code, name, direction, url, full_url, translated}.

    For a page: its live translation where one exists, else the locale's
    fallback URL (the default-locale page with its notice). For a view with no
    page (glossary, search, giving), `path` translated into each language's
    prefix. Languages without a home page are left out (nothing to show there).
    """
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    site_homes = set()
    if request is not None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
        if site is not None:
            site_homes = set(
                public_pages()
                .filter(translation_key=site.root_page.translation_key)
                .values_list("locale__language_code", flat=True)
            )
    translated = set()
    if page is not None and getattr(page, "translation_key", None):
        translated = set(
            public_pages().filter(translation_key=page.translation_key).values_list("locale__language_code", flat=True)
        )
    result = []
    for code, _name in settings.LANGUAGES:
        locale = locales.get(code)
        if locale is None or (site_homes and code not in site_homes):
            continue
        if page is not None and getattr(page, "translation_key", None):
            url = localized_url(page, locale, request)
        elif path is not None:
            url = translate_url(path, code)
        else:
            continue
        if url is None:
            continue
        full_url = request.build_absolute_uri(url) if request is not None else url
        result.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "direction": text_direction(code),
                "url": url,
                "full_url": full_url,
                # A page counts as available in a language when its translation
                # is live there; views with no page exist in every language.
                "translated": code in translated if page is not None else True,
                "current": code == translation.get_language(),
                "is_default": code == settings.LANGUAGE_CODE,
            }
        )
    return result


def localized_urls_for_ids(page_ids: Iterable[int], locale: Locale, request=None) -> dict[int, str | None]:
    """`localized_urls` for pages known by id (search results, stored links):
    one more query to read them."""
    pages = Page.objects.filter(pk__in=set(page_ids)).only(
        "id", "path", "depth", "url_path", "slug", "locale_id", "translation_key"
    )
    return localized_urls(list(pages), locale, request)
