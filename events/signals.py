"""Receivers: each publication of an event records its calendar SEQUENCE."""

from wagtail.signals import page_published


def record_sequence(sender, instance, **kwargs) -> None:
    from .calendar_sequences import record_publication

    record_publication(instance)


def register() -> None:
    from .models import EventPage

    page_published.connect(record_sequence, sender=EventPage, dispatch_uid="events-calendar-sequence")
