"""The latest stories on the flagship page and on the home page, through
core's page-section registry (stories comes after flagships and home)."""

from core.links import visitor_locale
from core.page_sections import register_page_section

LATEST_COUNT = 3


def latest_for_flagship(page, request) -> dict | None:
    from .selectors import stories_for_flagship, story_cards

    # The visitor's locale, not the page's: on /fr/ a flagship not yet in
    # French is the English page, and its stories must still be the French ones.
    locale = visitor_locale()
    cards = story_cards(stories_for_flagship(page, LATEST_COUNT, locale), locale, request)
    return {"stories": cards, "heading_id": "flagship-stories-heading"} if cards else None


def latest_for_home(page, request) -> dict | None:
    from .selectors import latest_stories, story_cards

    locale = visitor_locale()
    cards = story_cards(latest_stories(locale, LATEST_COUNT), locale, request)
    return {"stories": cards, "heading_id": "home-stories-heading"} if cards else None


def register() -> None:
    from flagships.models import FlagshipPage
    from home.models import HomePage

    template = "stories/sections/latest_stories.html"
    register_page_section(FlagshipPage, "latest-stories", template, latest_for_flagship, order=50)
    register_page_section(HomePage, "latest-stories", template, latest_for_home, order=50)
