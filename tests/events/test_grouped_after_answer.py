"""A repeat question grouped under one already answered is answered to its
sender: the answer is emailed once, in the sender's language, whatever path
grouped it (the moderation form, a script, or a confirmation that comes later)."""

import pytest
from django.core import mail

from events.models import Question
from events.services import confirm_question, confirmation_token, publish_answer
from tests.factories.events import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(meeting, django_capture_on_commit_callbacks):
    first = QuestionFactory(meeting=meeting, email="france@mission.example", language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        publish_answer(first, "Le budget de base couvre les bureaux régionaux.")
    mail.outbox.clear()
    return first


def test_grouping_in_the_admin_under_an_answered_question_emails_the_sender(
    admin_client, meeting, answered, django_capture_on_commit_callbacks
):
    repeat = QuestionFactory(
        meeting=meeting,
        email="egypt@mission.example",
        language="ar",
        visibility="pending",
        text="Will the regional offices be funded from the core budget?",
    )
    report = "/admin/reports/unanswered-questions/"
    assert repeat.text in admin_client.get(report).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/events_questions/edit/{repeat.pk}/",
            {"visibility": "public", "duplicate_of": answered.pk, "answer": ""},
        )
    assert response.status_code == 302, response.content.decode()[:1000]

    (message,) = mail.outbox
    assert message.to == ["egypt@mission.example"]
    assert message.subject.startswith("تمت الإجابة عن سؤالك")  # in the sender's language
    assert "Le budget de base couvre les bureaux régionaux." in message.body
    assert Question.objects.get(pk=repeat.pk).answer_notified_at is not None
    admin_client.get("/admin/")  # shows (and so clears) the "updated" message, which quotes the text
    assert repeat.text not in admin_client.get(report).content.decode()  # answered now

    # Saved again (a moderator changes its visibility): no second email.
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(
            f"/admin/events_questions/edit/{repeat.pk}/",
            {"visibility": "private", "duplicate_of": answered.pk, "answer": ""},
        )
    assert len(mail.outbox) == 1


def test_grouping_outside_the_admin_emails_the_sender_too(meeting, answered, django_capture_on_commit_callbacks):
    repeat = QuestionFactory(meeting=meeting, email="peru@mission.example", language="es")
    with django_capture_on_commit_callbacks(execute=True):
        repeat.duplicate_of = answered
        repeat.save()
    (message,) = mail.outbox
    assert message.to == ["peru@mission.example"] and "Le budget de base" in message.body


def test_a_grouped_question_confirmed_later_is_answered_on_confirmation(
    meeting, answered, django_capture_on_commit_callbacks
):
    repeat = QuestionFactory(meeting=meeting, email="chile@mission.example", confirmed_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        repeat.duplicate_of = answered
        repeat.save()
    assert mail.outbox == []  # not confirmed: the address is nobody's yet
    with django_capture_on_commit_callbacks(execute=True):
        confirm_question(confirmation_token(repeat))
    (message,) = mail.outbox
    assert message.to == ["chile@mission.example"]
