"""A Member State representative reaches a regional group meeting, and its
question form, by following the site's links: the meeting is in the calendar's
list and month views (also filtered for Member States), in the .ics feed and
among the home page's next events, in every language (found by the user test:
meetings were reachable only through search and the sitemap)."""

from datetime import timedelta
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Page

from tests.factories.events import MeetingPageFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "fr", "ar", "zh-hans"]


def soon(days: int):
    return timezone.localdate() + timedelta(days=days)


@pytest.fixture
def calendar_site(home, event_index, make_event, locales, translate):
    for code in LANGUAGES[1:]:
        translate(home, locales[code], {})
        translate(Page.objects.get(pk=event_index.pk).specific, locales[code], {})
    make_event(title="Housing forum", start_date=soon(20))
    meeting = MeetingPageFactory(
        parent=event_index,
        title="Committee of Permanent Representatives: open-ended meeting",
        slug="cpr-open-ended-meeting",
        group="cpr",
        date=soon(30),
        question_deadline_date=soon(23),
    )
    return meeting


def _get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def _link_to(soup, base, slug):
    for anchor in soup.find_all("a", href=True):
        if slug in anchor["href"]:
            return urljoin(base, anchor["href"])
    return None


def _prefix(code):
    return "/" if code == "en" else f"/{code}/"


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_representative_follows_links_from_home_to_the_question_form(client, calendar_site, code):
    home_url = _prefix(code)
    home = _get(client, home_url)
    events_url = _link_to(home, home_url, "/events/")
    assert events_url == f"{home_url}events/"
    # The home page's next events list the meeting.
    meeting_from_home = _link_to(home, home_url, "cpr-open-ended-meeting")
    assert meeting_from_home == f"{home_url}events/cpr-open-ended-meeting/"

    listing = _get(client, events_url)
    assert _link_to(listing, events_url, "cpr-open-ended-meeting") == meeting_from_home
    for query in ("?view=list", "?audience=member-states"):
        soup = _get(client, events_url + query)
        assert _link_to(soup, events_url, "cpr-open-ended-meeting") == meeting_from_home, query
    month = soon(30).strftime("%Y-%m")
    grid = _get(client, f"{events_url}?view=month&month={month}")
    assert _link_to(grid.find("table", class_="month-grid"), events_url, "cpr-open-ended-meeting") == meeting_from_home
    # For the public only: no meeting (they are for Member States).
    public = _get(client, events_url + "?audience=public")
    assert _link_to(public, events_url, "cpr-open-ended-meeting") is None

    meeting_page = _get(client, meeting_from_home)
    assert meeting_page.find("form", class_="question-form") is not None
    assert meeting_page.html["lang"] == code


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_calendar_feed_carries_the_meeting(client, calendar_site, code):
    response = client.get(f"{_prefix(code)}calendar/events.ics")
    assert response.status_code == 200
    events = list(Calendar.from_ical(response.content).walk("VEVENT"))
    by_uid = {str(item["UID"]): item for item in events}
    uid = next(uid for uid in by_uid if uid.startswith(f"meeting-{calendar_site.translation_key}-{code}@"))
    meeting = by_uid[uid]
    assert str(meeting["SUMMARY"]) == calendar_site.title
    assert str(meeting["URL"]).endswith(f"{_prefix(code)}events/cpr-open-ended-meeting/")
    assert meeting["DTSTART"].dt.date() == soon(30)
    assert str(meeting["STATUS"]) == "CONFIRMED"
    # Filtered for the public, the meeting is left out; for Member States it stays.
    public = Calendar.from_ical(client.get(f"{_prefix(code)}calendar/events.ics", {"audience": "public"}).content)
    assert not [item for item in public.walk("VEVENT") if str(item["UID"]).startswith("meeting-")]
    states = Calendar.from_ical(
        client.get(f"{_prefix(code)}calendar/events.ics", {"audience": "member-states"}).content
    )
    assert [item for item in states.walk("VEVENT") if str(item["UID"]).startswith("meeting-")]


def test_past_meetings_are_archived_and_upcoming_ones_ordered_with_events(client, event_index, make_event):
    make_event(title="Forum in ten days", start_date=soon(10))
    make_event(title="Forum in forty days", start_date=soon(40))
    MeetingPageFactory(parent=event_index, title="Meeting in twenty days", date=soon(20))
    MeetingPageFactory(parent=event_index, title="Meeting last month", date=soon(-30), question_deadline_date=soon(-35))

    def titles(params):
        soup = BeautifulSoup(client.get(event_index.url, params).content, "html.parser")
        return [heading.get_text(strip=True) for heading in soup.select("ul.cards h3")]

    assert titles({}) == ["Forum in ten days", "Meeting in twenty days", "Forum in forty days"]
    assert titles({"view": "past"}) == ["Meeting last month"]
    assert titles({"region": "africa"}) == ["Forum in ten days", "Forum in forty days"]


def test_a_meeting_change_bumps_its_calendar_sequence(client, calendar_site):
    calendar_site.save_revision().publish()
    calendar_site.venue = "Conference room 1, Nairobi"
    calendar_site.save_revision().publish()
    feed = Calendar.from_ical(client.get("/calendar/events.ics").content)
    (meeting,) = [item for item in feed.walk("VEVENT") if str(item["UID"]).startswith("meeting-")]
    assert int(meeting["SEQUENCE"]) == 1


@pytest.mark.parametrize("view", ["list", "month"])
def test_index_with_meetings_query_count_is_flat(client, event_index, make_event, view):
    params = {"view": view, "month": soon(3).strftime("%Y-%m")}

    def add(count):
        for number in range(count):
            make_event(start_date=soon(1 + number % 20))
            MeetingPageFactory(parent=event_index, date=soon(2 + number % 20))

    add(3)
    small = count_queries(client, event_index.url, params)
    add(25)
    assert count_queries(client, event_index.url, params) == small
    assert count_queries(client, "/calendar/events.ics") == count_queries(client, "/calendar/events.ics")


def test_the_monthly_brief_hook_includes_meetings(event_index, make_event):
    from datetime import date

    from events.selectors import events_between

    make_event(title="Forum in July", start_date=date(2031, 7, 9))
    MeetingPageFactory(
        parent=event_index,
        title="African Group in July",
        date=date(2031, 7, 3),
        question_deadline_date=date(2031, 7, 1),
    )
    MeetingPageFactory(
        parent=event_index, title="Meeting in August", date=date(2031, 8, 3), question_deadline_date=date(2031, 8, 1)
    )
    entries = events_between(date(2031, 7, 1), date(2031, 7, 31))
    assert [entry.title for entry in entries] == ["African Group in July", "Forum in July"]
