"""The events app's settings, each with a default (see the README's configuration table)."""

from django.conf import settings


def question_rate(group=None, request=None) -> str:
    """Questions sent per visitor address (a callable so django-ratelimit reads it per request)."""
    return str(getattr(settings, "EVENTS_QUESTION_RATE", "5/m"))


def question_rate_per_email(group=None, request=None) -> str:
    """Confirmation emails to one address, so the form cannot be used to flood someone."""
    return str(getattr(settings, "EVENTS_QUESTION_RATE_PER_EMAIL", "10/h"))


def confirmation_days() -> int:
    return int(getattr(settings, "EVENTS_CONFIRMATION_DAYS", 7))
