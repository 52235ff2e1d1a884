"""Receivers: each publication of an event or a meeting records its calendar
SEQUENCE and gives its language copies the same facts (translation_facts.py);
each save of a question tells its sender of an answer already published."""

from django.db import transaction
from django.db.models.signals import post_save
from wagtail.signals import page_published


def record_sequence(sender, instance, **kwargs) -> None:
    from .calendar_sequences import record_publication

    record_publication(instance)


def align_translations(sender, instance, **kwargs) -> None:
    from .translation_facts import align_after_publish

    align_after_publish(instance)


def tell_sender_of_answer(sender, instance, **kwargs) -> None:
    """Whatever saved the question (the moderation form, publish_answer, a
    confirmation, a script): if it has an answer, or is grouped under a question
    that has one, its sender (and those of the questions grouped under it) are
    emailed once, after the commit. Grouping a repeat under a question answered
    long ago is the common case this catches."""
    from .services import notify_answered

    answered_id = None
    if instance.answer_published_at is not None and not instance.duplicate_of_id:
        answered_id = instance.pk
    elif (
        instance.duplicate_of_id
        # From the database: the instance's cached original may predate its answer.
        and type(instance).objects.filter(pk=instance.duplicate_of_id, answer_published_at__isnull=False).exists()
    ):
        answered_id = instance.duplicate_of_id
    if answered_id is None:
        return  # notify_answered skips senders who have not confirmed yet
    # Links on the host the moderator uses, when the admin form says which.
    base = getattr(instance, "notify_base_url", None)
    transaction.on_commit(lambda: notify_answered(answered_id, base))


def register() -> None:
    from .models import EventPage, MeetingPage, Question

    page_published.connect(record_sequence, sender=EventPage, dispatch_uid="events-calendar-sequence")
    # Meetings are in the calendar feeds too.
    page_published.connect(record_sequence, sender=MeetingPage, dispatch_uid="events-calendar-sequence-meeting")
    # After the SEQUENCE of the page itself, so each copy's publication is recorded after its source's.
    page_published.connect(align_translations, sender=EventPage, dispatch_uid="events-align-translations")
    page_published.connect(align_translations, sender=MeetingPage, dispatch_uid="events-align-translations-meeting")
    post_save.connect(tell_sender_of_answer, sender=Question, dispatch_uid="events-question-answer-notice")
