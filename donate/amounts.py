"""The one grammar for an amount a donor types or a front end sends.

`Decimal()` also reads Python spellings a donor never means: `1_000`, full-width
or other Unicode digits (`１０００`, `٢٥`), `1e3`. Gifts take ASCII digits with
at most one `.` and two decimals (the giving form is not localised: its input
is `type=number`-like, with `.` as the separator in every language).
"""

import re

PLAIN_AMOUNT = re.compile(r"[0-9]+(\.[0-9]{1,2})?", re.ASCII)


def is_plain_amount(text: str) -> bool:
    return PLAIN_AMOUNT.fullmatch(text.strip()) is not None
