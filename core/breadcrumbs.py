"""Where a page sits: the trail from the home page to it, in the visitor's
language, for the reference pages (a `<nav>`) and search engines
(schema.org `BreadcrumbList`).

Every link is locale-true (core.links): a French reader of an English stand-in
follows French URLs, and each step is titled in French where translated.
"""

from dataclasses import dataclass

from django.utils.translation import gettext

from .delivery import public_pages
from .links import link_resolver, visitor_locale

# Site roots (the home page in each locale) sit at depth 2 of Wagtail's tree.
HOME_DEPTH = 2


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str | None
    language: str  # the title's language
    current: bool = False


def breadcrumbs(page, request=None) -> list[Crumb]:
    """The trail of `page` (home first, the page itself last), or [] for a home
    page or a page outside the tree of sites. Three queries; kept on the request."""
    if page is None or not getattr(page, "path", None) or page.depth <= HOME_DEPTH:
        return []
    cache = request.__dict__.setdefault("_breadcrumbs", {}) if request is not None else {}
    if page.pk in cache:
        return cache[page.pk]
    locale = visitor_locale()
    ancestors = list(
        public_pages().ancestor_of(page).filter(depth__gte=HOME_DEPTH).select_related("locale").order_by("depth")
    )
    translated = {
        row.translation_key: row
        for row in public_pages()
        .filter(locale=locale, translation_key__in=[ancestor.translation_key for ancestor in ancestors])
        .select_related("locale")
    }
    links = link_resolver(request, locale)
    links.prime(ancestors)
    trail = []
    for ancestor in ancestors:
        shown = translated.get(ancestor.translation_key, ancestor)
        if ancestor.depth == HOME_DEPTH:
            trail.append(Crumb(gettext("Home"), links.url(ancestor), locale.language_code))
        else:
            trail.append(Crumb(shown.title, links.url(ancestor), shown.locale.language_code))
    trail.append(Crumb(page.title, None, page.locale.language_code, current=True))
    cache[page.pk] = trail
    return trail


def breadcrumb_list(trail: list[Crumb], page_url: str, absolute) -> dict | None:
    """schema.org BreadcrumbList of `trail`; `absolute(url)` makes URLs absolute."""
    steps = [(crumb.title, page_url if crumb.current else crumb.url) for crumb in trail]
    steps = [(title, url) for title, url in steps if url]
    if not steps:
        return None
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": title, "item": absolute(url)}
            for position, (title, url) in enumerate(steps, start=1)
        ],
    }
