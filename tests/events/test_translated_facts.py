"""An event cancelled or moved in English is cancelled or moved in every language
at once: pages, API and calendar feeds (with a SEQUENCE a calendar accepts),
whatever path published the English page, with each copy's own words kept."""

from datetime import date, time, timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import PageLogEntry

from core.demo_support import publish
from events.models import EventPage, MeetingPage
from tests.publish.support import make_due

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "ar", "zh-hans"]
TITLES = {"fr": "Forum du logement", "ar": "منتدى الإسكان", "zh-hans": "住房论坛"}


@pytest.fixture
def forum(make_event, translate, locales, home, event_index):
    """A planned English event, 15:00-16:30 UTC, translated and published in three languages."""
    for language in LANGUAGES:
        translate(home, locales[language], {})
        translate(event_index, locales[language], {})
    event = make_event(
        title="Housing forum",
        start_date=date(2031, 6, 12),
        start_time=time(15, 0),
        end_time=time(16, 30),
        time_zone="UTC",
        status="planned",
    )
    publish(event)  # a live revision, as a page published from the admin has
    for language in LANGUAGES:
        translate(event, locales[language], {"Housing forum": TITLES[language]})
    return event


def feed_entry(client, language):
    prefix = "" if language == "en" else f"/{language}"
    response = client.get(f"{prefix}/calendar/events.ics")
    assert response.status_code == 200
    (entry,) = Calendar.from_ical(response.content).walk("VEVENT")
    return entry


def cancel_and_move(event):
    page = EventPage.objects.get(pk=event.pk)
    page.status = "cancelled"
    page.start_time, page.end_time = time(14, 0), time(15, 30)
    page.time_zone = "Europe/Paris"
    return page


def assert_every_language_cancelled_and_moved(client, before):
    for language in LANGUAGES:
        page = EventPage.objects.get(title=TITLES[language])
        assert page.live and page.status == "cancelled" and page.time_zone == "Europe/Paris"
        assert page.title == TITLES[language]  # the translated words stay
        html = client.get(page.url).content.decode()
        assert "is-cancelled" in html, language

        api = client.get(f"/api/v1/events/{page.pk}", {"locale": language}).json()
        assert api["status"] == "cancelled" and api["when"]["time_zone"] == "Europe/Paris", api
        assert api["when"]["start"].startswith("2031-06-12T14:00:00+02:00"), api["when"]

        entry = feed_entry(client, language)
        assert str(entry["summary"]) == TITLES[language]
        assert str(entry["status"]) == "CANCELLED"
        assert entry.decoded("dtstart").isoformat() == "2031-06-12T14:00:00+02:00"
        assert entry["dtstart"].params["TZID"] == "Europe/Paris"
        # A subscribed calendar takes the new version only if SEQUENCE grew.
        assert int(entry["sequence"]) > before[language]["sequence"]
        # SEQUENCE is what makes a client replace its copy; LAST-MODIFIED has whole
        # seconds, and the test may publish within the second it first read the feed.
        assert entry.decoded("last-modified") >= before[language]["modified"]


def snapshot(client):
    return {
        language: {
            "sequence": int((entry := feed_entry(client, language))["sequence"]),
            "modified": entry.decoded("last-modified"),
        }
        for language in LANGUAGES
    }


def test_cancelling_and_moving_in_english_reaches_every_language(client, forum):
    before = snapshot(client)
    assert str(feed_entry(client, "fr")["status"]) == "TENTATIVE"

    publish(cancel_and_move(forum))  # save_revision() + revision.publish()

    assert_every_language_cancelled_and_moved(client, before)
    french = EventPage.objects.get(title=TITLES["fr"])
    # Recorded as the system's revision, in the page's history.
    entry = PageLogEntry.objects.filter(page=french, action="wagtail.publish").latest("timestamp")
    assert entry.user is None and french.live_revision.user is None


def test_a_scheduled_change_reaches_every_language(client, forum):
    before = snapshot(client)
    page = cancel_and_move(forum)
    page.go_live_at = timezone.now() + timedelta(hours=1)
    revision = page.save_revision()
    revision.publish()  # scheduled: nothing changes yet
    assert EventPage.objects.get(pk=forum.pk).status == "planned"
    assert EventPage.objects.get(title=TITLES["ar"]).status == "planned"
    make_due(revision)

    call_command("publish_scheduled")

    assert EventPage.objects.get(pk=forum.pk).status == "cancelled"
    assert_every_language_cancelled_and_moved(client, before)


def test_a_stale_translation_revision_published_again_keeps_the_new_facts(client, forum):
    french = EventPage.objects.get(title=TITLES["fr"])
    stale = french.live_revision
    publish(cancel_and_move(forum))

    stale.publish()  # an old French revision (planned, 15:00 UTC) goes live again

    french.refresh_from_db()
    assert french.status == "cancelled" and french.start_time == time(14, 0)
    assert str(feed_entry(client, "fr")["status"]) == "CANCELLED"


def test_a_french_draft_keeps_its_words_and_gets_the_new_facts(client, forum):
    french = EventPage.objects.get(title=TITLES["fr"])
    french.summary = "Brouillon du traducteur"
    french.save_revision()
    publish(cancel_and_move(forum))

    french.refresh_from_db()
    assert french.has_unpublished_changes and french.status == "cancelled"
    draft = french.get_latest_revision_as_object()
    assert draft.summary == "Brouillon du traducteur" and draft.status == "cancelled"
    assert client.get(french.url).content.decode().count("Brouillon du traducteur") == 0  # still a draft


def test_a_meeting_moved_in_english_moves_in_every_language(client, meeting, translate, locales, home, event_index):
    translate(home, locales["fr"], {})
    translate(event_index, locales["fr"], {})
    translate(meeting, locales["fr"], {meeting.title: "Groupe africain"})
    page = MeetingPage.objects.get(pk=meeting.pk)
    page.date = page.date + timedelta(days=7)
    page.time_zone = "Europe/Zurich"
    publish(page)

    french = MeetingPage.objects.get(title="Groupe africain")
    assert french.date == page.date and french.time_zone == "Europe/Zurich"
    assert french.starts_at == page.starts_at
