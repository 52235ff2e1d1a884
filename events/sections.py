"""The next events and regional group meetings on the home page, through core's page-section registry
(events comes after home in the app order)."""

from core.page_sections import register_page_section

NEXT_COUNT = 3


def next_for_home(page, request) -> dict | None:
    from core.delivery import public_pages
    from core.links import localized_urls

    from .models import EventIndexPage
    from .selectors import next_in_calendar

    # Events and regional group meetings: both are in the calendar.
    cards = next_in_calendar(page.locale, NEXT_COUNT, request)
    if not cards:
        return None
    index = public_pages(EventIndexPage).filter(locale=page.locale).first() or public_pages(EventIndexPage).first()
    calendar_url = localized_urls([index], page.locale, request).get(index.pk) if index else None
    return {"events": cards, "heading_id": "home-events-heading", "calendar_url": calendar_url}


def register() -> None:
    from home.models import HomePage

    register_page_section(HomePage, "next-events", "events/sections/next_events.html", next_for_home, order=40)
