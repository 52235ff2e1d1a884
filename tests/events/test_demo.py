"""The events demo: a year of events and two meetings, idempotent."""

import pytest

from events import demo
from events.models import EventPage, MeetingPage, Question
from events.selectors import question_counts

pytestmark = pytest.mark.django_db


def test_demo_events_and_meetings(client):
    from home import demo as home_demo

    home_demo.load(lambda message: None)
    demo.load(lambda message: None)
    # The English pages; each also has its translations (tests/languages/test_demo_translations.py).
    events = EventPage.objects.live().filter(locale__language_code="en")
    assert events.count() == 12
    assert {"cancelled", "postponed", "planned", "confirmed"} <= set(events.values_list("status", flat=True))
    assert events.filter(supporters__kind="member-state").distinct().count() >= 5
    spread = sorted(events.values_list("start_date", flat=True))
    assert (spread[-1] - spread[0]).days >= 365 // 2 * 1.5  # about a year, past and future

    past, upcoming = sorted(MeetingPage.objects.live().filter(locale__language_code="en"), key=lambda page: page.date)
    assert not past.accepts_questions() and upcoming.accepts_questions()
    assert question_counts(past) == {"received": 3, "answered": 1, "unanswered": 2}
    html = client.get(upcoming.url).content.decode()
    assert 'class="question-form"' in html
    past_html = client.get(past.url).content.decode()
    assert "secondary cities" in past_html and "the deadline has passed" in past_html

    before = (EventPage.objects.count(), MeetingPage.objects.count(), Question.objects.count())
    demo.load(lambda message: None)
    assert (EventPage.objects.count(), MeetingPage.objects.count(), Question.objects.count()) == before
