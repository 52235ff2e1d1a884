"""The subscribable calendars, parsed back with icalendar: every public event once
with its UID, cancelled ones marked, nothing private or unpublished, time zones
written, and SEQUENCE bumped when an event changes (and only then)."""

from datetime import date, time

import pytest
from django.contrib.auth.models import Group
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from core.demo_support import publish
from events.models import CalendarSequence, EventPage

pytestmark = pytest.mark.django_db


def parse(response) -> Calendar:
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def events_of(calendar: Calendar) -> dict:
    return {str(component["summary"]): component for component in calendar.walk("VEVENT")}


def test_every_public_event_once_cancelled_marked_nothing_hidden(client, make_event):
    make_event(title="Forum", start_date=date(2031, 6, 12))
    make_event(title="Called off", start_date=date(2031, 6, 14), status="cancelled")
    make_event(
        title="Online day", start_date=date(2031, 6, 15), all_day=True, time_zone="UTC", online_url="https://x.example/"
    )
    make_event(title="Draft", live=False)
    restricted = make_event(title="Members only")
    PageViewRestriction.objects.create(page=restricted, restriction_type="groups").groups.add(
        Group.objects.get(name="Moderators")
    )
    unpublished = make_event(title="Withdrawn")
    unpublished.unpublish()

    calendar = parse(client.get("/calendar/events.ics"))
    found = events_of(calendar)
    assert sorted(found) == ["Called off", "Forum", "Online day"]
    uids = [str(component["uid"]) for component in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 3
    forum = found["Forum"]
    assert str(forum["uid"]) == f"event-{EventPage.objects.get(title='Forum').translation_key}-en@testserver"
    assert str(forum["status"]) == "CONFIRMED" and str(found["Called off"]["status"]) == "CANCELLED"
    # The local time with its zone, and the zone's VTIMEZONE block.
    assert forum.decoded("dtstart").isoformat() == "2031-06-12T09:30:00+03:00"
    assert forum["dtstart"].params["TZID"] == "Africa/Nairobi"
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Africa/Nairobi"]
    assert found["Online day"].decoded("dtstart") == date(2031, 6, 15)
    assert found["Online day"].decoded("dtend") == date(2031, 6, 16)  # exclusive, per RFC 5545
    assert b"Draft" not in client.get("/calendar/events.ics").content


def test_the_feed_filters_by_audience_and_thematic_area(client, make_event):
    make_event(title="For Member States")
    make_event(title="For everyone", for_member_states=False, for_public=True)
    member_states = events_of(parse(client.get("/calendar/events.ics", {"audience": "member-states"})))
    assert list(member_states) == ["For Member States"]
    assert len(events_of(parse(client.get("/calendar/events.ics", {"thematic_area": "housing"})))) == 2
    bad = client.get("/calendar/events.ics", {"audience": "aliens"})
    assert bad.status_code == 400 and "member-states" in bad.content.decode()


def test_one_feed_per_language(client, make_event, translate, locales, home, event_index):
    translate(home, locales["fr"], {})
    translate(event_index, locales["fr"], {})
    event = make_event(title="Housing forum")
    translate(event, locales["fr"], {"Housing forum": "Forum du logement"})
    make_event(title="Not translated")
    french = events_of(parse(client.get("/fr/calendar/events.ics")))
    assert sorted(french) == ["Forum du logement", "Not translated"]
    assert str(french["Forum du logement"]["uid"]).endswith("-fr@testserver")
    assert "/fr/" in str(french["Forum du logement"]["url"])


def test_the_single_event_download(client, make_event):
    event = make_event(title="Housing forum")
    calendar = parse(client.get(f"/calendar/events/{event.pk}/event.ics"))
    assert list(events_of(calendar)) == ["Housing forum"]
    draft = make_event(title="Draft", live=False)
    assert client.get(f"/calendar/events/{draft.pk}/event.ics").status_code == 404
    assert client.get("/calendar/events/99999999999999999999/event.ics").status_code == 404


def sequence_in_feed(client, title) -> int:
    return int(events_of(parse(client.get("/calendar/events.ics")))[title]["sequence"])


def test_a_change_bumps_the_sequence_and_a_republish_does_not(client, make_event, editor):
    event = make_event(title="Housing forum", live=False)
    publish(event)
    assert sequence_in_feed(client, "Housing forum") == 0

    publish(EventPage.objects.get(pk=event.pk))  # nothing a calendar shows changed
    assert sequence_in_feed(client, "Housing forum") == 0

    page = EventPage.objects.get(pk=event.pk)
    page.start_time = time(11, 0)
    publish(page)
    assert sequence_in_feed(client, "Housing forum") == 1

    page = EventPage.objects.get(pk=event.pk)
    page.status = "cancelled"
    publish(page)
    assert sequence_in_feed(client, "Housing forum") == 2
    assert str(events_of(parse(client.get("/calendar/events.ics")))["Housing forum"]["status"]) == "CANCELLED"


def test_reverting_to_an_old_revision_never_lowers_the_sequence(client, make_event):
    event = make_event(title="Housing forum", live=False)
    first = publish(event).get_latest_revision()
    page = EventPage.objects.get(pk=event.pk)
    page.venue = "Geneva"
    publish(page)
    first.publish()  # revert: the old content goes live again, which is a change
    assert sequence_in_feed(client, "Housing forum") == 2
    assert CalendarSequence.objects.get(translation_key=event.translation_key).sequence == 2


def test_descriptions_are_plain_text_with_apostrophes_in_french(
    client, make_event, translate, locales, home, event_index
):
    translate(home, locales["fr"], {})
    translate(event_index, locales["fr"], {})
    summary = (
        "Ministers and mayors agree on the support that national governments give to cities and towns "
        "for housing, water and transport, and on how progress is reported each year."
    )
    event = make_event(title="Housing forum", summary=summary)
    french_summary = (
        "Ministres et maires conviennent de l'appui que les gouvernements donnent aux villes & aux bourgs "
        "pour le logement, l'eau et les transports, et de la façon dont les progrès sont rendus chaque année."
    )
    translate(event, locales["fr"], {"Housing forum": "Forum du logement", summary: french_summary})
    for url in ("/fr/calendar/events.ics", f"/fr/calendar/events/{event.pk}/event.ics"):
        description = str(events_of(parse(client.get(url)))["Forum du logement"]["description"])
        assert description.startswith(french_summary), description  # l'appui, not l&#x27;appui
        assert "&#" not in description and "&amp;" not in description and "<" not in description


def test_a_meeting_has_its_own_calendar_file_linked_from_its_page(
    client, meeting, translate, locales, home, event_index
):
    translate(home, locales["ar"], {})
    translate(event_index, locales["ar"], {})
    translate(meeting, locales["ar"], {meeting.title: "المجموعة الأفريقية"})
    arabic = meeting.get_translation(locales["ar"])
    page = client.get(arabic.url).content.decode()
    link = f"/ar/calendar/meetings/{arabic.pk}/meeting.ics"
    assert f'href="{link}"' in page
    (entry,) = parse(client.get(link)).walk("VEVENT")
    assert str(entry["summary"]) == "المجموعة الأفريقية"
    assert str(entry["uid"]) == f"meeting-{meeting.translation_key}-ar@testserver"
    assert entry["dtstart"].params["TZID"] == "Africa/Nairobi"
    # By the English page's id too, in the URL's language; nothing for an event's or unknown id.
    assert "المجموعة الأفريقية" in client.get(f"/ar/calendar/meetings/{meeting.pk}/meeting.ics").content.decode()
    assert client.get("/calendar/meetings/99999999/meeting.ics").status_code == 404
    meeting.unpublish()
    assert client.get(f"/calendar/meetings/{meeting.pk}/meeting.ics").status_code == 404
