"""What staff read in the question list and the unanswered-questions report: a
meeting's real date (not "Just now"), one name per meeting whatever language a
question came in, and each question's state."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from events.models import MeetingPage
from events.services import publish_answer
from tests.factories.events import MeetingPageFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_the_report_shows_a_future_meeting_date_and_flags_a_held_meeting(admin_client, event_index):
    soon = MeetingPageFactory(parent=event_index, title="CPR open-ended meeting", date=date(2031, 1, 9))
    held = MeetingPageFactory(
        parent=event_index,
        title="African Group briefing",
        date=timezone.localdate() - timedelta(days=20),
        question_deadline_date=timezone.localdate() - timedelta(days=25),
    )
    sent = timezone.now() - timedelta(days=3)
    QuestionFactory(meeting=soon, text="Future meeting question", submitted_at=sent)
    QuestionFactory(meeting=held, text="Held meeting question", submitted_at=sent)

    html = admin_client.get("/admin/reports/unanswered-questions/").content.decode()
    assert "Jan. 9, 2031" in html and "Just now" not in html
    row = html[html.index("Held meeting question") :]
    assert "Awaiting an answer; the meeting has been held" in row[: row.index("</tr>")]
    future_row = html[html.index("Future meeting question") :]
    assert "the meeting has been held" not in future_row[: future_row.index("</tr>")]


def test_the_question_list_names_each_meeting_once_and_shows_each_state(
    admin_client, meeting, translate, locales, home, event_index, django_assert_max_num_queries
):
    translate(home, locales["fr"], {})
    translate(event_index, locales["fr"], {})
    translate(meeting, locales["fr"], {meeting.title: "Groupe africain avec la Directrice exécutive"})
    french = MeetingPage.objects.get(translation_key=meeting.translation_key, locale=locales["fr"])
    first = QuestionFactory(meeting=meeting, mission="Mission of Ghana")
    publish_answer(first, "From the core budget.")
    QuestionFactory(meeting=french, mission="Mission du Sénégal", language="fr", duplicate_of=first)
    QuestionFactory(meeting=french, mission="Mission du Mali", language="fr")

    page = admin_client.get("/admin/events_questions/").content.decode()
    start = page.index('<table class="listing')
    html = page[start : page.index("</table>", start)]  # the rows (the filter lists each language copy)
    assert "Groupe africain avec la Directrice exécutive" not in html
    assert html.count(meeting.title) >= 3
    for mission, state in [
        ("Mission of Ghana", "Answered"),
        ("Mission du Sénégal", "Answered (grouped under another question)"),
        ("Mission du Mali", "Awaiting an answer"),
    ]:
        row = html[html.index(mission) :]
        assert state in row[: row.index("</tr>")], mission

    for index in range(20):
        QuestionFactory(meeting=french, mission=f"Mission {index}", language="fr")
    with django_assert_max_num_queries(30):
        assert admin_client.get("/admin/events_questions/").status_code == 200
