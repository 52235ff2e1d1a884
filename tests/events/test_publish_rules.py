"""An event's and a meeting's publish rules, on the registry every path to live uses, and in the edit form."""

from datetime import date, time

import pytest
from django.core.exceptions import ValidationError

from core.publish_checks import check_publishable
from events.models import EventPage, MeetingPage

pytestmark = pytest.mark.django_db


def errors_of(page) -> dict:
    with pytest.raises(ValidationError) as raised:
        check_publishable(page)
    return raised.value.message_dict


def test_a_draft_with_only_a_title_saves_but_cannot_go_live(event_index):
    page = EventPage(title="Housing forum", slug="housing-forum", live=False)
    event_index.add_child(instance=page)
    revision = page.save_revision()
    assert set(errors_of(revision.as_object())) == {
        "summary",
        "start_date",
        "venue",
        "for_member_states",
        "thematic_areas",
    }


def test_a_complete_event_passes(make_event):
    check_publishable(make_event())


def test_an_event_ending_before_it_starts_is_refused(make_event):
    event = make_event(start_date=date(2031, 6, 12), end_date=date(2031, 6, 10))
    assert "cannot end before it starts" in errors_of(event)["end_date"][0]
    same_day = make_event(start_date=date(2031, 6, 12), start_time=time(15), end_time=time(9))
    assert "cannot end before it starts" in errors_of(same_day)["end_time"][0]


def test_a_postponed_event_needs_its_new_date(make_event):
    event = make_event(status="postponed", start_date=date(2031, 6, 12))
    assert "date first announced" in errors_of(event)["original_start_date"][0]
    event.original_start_date = date(2031, 6, 12)
    assert "give the new date" in errors_of(event)["start_date"][0]
    event.original_start_date = date(2031, 5, 2)
    check_publishable(event)


def test_an_unknown_time_zone_or_country_is_refused(make_event):
    event = make_event()
    event.time_zone = "Mars/Olympus"
    event.country = "xx"
    errors = errors_of(event)
    assert "Time zone" in errors["time_zone"][0] and "ISO 3166-1" in errors["country"][0]


def test_a_meeting_needs_its_group_date_and_deadline(event_index):
    page = MeetingPage(title="WEOG briefing", slug="weog", live=False)
    event_index.add_child(instance=page)
    assert {"summary", "group", "date", "start_time", "question_deadline_date"} <= set(errors_of(page))
    page.summary, page.group, page.date, page.start_time = "A briefing.", "weog", date(2031, 6, 12), time(10)
    page.question_deadline_date = date(2031, 6, 20)
    assert "on or before the meeting" in errors_of(page)["question_deadline_date"][0]


def test_the_rules_read_the_revision_in_memory(make_event, editor):
    event = make_event()
    draft = event.get_latest_revision_as_object()
    draft.end_date = date(2000, 1, 1)
    draft.thematic_areas = []
    revision = draft.save_revision(user=editor)
    assert {"end_date", "thematic_areas"} <= set(errors_of(revision.as_object()))


def _form_data(area=None, **overrides) -> dict:
    data = {
        "title": "Housing forum",
        "slug": "housing-forum",
        "summary": "Too short.",
        "start_date": "2031-06-12",
        "start_time": "09:30",
        "end_date": "2031-06-10",
        "end_time": "",
        "time_zone": "Africa/Nairobi",
        "status": "confirmed",
        "venue": "Nairobi",
        "country": "ke",
        "region": "africa",
        "for_member_states": "on",
        "thematic_areas-TOTAL_FORMS": "0",
        "thematic_areas-INITIAL_FORMS": "0",
        "thematic_areas-MIN_NUM_FORMS": "0",
        "thematic_areas-MAX_NUM_FORMS": "1000",
        "supporters-TOTAL_FORMS": "0",
        "supporters-INITIAL_FORMS": "0",
        "supporters-MIN_NUM_FORMS": "0",
        "supporters-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    if area is not None:
        data.update(
            {
                "thematic_areas-TOTAL_FORMS": "1",
                "thematic_areas-0-thematic_area": area.pk,
                "thematic_areas-0-ORDER": "1",
                "thematic_areas-0-DELETE": "",
                "supporters-TOTAL_FORMS": "1",
                "supporters-0-kind": "member-state",
                "supporters-0-country": "ke",
                "supporters-0-partner_name": "",
                "supporters-0-role": "host",
                "supporters-0-ORDER": "1",
                "supporters-0-DELETE": "",
            }
        )
    data.update(overrides)
    return data


def test_the_edit_form_shows_the_checks_on_the_fields(admin_client, event_index, area):
    from tests.factories.events import SUMMARY

    page = EventPage(title="Housing forum", slug="housing-forum", live=False)
    event_index.add_child(instance=page)
    url = f"/admin/pages/{page.pk}/edit/"
    response = admin_client.post(url, _form_data())
    assert response.status_code == 200
    content = response.content.decode()
    assert "Summary: it has 2 words; write 20 to 80." in content
    assert "End date: the event cannot end before it starts" in content
    assert "Thematic areas: choose at least one" in content
    assert not EventPage.objects.get(pk=page.pk).live

    response = admin_client.post(url, _form_data(area, summary=SUMMARY, end_date="2031-06-13", end_time="17:00"))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(pk=page.pk)
    assert page.live and page.supporters.get().country == "ke"
    # Stored in UTC from the local time of Nairobi (UTC+3).
    assert page.starts_at.isoformat() == "2031-06-12T06:30:00+00:00"


def test_a_draft_with_only_a_title_saves_from_the_admin(admin_client, event_index):
    response = admin_client.post(
        f"/admin/pages/add/events/eventpage/{event_index.pk}/",
        {
            "title": "Housing forum",
            "slug": "housing-forum",
            "time_zone": "UTC",
            "status": "planned",
            "thematic_areas-TOTAL_FORMS": "0",
            "thematic_areas-INITIAL_FORMS": "0",
            "thematic_areas-MIN_NUM_FORMS": "0",
            "thematic_areas-MAX_NUM_FORMS": "1000",
            "supporters-TOTAL_FORMS": "0",
            "supporters-INITIAL_FORMS": "0",
            "supporters-MIN_NUM_FORMS": "0",
            "supporters-MAX_NUM_FORMS": "1000",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(slug="housing-forum")
    assert not page.live and page.starts_at is None
