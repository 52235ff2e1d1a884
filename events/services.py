"""The question workflow: submit, confirm from the emailed link, answer, notify.

A confirmation link carries a signed token (Django's signing, keyed by
SECRET_KEY with a salt of its own) naming the question; it expires after
EVENTS_CONFIRMATION_DAYS and a forged one fails its signature. Until it is
followed the question is nobody's: it appears nowhere, not even in the
unanswered-questions report.
"""

from urllib.parse import urljoin

from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.absolute_urls import base_url
from core.delivery import public_pages
from core.links import localized_url

from . import conf
from .models import MeetingPage, Question

CONFIRM_SALT = "events.question.confirm"


class QuestionsClosed(Exception):
    """The meeting's deadline for questions has passed (or none is set)."""


class InvalidLink(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason  # "expired" or "invalid"


def site_base_url() -> str:
    """Where links in emails sent without a request point (core/absolute_urls.py)."""
    return base_url()


def _absolute(language: str, name: str, args, base_url: str | None = None) -> str:
    with translation.override(language):
        return urljoin(base_url or site_base_url(), reverse(name, args=args))


def confirmation_token(question: Question) -> str:
    return signing.dumps({"q": question.pk}, salt=CONFIRM_SALT)


def submit_question(meeting: MeetingPage, data: dict, language: str, base_url: str | None = None) -> Question:
    """Store an unconfirmed question and email its confirmation link to the sender.

    The row and the email go together: if the email cannot be handed to the mail
    server, the question is not stored and the sender sees an error, so nothing
    waits for a confirmation that can never come.

    Raises:
        QuestionsClosed: after the meeting's deadline.
        ValidationError: from the model's own rules.
    """
    with transaction.atomic():
        meeting = MeetingPage.objects.select_for_update().get(pk=meeting.pk)
        if not meeting.accepts_questions():
            raise QuestionsClosed
        question = Question(
            meeting=meeting,
            name=data["name"],
            mission=data["mission"],
            email=data["email"],
            text=data["text"],
            may_publish=bool(data.get("may_publish")),
            language=language,
        )
        question.full_clean()
        question.save()
        link = _absolute(language, "events:confirm_question", [confirmation_token(question)], base_url)
        with translation.override(language):
            context = {"question": question, "meeting": meeting, "link": link, "days": conf.confirmation_days()}
            EmailMessage(
                subject=_("Confirm your question for “%(meeting)s”") % {"meeting": meeting.title},
                body=render_to_string("events/email/confirm_question.txt", context),
                to=[question.email],
            ).send()
    return question


def read_confirmation(token: str) -> Question:
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=conf.confirmation_days() * 86400)
    except signing.SignatureExpired as error:
        raise InvalidLink("expired") from error
    except signing.BadSignature as error:
        raise InvalidLink("invalid") from error
    question = Question.objects.select_related("meeting").filter(pk=data.get("q")).first()
    if question is None:
        raise InvalidLink("invalid")
    return question


def confirm_question(token: str) -> tuple[Question, bool]:
    """Confirm the question the link names. Returns (question, changed): following
    the link twice confirms once."""
    question = read_confirmation(token)
    with transaction.atomic():
        question = Question.objects.select_for_update().select_related("meeting").get(pk=question.pk)
        if question.confirmed_at is not None:
            return question, False
        question.confirmed_at = timezone.now()
        question.save(update_fields=["confirmed_at"])
    return question, True


def publish_answer(question: Question, answer: str | None = None) -> Question:
    """Publish the question's answer (and the answer of every question grouped
    under it) and email each sender once; a later correction is published
    without a second email."""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question.pk)
        if answer is not None:
            question.answer = answer
        if not question.answer.strip():
            raise ValidationError({"answer": _("Write the answer before publishing it.")})
        if question.duplicate_of_id:
            raise ValidationError({"answer": _("Answer the question this one repeats; its answer answers both.")})
        question.answer_published_at = question.answer_published_at or timezone.now()
        question.full_clean()
        question.save()  # its sender and those grouped under it are emailed (events.signals)
    return question


def notify_answered(question_id: int, base_url: str | None = None) -> int:
    """Email the sender of an answered question, and of each question grouped
    under it, that the answer is published. Returns the emails sent."""
    sent = 0
    original = Question.objects.select_related("meeting").get(pk=question_id)
    if original.answer_published_at is None:
        return 0
    recipients = Question.objects.filter(pk=original.pk) | Question.objects.filter(duplicate_of=original)
    for question in recipients.confirmed().filter(answer_notified_at__isnull=True).select_related("meeting"):
        with transaction.atomic():
            claimed = Question.objects.filter(pk=question.pk, answer_notified_at__isnull=True).update(
                answer_notified_at=timezone.now()
            )
            if not claimed:
                continue  # told by a concurrent run
            meeting = _meeting_in(question.meeting, question.language)
            with translation.override(question.language):
                # In the sender's language: the translation, or the fallback URL under their prefix.
                locale = Locale.objects.filter(language_code=question.language).first() or meeting.locale
                url = urljoin(base_url or site_base_url(), localized_url(meeting, locale) or "")
                context = {"question": question, "original": original, "meeting": meeting, "link": url}
                EmailMessage(
                    subject=_("Your question for “%(meeting)s” has been answered") % {"meeting": meeting.title},
                    body=render_to_string("events/email/answered.txt", context),
                    to=[question.email],
                ).send()
        sent += 1
    return sent


def _meeting_in(meeting: MeetingPage, language: str) -> MeetingPage:
    """The meeting's live copy in the sender's language, else the one they wrote on."""
    translated = (
        public_pages(MeetingPage)
        .filter(translation_key=meeting.translation_key, locale__language_code=language)
        .first()
    )
    return translated or meeting
