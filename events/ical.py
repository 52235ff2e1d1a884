"""Subscribable calendars (iCalendar, RFC 5545) built with `icalendar`.

Why not django-ical: it drops SEQUENCE and writes no VTIMEZONE, so subscribed
calendars would neither update changed events nor place them at the right time.
Here each event has a UID that never changes (its translation key and the
feed's language), a SEQUENCE kept outside the page's revisions
(calendar_sequences.py), its time zone (VTIMEZONE blocks come from
`Calendar.add_missing_timezones()`), and STATUS:CANCELLED when cancelled, so
calendars that already hold it mark it cancelled instead of keeping a ghost.
"""

import html
from datetime import timedelta
from urllib.parse import urlsplit

from django.utils import formats, timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from core.geography import time_zone_name

from .calendar_sequences import sequences_for
from .models import EventStatus

PRODID = "-//Outreach CMS//Events calendar//EN"
ICAL_STATUS = {
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
CONTENT_TYPE = "text/calendar; charset=utf-8"


def event_uid(page, language_code: str, domain: str, kind: str = "event") -> str:
    return f"{kind}-{page.translation_key}-{language_code}@{domain}"


def _status(page) -> str:
    # A meeting has no status of its own: it is announced once it is published.
    return getattr(page, "status", "") or EventStatus.CONFIRMED


def _description(card, absolute_url: str) -> str:
    # The summary comes rendered as HTML (escaped, glossary <abbr>s); iCalendar is
    # plain text, so tags go and entities are decoded: "l'appui", not "l&#x27;appui".
    lines = [html.unescape(strip_tags(card.summary)).strip()]
    page = card.page
    if card.kind == "meeting" and card.accepts_questions:
        deadline = card.deadline
        lines.append(
            _("Questions may be sent until %(date)s (%(zone)s).")
            % {
                "date": formats.date_format(deadline, "DATETIME_FORMAT"),
                "zone": time_zone_name(page.time_zone, deadline, get_language()),
            }
        )
    if _status(page) == EventStatus.POSTPONED and page.original_start_date:
        lines.append(_("Postponed; first announced for %(date)s.") % {"date": page.original_start_date.isoformat()})
    if getattr(page, "online_url", ""):
        lines.append(_("Online: %(url)s") % {"url": page.online_url})
    if getattr(page, "registration_url", ""):
        lines.append(_("Registration: %(url)s") % {"url": page.registration_url})
    if absolute_url:
        lines.append(absolute_url)
    return "\n\n".join(line for line in lines if line)


def build_calendar(cards, language_code: str, base_url: str, name: str) -> bytes:
    """The calendar of `cards` (selectors.event_cards and meeting_cards), links made absolute on `base_url`."""
    domain = urlsplit(base_url).hostname or "localhost"
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    sequences = sequences_for({card.page.translation_key for card in cards})
    now = timezone.now()
    first = last = None
    for card in cards:
        page = card.page
        if card.start is None:
            continue
        url = base_url.rstrip("/") + card.url if card.url and card.url.startswith("/") else (card.url or "")
        event = Event()
        event.add("uid", event_uid(page, language_code, domain, card.kind))
        event.add("dtstamp", page.last_published_at or now)
        if page.last_published_at:
            event.add("last-modified", page.last_published_at)
        event.add("sequence", sequences.get(page.translation_key, 0))
        event.add("summary", page.title)
        if getattr(page, "all_day", False):
            event.add("dtstart", card.start.date())
            event.add("dtend", card.end.date())
        else:
            event.add("dtstart", card.start)
            event.add("dtend", card.end if card.end and card.end > card.start else card.start + timedelta(hours=1))
        event.add("status", ICAL_STATUS[EventStatus(_status(page))])
        event.add("description", _description(card, url))
        location = page.venue or getattr(page, "online_url", "")
        if location:
            event.add("location", location)
        if url:
            event.add("url", url)
        if card.areas:
            event.add("categories", [area.name for area in card.areas])
        calendar.add_component(event)
        first = min(first, card.start.date()) if first else card.start.date()
        last = max(last, card.end.date()) if last else card.end.date()
    if first is not None:
        # Only the transitions around the events: the default (1970-2038) would
        # write every rule of each zone's history into every feed.
        calendar.add_missing_timezones(first_date=first - timedelta(days=366), last_date=last + timedelta(days=366))
    return calendar.to_ical()
