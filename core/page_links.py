"""Page links in rich text: only to what the public may see, in the reader's locale.

Wagtail's own page link handler links any page, draft or private, by its URL
(which gives away its slug) and sends a French reader to the English page when
the French copy is missing. Here a link to a page the public may not see
(draft, private, expired) keeps its text and loses its `href`, as Wagtail
renders a link to a deleted page; a link to a public page takes the URL a
reader of the active locale should follow (`core.links.localized_urls`: the
translation, else the locale's fallback URL). Registered for the "page" link
type by core/wagtail_hooks.py.
"""

from django.utils import translation
from django.utils.html import escape
from wagtail.models import Locale
from wagtail.rich_text.pages import PageLinkHandler

from .delivery import locale_table, public_pages
from .links import localized_urls
from .rich_text_links import BatchedLinkHandler, link_id


def _active_locale() -> Locale:
    """The locale of the active language, from the request's locale table."""
    code = translation.get_language()
    return next((locale for locale in locale_table().values() if locale.language_code == code), None) or (
        Locale.get_active()
    )


class PublicPageLinkHandler(BatchedLinkHandler, PageLinkHandler):
    """Page links to live, public pages only, at the URL for the active locale."""

    @classmethod
    def expand_batch(cls, attrs_list: list[dict]) -> list[str]:
        ids = {link_id(attrs) for attrs in attrs_list} - {None}
        pages = list(public_pages().filter(pk__in=ids).defer_streamfields()) if ids else []
        urls = localized_urls(pages, _active_locale()) if pages else {}
        tags = []
        for attrs in attrs_list:
            url = urls.get(link_id(attrs))
            tags.append(f'<a href="{escape(url)}">' if url else "<a>")
        return tags
