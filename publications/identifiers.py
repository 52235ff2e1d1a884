"""Checks for the identifiers librarians use to find a publication."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def _isbn10_ok(digits: str) -> bool:
    total = sum((10 - i) * (10 if ch == "X" else int(ch)) for i, ch in enumerate(digits))
    return total % 11 == 0


def _isbn13_ok(digits: str) -> bool:
    total = sum((1 if i % 2 == 0 else 3) * int(ch) for i, ch in enumerate(digits))
    return total % 10 == 0


def validate_isbn(value: str) -> None:
    """ISBN-10 or ISBN-13, hyphens and spaces allowed, check digit verified."""
    digits = value.replace("-", "").replace(" ", "").upper()
    valid = (len(digits) == 13 and digits.isdigit() and _isbn13_ok(digits)) or (
        len(digits) == 10 and digits[:9].isdigit() and (digits[9].isdigit() or digits[9] == "X") and _isbn10_ok(digits)
    )
    if not valid:
        raise ValidationError(
            _("“%(value)s” is not a valid ISBN: check the digits (ISBN-13 such as 978-92-1-132878-3)."),
            params={"value": value},
            code="invalid_isbn",
        )
