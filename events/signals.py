"""Receivers: each publication of an event or a meeting records its calendar
SEQUENCE and gives its language copies the same facts (translation_facts.py)."""

from wagtail.signals import page_published


def record_sequence(sender, instance, **kwargs) -> None:
    from .calendar_sequences import record_publication

    record_publication(instance)


def align_translations(sender, instance, **kwargs) -> None:
    from .translation_facts import align_after_publish

    align_after_publish(instance)


def register() -> None:
    from .models import EventPage, MeetingPage

    page_published.connect(record_sequence, sender=EventPage, dispatch_uid="events-calendar-sequence")
    # Meetings are in the calendar feeds too.
    page_published.connect(record_sequence, sender=MeetingPage, dispatch_uid="events-calendar-sequence-meeting")
    # After the SEQUENCE of the page itself, so each copy's publication is recorded after its source's.
    page_published.connect(align_translations, sender=EventPage, dispatch_uid="events-align-translations")
    page_published.connect(align_translations, sender=MeetingPage, dispatch_uid="events-align-translations-meeting")
