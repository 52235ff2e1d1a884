"""Dates and times as people announce them: a local date and time in a named
IANA time zone ("Africa/Nairobi"), turned into UTC instants for ordering and
queries. Editors type the times of the place; nothing depends on the time zone
of whoever is signed in to the admin."""

from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_TIME_ZONE = "UTC"


@lru_cache(maxsize=1)
def time_zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


@lru_cache(maxsize=1)
def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in sorted(time_zone_names())]


def validate_time_zone(value: str) -> None:
    if value not in time_zone_names():
        raise ValidationError(
            _("%(value)s is not a time zone: choose one such as Africa/Nairobi, Europe/Geneva or America/New_York."),
            params={"value": value},
            code="invalid_time_zone",
        )


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_TIME_ZONE)


def local_instant(day: date | None, moment: time | None, zone_name: str) -> datetime | None:
    """The aware datetime of `day` at `moment` (midnight without one) in the zone."""
    if day is None:
        return None
    return datetime.combine(day, moment or time.min, tzinfo=zone(zone_name))


def span(start_date, start_time, end_date, end_time, zone_name, all_day) -> tuple[datetime | None, datetime | None]:
    """(start, end) as aware datetimes in the event's zone. An all-day event ends at
    the midnight after its last day (iCalendar's exclusive DTEND); an event without
    an end time ends at the end of its start time or day."""
    start = local_instant(start_date, None if all_day else start_time, zone_name)
    if start is None:
        return None, None
    last_day = end_date or start_date
    if all_day:
        return start, local_instant(last_day + timedelta(days=1), None, zone_name)
    if end_time is None:
        end = start if end_date is None else local_instant(last_day + timedelta(days=1), None, zone_name)
        return start, end
    return start, local_instant(last_day, end_time, zone_name)
