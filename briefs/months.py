"""The month a brief reports on: parsed strictly, never in the future."""

import re
from calendar import monthrange
from datetime import date, timedelta

from django.utils.translation import gettext as _

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class MonthError(ValueError):
    """A month that cannot be composed, with a message for the person who asked."""


def parse_month(text: str, today: date) -> date:
    """ "2024-05" → date(2024, 5, 1).

    Raises:
        MonthError: for anything but YYYY-MM, a month outside 1–12, or a month
            that has not started yet (the current month may be drafted early).
    """
    match = _MONTH.match((text or "").strip())
    if not match:
        raise MonthError(_("Give the month as YYYY-MM, for example 2024-05; “%(text)s” is not.") % {"text": text})
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        raise MonthError(_("%(month)02d is not a month: use 01 to 12.") % {"month": month})
    if year < 2000:
        raise MonthError(_("%(year)d is too early: the site holds nothing before 2000.") % {"year": year})
    first = date(year, month, 1)
    if first > today.replace(day=1):
        raise MonthError(
            _("%(month)s has not started yet: a brief reports on a month that has begun or ended.")
            % {"month": first.strftime("%Y-%m")}
        )
    return first


def month_bounds(first: date) -> tuple[date, date]:
    return first, first.replace(day=monthrange(first.year, first.month)[1])


def next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)
