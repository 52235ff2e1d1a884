"""Questions sent ahead of a meeting: submitting, confirming from the emailed
link, bad input and rate limits, moderation, answers and the report."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from events.models import Question
from events.services import notify_answered, publish_answer
from tests.factories.events import QuestionFactory

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Ana Pérez",
    "mission": "Permanent Mission of Chile",
    "email": "ana@mission.example",
    "text": "How will regional offices take part in the housing review?",
    "may_publish": "on",
}


def ask(client, meeting, **overrides):
    return client.post(f"/meetings/{meeting.pk}/questions/", {**GOOD, **overrides})


def confirmation_link(message) -> str:
    return re.search(r"https?://\S+/confirm/\S+/", message.body).group(0)


def test_a_question_waits_for_its_sender_to_confirm(client, meeting):
    response = ask(client, meeting)
    assert response.status_code == 302
    question = Question.objects.get()
    assert question.confirmed_at is None and question.language == "en"
    (message,) = mail.outbox
    assert message.to == ["ana@mission.example"] and "Confirm your question" in message.subject
    # Not confirmed: nowhere to be seen, not even counted.
    question.visibility = "public"
    question.save()
    html = client.get(meeting.url).content.decode()
    assert GOOD["text"] not in html and "0 questions received" in html
    assert GOOD["text"] not in client.get(f"/api/v1/meetings/{meeting.pk}").content.decode()

    link = confirmation_link(message)
    page = client.get(link)
    assert page.status_code == 200 and "Confirm the question" in page.content.decode()
    assert Question.objects.get().confirmed_at is None  # a GET (a mail scanner) confirms nothing
    done = client.post(link)
    assert "your question has been received" in done.content.decode()
    assert Question.objects.get().confirmed_at is not None
    assert "already confirmed" in client.post(link).content.decode()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "not-an-address"}, "email", "Enter a valid email address."),
        ({"text": "x" * 2001}, "text", "Keep the question to 2000 characters (it has 2001)."),
        ({"text": ""}, "text", "This field is required."),
        ({"name": "Ana\x00"}, "name", "Null characters are not allowed."),
        ({"mission": "Chile\x07"}, "mission", "Remove the control characters"),
    ],
)
def test_bad_input_gets_a_clear_message_and_nothing_is_stored(client, meeting, overrides, field, message):
    response = ask(client, meeting, **overrides)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Question.objects.exists() and not mail.outbox


def test_after_the_deadline_the_form_closes_with_a_clear_message(client, meeting):
    meeting.question_deadline_date = timezone.localdate() - timedelta(days=1)
    meeting.save()
    html = client.get(meeting.url).content.decode()
    assert "Questions for this meeting are closed: the deadline has passed." in html
    assert 'class="question-form"' not in html
    response = ask(client, meeting)
    assert response.status_code == 403 and "the deadline has passed" in response.content.decode()
    assert not Question.objects.exists()


def test_a_draft_meeting_takes_no_questions(client, meeting):
    meeting.unpublish()
    assert ask(client, meeting).status_code == 404
    assert client.post("/meetings/99999999999999999999/questions/", GOOD).status_code == 404


def test_an_email_that_cannot_be_sent_leaves_nothing_behind(client, meeting):
    with override_settings(EMAIL_BACKEND="tests.events.failing_email.Backend"), pytest.raises(ConnectionError):
        ask(client, meeting)
    assert not Question.objects.exists()


@override_settings(EVENTS_QUESTION_RATE="5/m")
def test_twenty_a_minute_from_one_address_are_limited(client, meeting):
    statuses = [ask(client, meeting, email=f"d{n}@mission.example").status_code for n in range(20)]
    assert statuses[:5] == [302] * 5 and set(statuses[5:]) == {429}
    assert Question.objects.count() == 5
    assert "Too many questions" in ask(client, meeting).content.decode()


def test_forged_or_expired_links_change_nothing(client, meeting):
    ask(client, meeting)
    link = confirmation_link(mail.outbox[0])
    forged = link[:-3] + "xx/"
    response = client.post(forged)
    assert response.status_code == 400 and "not valid" in response.content.decode()
    with override_settings(EVENTS_CONFIRMATION_DAYS=0):
        expired = client.post(link)
    assert expired.status_code == 400 and "expired" in expired.content.decode()
    assert Question.objects.get().confirmed_at is None


def test_published_questions_show_with_answers_and_counts(client, meeting):
    answered = QuestionFactory(meeting=meeting, mission="Mission of Ghana", text="About funding?")
    QuestionFactory(meeting=meeting, mission="Mission of Togo", text="About funding, again?", duplicate_of=answered)
    QuestionFactory(meeting=meeting, mission="Mission of Mali", text="About staffing?")
    QuestionFactory(meeting=meeting, mission="Mission of Chad", text="Private matter", visibility="private")
    publish_answer(answered, "From the core budget.")
    html = client.get(meeting.url).content.decode()
    assert "About funding?" in html and "From the core budget." in html
    assert "also raised by 1 other delegation" in html
    assert "About staffing?" in html and "Awaiting an answer." in html
    assert "Private matter" not in html and "About funding, again?" not in html
    assert "4 questions received; 2 still to be answered." in html
    body = client.get(f"/api/v1/meetings/{meeting.pk}").json()
    assert body["question_counts"] == {"received": 4, "answered": 2, "unanswered": 2}
    assert [item["mission"] for item in body["questions"]] == ["Mission of Ghana", "Mission of Mali"]
    assert "@" not in str(body) and "Delegate" not in str(body)  # no emails, no senders' names


def test_publishing_an_answer_tells_each_sender_once(meeting, django_capture_on_commit_callbacks):
    original = QuestionFactory(meeting=meeting, email="ghana@mission.example")
    QuestionFactory(meeting=meeting, email="togo@mission.example", duplicate_of=original)
    QuestionFactory(meeting=meeting, email="never@mission.example", duplicate_of=original, confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(original, "From the core budget.")
    assert sorted(message.to[0] for message in mail.outbox) == ["ghana@mission.example", "togo@mission.example"]
    assert "From the core budget." in mail.outbox[0].body
    assert notify_answered(original.pk) == 0  # already told


def test_staff_moderate_group_and_answer_in_the_admin(admin_client, meeting, django_capture_on_commit_callbacks):
    first = QuestionFactory(meeting=meeting, visibility="pending", email="first@mission.example")
    repeat = QuestionFactory(meeting=meeting, visibility="pending")
    private = QuestionFactory(meeting=meeting, visibility="pending", may_publish=False)
    assert admin_client.get("/admin/events_questions/").status_code == 200
    inspect = admin_client.get(f"/admin/events_questions/inspect/{first.pk}/").content.decode()
    assert "first@mission.example" in inspect  # staff see the address; nobody else does

    url = f"/admin/events_questions/edit/{repeat.pk}/"
    response = admin_client.post(url, {"visibility": "private", "duplicate_of": first.pk, "answer": ""})
    assert response.status_code == 302, response.content.decode()[:2000]
    refused = admin_client.post(
        f"/admin/events_questions/edit/{private.pk}/", {"visibility": "public", "duplicate_of": "", "answer": ""}
    )
    assert "did not allow this question to be published" in refused.content.decode()
    no_answer = admin_client.post(
        f"/admin/events_questions/edit/{first.pk}/",
        {"visibility": "public", "duplicate_of": "", "answer": "", "publish_answer": "on"},
    )
    assert "Write the answer before publishing it." in no_answer.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/events_questions/edit/{first.pk}/",
            {"visibility": "public", "duplicate_of": "", "answer": "Yes, in June.", "publish_answer": "on"},
        )
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.answer_published_at is not None and first.visibility == "public"
    assert Question.objects.get(pk=repeat.pk).duplicate_of_id == first.pk
    assert len(mail.outbox) == 2  # the sender and the sender of the question grouped under it


def test_the_report_lists_every_unanswered_question_oldest_first(admin_client, meeting, event_index):
    from tests.factories.events import MeetingPageFactory

    other = MeetingPageFactory(parent=event_index, title="WEOG briefing", slug="weog")
    now = timezone.now()
    QuestionFactory(meeting=other, text="Newest", submitted_at=now - timedelta(days=1))
    QuestionFactory(meeting=meeting, text="Oldest", submitted_at=now - timedelta(days=30), visibility="private")
    done = QuestionFactory(meeting=meeting, text="Zebra already answered", submitted_at=now - timedelta(days=20))
    publish_answer(done, "Done.")
    QuestionFactory(meeting=meeting, text="Zebra unconfirmed", confirmed_at=None, submitted_at=now - timedelta(days=40))
    QuestionFactory(meeting=meeting, text="Zebra grouped", duplicate_of=done, submitted_at=now - timedelta(days=10))
    html = admin_client.get("/admin/reports/unanswered-questions/").content.decode()
    assert html.index("Oldest") < html.index("Newest")
    assert "Zebra" not in html  # answered, unconfirmed, grouped under an answered one
    export = admin_client.get("/admin/reports/unanswered-questions/?export=csv")
    csv = b"".join(export.streaming_content).decode()
    assert csv.index("Oldest") < csv.index("Newest") and "@" not in csv


def test_the_report_needs_its_permission(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/reports/unanswered-questions/").status_code in (302, 403)
    assert client.get("/admin/events_questions/").status_code in (302, 403)


def _count(client, url) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_meeting_page_and_api_query_count_is_flat(client, meeting):
    def add(count):
        for _ in range(count):
            original = QuestionFactory(meeting=meeting)
            QuestionFactory(meeting=meeting, duplicate_of=original)

    add(5)
    small = (_count(client, meeting.url), _count(client, f"/api/v1/meetings/{meeting.pk}"))
    add(45)
    assert (_count(client, meeting.url), _count(client, f"/api/v1/meetings/{meeting.pk}")) == small
