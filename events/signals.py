"""Receivers: each publication of an event or a meeting records its calendar SEQUENCE."""

from wagtail.signals import page_published


def record_sequence(sender, instance, **kwargs) -> None:
    from .calendar_sequences import record_publication

    record_publication(instance)


def register() -> None:
    from .models import EventPage, MeetingPage

    page_published.connect(record_sequence, sender=EventPage, dispatch_uid="events-calendar-sequence")
    # Meetings are in the calendar feeds too.
    page_published.connect(record_sequence, sender=MeetingPage, dispatch_uid="events-calendar-sequence-meeting")
