"""Countries and currencies from the ISO lists, named and formatted per language."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from core.geography import (
    country_code,
    country_name,
    currency_exponent,
    format_money,
    validate_country,
    validate_currency,
)


@pytest.mark.parametrize(
    ("language", "name"), [("en", "Kenya"), ("fr", "Kenya"), ("ar", "كينيا"), ("zh-hans", "肯尼亚"), ("ru", "Кения")]
)
def test_countries_are_named_in_each_un_language(language, name):
    assert country_name("ke", language) == name


def test_free_text_country_names_map_to_codes():
    assert country_code("Kenya") == "ke"
    assert country_code("KE") == "ke"
    assert country_code("Atlantis") is None


def test_unknown_codes_are_refused_with_a_message():
    validate_country("ke")
    validate_currency("KES")
    with pytest.raises(ValidationError, match="ISO 3166"):
        validate_country("xx")
    with pytest.raises(ValidationError, match="ISO 4217"):
        validate_currency("USS")


def test_amounts_follow_the_languages_conventions():
    assert format_money(Decimal("12500000"), "USD", "fr") == "12\u202f500\u202f000,00\xa0$US"
    assert format_money(Decimal("12500000"), "USD", "en") == "$12,500,000.00"
    assert currency_exponent("JPY") == 0 and currency_exponent("USD") == 2
