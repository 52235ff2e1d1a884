"""Links that keep the visitor in their language.

A French reader who follows a link must land on a French URL: the French
translation where it is live, else the locale's fallback URL, which serves the
default-locale page under the French prefix with a notice
(`PublicPageMixin.route`). Templates, feeds, the sitemap and the API all build
visitor links here, so no link leaves the visitor's locale.
"""

from collections.abc import Iterable

from wagtail.models import Locale, Page

from .delivery import public_pages

# Site roots (the home page in each locale) sit at depth 2 of Wagtail's tree.
_HOME_DEPTH = 2


def _ancestor_paths(page) -> list[str]:
    """Tree paths from the page itself up to its home page, nearest first."""
    step = Page.steplen
    return [page.path[:end] for end in range(len(page.path), step * _HOME_DEPTH - 1, -step)]


def localized_urls(pages: Iterable, locale: Locale, request=None) -> dict[int, str | None]:
    """{page id: the URL a visitor reading in `locale` should follow}.

    Three queries whatever the number of pages (ancestors, view restrictions,
    translations).

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
    pages = [page for page in pages if page is not None]
    result: dict[int, str | None] = {}
    foreign = []
    for page in pages:
        if page.locale_id == locale.pk:
            result[page.pk] = page.get_url(request)
        else:
            foreign.append(page)
    if not foreign:
        return result

    paths = {path for page in foreign for path in _ancestor_paths(page)}
    nodes = {node.path: node for node in Page.objects.filter(path__in=paths).only("path", "slug", "translation_key")}
    keys = {node.translation_key for node in nodes.values()}
    translated = {
        row.translation_key: row
        for row in public_pages()
        .filter(locale=locale, translation_key__in=keys)
        .only("id", "path", "depth", "url_path", "locale_id", "translation_key")
    }
    for page in foreign:
        result[page.pk] = _fallback_url(page, nodes, translated, request)
    return result


def _fallback_url(page, nodes: dict, translated: dict, request) -> str | None:
    slugs: list[str] = []
    for path in _ancestor_paths(page):
        node = nodes.get(path)
        if node is None:
            break
        counterpart = translated.get(node.translation_key)
        if counterpart is not None:
            base = counterpart.get_url(request)
            if base is None:
                break
            return base + "".join(f"{slug}/" for slug in reversed(slugs))
        slugs.append(node.slug)
    return page.get_url(request)


def localized_url(page, locale: Locale, request=None) -> str | None:
    """The URL of `page` for a visitor reading in `locale` (see `localized_urls`)."""
    if page is None:
        return None
    return localized_urls([page], locale, request).get(page.pk)
