"""What the publication index page adds to its template context, and its feed.
Registered with core's page registries from `PublicationsConfig.ready()`, so
the models never import the listing and feed code built on them."""

from core.pages import register_page_context, register_page_view

from .feeds import PublicationFeed
from .listing import index_context
from .models import PublicationIndexPage


def feed_view(index_page, request):
    return PublicationFeed(index_page)(request)


def register() -> None:
    register_page_context(PublicationIndexPage, index_context)
    register_page_view(PublicationIndexPage, "feed", feed_view)
