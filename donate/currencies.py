"""ISO 4217 currencies a project may be funded in.

A closed list rather than free text: a typo ("USS") would split a project's
totals into two currencies that can never be added together.
"""

from django.utils.translation import gettext_lazy as _

CURRENCY_CHOICES = [
    ("USD", _("US dollar (USD)")),
    ("EUR", _("Euro (EUR)")),
    ("GBP", _("Pound sterling (GBP)")),
    ("CHF", _("Swiss franc (CHF)")),
    ("JPY", _("Japanese yen (JPY)")),
    ("KES", _("Kenyan shilling (KES)")),
    ("SEK", _("Swedish krona (SEK)")),
    ("NOK", _("Norwegian krone (NOK)")),
    ("CAD", _("Canadian dollar (CAD)")),
    ("AUD", _("Australian dollar (AUD)")),
]
CURRENCY_CODES = frozenset(code for code, _label in CURRENCY_CHOICES)

# Payment providers count in minor units (cents); these currencies have none.
ZERO_DECIMAL_CURRENCIES = frozenset({"JPY", "KRW", "VND", "CLP", "XOF", "XAF", "UGX", "RWF"})


def minor_unit_exponent(currency: str) -> int:
    return 0 if currency.upper() in ZERO_DECIMAL_CURRENCIES else 2
