"""An Atom feed of new publications, one per language (it lives under each
language's index page)."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from core.links import localized_urls
from core.rendering import render_text
from publications.selectors import publications_in

FEED_SIZE = 20


class PublicationFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def title(self):
        return self.index_page.title

    def link(self):
        return self.index_page.url

    def subtitle(self):
        return _("New publications")

    def items(self):
        items = list(publications_in(self.index_page.locale)[:FEED_SIZE])
        # Entries not yet translated link to this locale's fallback URL, not to
        # the English page (three queries for the whole feed).
        self.urls = localized_urls(items, self.index_page.locale)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # The abstract, through the same rendering path as the page itself.
        return render_text([("abstract", item.abstract)], item.locale)["abstract"]

    def item_link(self, item):
        return self.urls.get(item.pk) or item.url

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at or timezone.now()

    def item_categories(self, item):
        return [row.thematic_area.name for row in item.thematic_area_rows.all() if row.thematic_area.live]
