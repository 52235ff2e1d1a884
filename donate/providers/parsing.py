"""Strict reading of a provider's event: every value the ledger uses is checked
for type and range before it is trusted, so that a signed but absurd event
(`NaN`, `1e20`, a list where an object belongs, a null id, a timestamp in the
year 33,000) is refused with a reason instead of ending in a 500 or a wrong row.

The signature proves who sent an event, not that its values are sane: a bug at
the provider, a leaked secret or a test tool can all sign nonsense.
"""

import json
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from django.utils import timezone

from core.input_guard import has_control_characters

from ..models.ledger import AMOUNT_LIMIT, AMOUNT_PLACES
from .base import WebhookRejected

# Providers started sending webhooks long after this; an earlier "created" is garbage.
EARLIEST_EVENT = datetime(2010, 1, 1, tzinfo=UTC)
# Clocks drift; a day ahead is generous, a year ahead is an attack or a bug.
FUTURE_SLACK = timedelta(days=1)
ID_MAX_LENGTH = 255
PLAIN_DECIMAL = re.compile(r"^[0-9]{1,12}(\.[0-9]{1,2})?$")


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not a number the ledger accepts")


def _plain_float(literal: str) -> Decimal:
    # The literal as sent: "1e20" would be a valid float but is never a real amount.
    if "e" in literal.lower():
        raise ValueError(f"{literal} is not a number the ledger accepts (exponent)")
    return Decimal(literal)


def load_object(text: str, *, verified: bool) -> dict:
    """The JSON object in `text`; NaN and Infinity refused (Python's json takes them)."""
    try:
        event = json.loads(text, parse_float=_plain_float, parse_constant=_refuse_constant)
    except RecursionError:
        # Arrays nested thousands deep: no provider sends them; Python's parser gives up.
        raise WebhookRejected("malformed JSON event: nested too deeply", verified=verified) from None
    except ValueError as error:
        if "not a number the ledger accepts" in str(error):
            raise WebhookRejected(f"malformed number: {error}", verified=verified) from None
        raise WebhookRejected("malformed JSON event", verified=verified) from None
    if not isinstance(event, dict):
        raise WebhookRejected("malformed JSON event: not an object", verified=verified)
    return event


def obj(value, name: str) -> dict:
    if not isinstance(value, dict):
        raise WebhookRejected(f"{name} is not an object", verified=True)
    return value


def identifier(value, name: str, *, required: bool = True) -> str:
    """A provider id: a non-empty string of printable characters, at most 255 long.
    Never `str(None)`, which would make every later null id collide with the first."""
    if value is None or value == "":
        if required:
            raise WebhookRejected(f"{name} is missing", verified=True)
        return ""
    if not isinstance(value, str):
        raise WebhookRejected(f"{name} is not a string", verified=True)
    if len(value) > ID_MAX_LENGTH or has_control_characters(value):
        raise WebhookRejected(
            f"{name} is longer than {ID_MAX_LENGTH} characters or has control characters", verified=True
        )
    return value


def timestamp(value, name: str = "created") -> datetime:
    if isinstance(value, bool) or not isinstance(value, int):
        raise WebhookRejected(f"{name} is not a whole number of seconds", verified=True)
    latest = timezone.now() + FUTURE_SLACK
    if not EARLIEST_EVENT.timestamp() <= value <= latest.timestamp():
        raise WebhookRejected(f"{name} timestamp {value} is out of range", verified=True)
    return datetime.fromtimestamp(value, tz=UTC)


def _within_column(amount: Decimal, name: str) -> Decimal:
    if not amount.is_finite():
        raise WebhookRejected(f"malformed number: {name} is not finite", verified=True)
    if amount.as_tuple().exponent < -AMOUNT_PLACES:
        raise WebhookRejected(f"malformed number: {name} has more than {AMOUNT_PLACES} decimal places", verified=True)
    if not 0 < amount < AMOUNT_LIMIT:
        raise WebhookRejected(f"{name} must be more than 0 and less than {AMOUNT_LIMIT:,}", verified=True)
    return amount.quantize(Decimal("0.01"))


def decimal_amount(value, name: str = "amount") -> Decimal:
    """A positive amount in major units, as a plain decimal string ("25.00") or a
    whole number; never an exponent, a float's binary noise or a list."""
    if isinstance(value, bool):
        raise WebhookRejected(f"malformed number: {name} is a boolean", verified=True)
    if isinstance(value, int):
        return _within_column(Decimal(value), name)
    if isinstance(value, Decimal):  # a JSON number with a point, parsed exactly
        return _within_column(value, name)
    if isinstance(value, str) and PLAIN_DECIMAL.match(value):
        return _within_column(Decimal(value), name)
    if value is None:
        raise WebhookRejected(f"{name} is missing", verified=True)
    raise WebhookRejected(f"malformed number: {name} is not a plain decimal number", verified=True)


def minor_units(value, exponent: int, name: str = "amount") -> Decimal:
    """A positive amount in minor units (cents), as Stripe sends it: an integer."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise WebhookRejected(f"malformed number: {name} is not a whole number of minor units", verified=True)
    if value <= 0:
        raise WebhookRejected(f"{name} must be more than 0", verified=True)
    if value >= AMOUNT_LIMIT * 10**exponent:
        raise WebhookRejected(f"{name} must be less than {AMOUNT_LIMIT:,}", verified=True)
    return _within_column(Decimal(value).scaleb(-exponent), name)


def currency(value, name: str = "currency") -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{3}", value):
        raise WebhookRejected(f"{name} is not a three-letter code", verified=True)
    return value.upper()


def claimed(payload: bytes) -> tuple[str, str]:
    """(event id, event type) as an unverified payload claims them, for the record
    of refusals; blank where unreadable. Never raises."""
    try:
        event = json.loads(payload.decode(), parse_constant=lambda name: None)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return "", ""
    if not isinstance(event, dict):
        return "", ""

    def text(value, length):
        if not isinstance(value, str):
            return ""
        return re.sub(r"[\x00-\x1f\x7f]", "", value)[:length]

    return text(event.get("id"), ID_MAX_LENGTH), text(event.get("type"), 100)
