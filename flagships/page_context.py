"""What the flagship pages add to their template context. Registered with core's
page-context registry from `FlagshipsConfig.ready()`, so the models never import
the selectors built on them."""

from core.pages import register_page_context

from .models import FlagshipIndexPage, FlagshipPage
from .selectors import flagship_cards, flagship_detail_context


def index_page_context(page, request) -> dict:
    return {"flagships": flagship_cards(page)}


def flagship_page_context(page, request) -> dict:
    return flagship_detail_context(page)


def register() -> None:
    register_page_context(FlagshipIndexPage, index_page_context)
    register_page_context(FlagshipPage, flagship_page_context)
