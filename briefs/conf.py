"""The briefs app's settings, each with a default (see the README's configuration table)."""

from django.conf import settings


def _setting(name: str, default):
    return getattr(settings, name, default)


def subscribe_rate(group=None, request=None) -> str:
    """Sign-ups per visitor address (a callable so django-ratelimit reads it per request)."""
    return str(_setting("BRIEFS_SUBSCRIBE_RATE", "5/h"))


def subscribe_rate_per_email(group=None, request=None) -> str:
    """Confirmation emails to one address, so the form cannot be used to flood someone."""
    return str(_setting("BRIEFS_SUBSCRIBE_RATE_PER_EMAIL", "3/d"))


def batch_size() -> int:
    return int(_setting("BRIEFS_SENDING_BATCH_SIZE", 100))
