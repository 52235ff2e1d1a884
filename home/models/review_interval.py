"""How long a flagship may go between reviews: the one bound for the page's own
interval, the organisation's default (Organisation settings) and the deployment's
(`FLAGSHIP_REVIEW_INTERVAL_DAYS`).

A due date is the last review plus the interval; Python dates end on 31 December
9999, so an unbounded interval (SQLite lets a small integer field hold 64 bits)
made every page that computes a due date fail. Ten years is longer than any
programme review cycle the organisation uses and keeps every due date far from
that end.
"""

from datetime import date, timedelta

from django.conf import settings
from django.core import checks
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import CheckConstraint, Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

MIN_REVIEW_INTERVAL_DAYS = 1
MAX_REVIEW_INTERVAL_DAYS = 3650

REVIEW_INTERVAL_VALIDATORS = [
    MinValueValidator(
        MIN_REVIEW_INTERVAL_DAYS,
        message=_("Review interval: give at least %(limit_value)s day."),
    ),
    MaxValueValidator(
        MAX_REVIEW_INTERVAL_DAYS,
        message=_("Review interval: give at most %(limit_value)s days (ten years)."),
    ),
]


def review_interval_in_bounds(field: str, *, allow_null: bool) -> Q:
    """The database condition that keeps `field` within the bounds."""
    within = Q(**{f"{field}__gte": MIN_REVIEW_INTERVAL_DAYS, f"{field}__lte": MAX_REVIEW_INTERVAL_DAYS})
    return within | Q(**{f"{field}__isnull": True}) if allow_null else within


def review_interval_constraint(field: str, *, name: str, allow_null: bool) -> CheckConstraint:
    """The database check on `field`, with the message the validators give."""
    return CheckConstraint(
        condition=review_interval_in_bounds(field, allow_null=allow_null),
        name=name,
        violation_error_message=format_lazy(
            _("Review interval: give from {minimum} to {maximum} days."),
            minimum=MIN_REVIEW_INTERVAL_DAYS,
            maximum=MAX_REVIEW_INTERVAL_DAYS,
        ),
    )


def clamped_interval(days: int) -> int:
    """`days` brought within the bounds: rows and revisions stored before the bound
    existed still give a due date."""
    return max(MIN_REVIEW_INTERVAL_DAYS, min(int(days), MAX_REVIEW_INTERVAL_DAYS))


def add_days(start: date, days: int) -> date:
    """`start` plus `days`, held at the last representable date instead of overflowing."""
    try:
        return start + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def deployment_setting_errors(app_configs=None, **kwargs) -> list[checks.CheckMessage]:
    """System check: `FLAGSHIP_REVIEW_INTERVAL_DAYS` within the same bounds. The
    organisation's setting starts from it, clamped, so an out-of-bounds value
    would otherwise be changed without anyone being told."""
    value = settings.FLAGSHIP_REVIEW_INTERVAL_DAYS
    if isinstance(value, int) and MIN_REVIEW_INTERVAL_DAYS <= value <= MAX_REVIEW_INTERVAL_DAYS:
        return []
    return [
        checks.Error(
            f"FLAGSHIP_REVIEW_INTERVAL_DAYS is {value!r}.",
            hint=f"Give from {MIN_REVIEW_INTERVAL_DAYS} to {MAX_REVIEW_INTERVAL_DAYS} days "
            "(the bound of every review interval).",
            id="home.E001",
        )
    ]
