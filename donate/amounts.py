"""The one grammar for an amount a donor types or a front end sends.

`Decimal()` also reads Python spellings a donor never means: `1_000`, full-width
or other Unicode digits (`１０００`, `٢٥`), `1e3`. Gifts take ASCII digits with
at most one `.` and two decimals (the giving form is not localised: its input
is `type=number`-like, with `.` as the separator in every language).
"""

import re

PLAIN_AMOUNT = re.compile(r"[0-9]+(\.[0-9]{1,2})?", re.ASCII)
# Any number of decimals: how many a currency allows is the giving form's
# check, so that "10.005" is told it has one decimal too many, not that it is
# not a number.
DECIMAL_NUMBER = re.compile(r"[0-9]+(\.[0-9]+)?", re.ASCII)
# What donors type meaning a number the grammar refuses: a decimal comma
# ("50,5", as French, Spanish and Russian write it) and a thousands separator
# ("1,000", "10 000").
DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}", re.ASCII)
THOUSANDS = re.compile(r"[0-9]{1,3}(?:[,\u00a0\u202f ][0-9]{3})+")


def is_plain_amount(text: str) -> bool:
    return PLAIN_AMOUNT.fullmatch(text.strip()) is not None


def is_decimal_number(text: str) -> bool:
    return DECIMAL_NUMBER.fullmatch(text.strip()) is not None


def decimal_places(amount) -> int:
    """Decimals that carry a value: 10.50 has one, 10.00 none, 10.005 three."""
    return max(0, -amount.normalize().as_tuple().exponent)
