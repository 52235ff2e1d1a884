"""Countries, currencies and amounts: the one source every app uses.

The ISO lists come from pycountry (ISO 3166-1 and ISO 4217, kept up to date by
its maintainers); names in the six UN languages and number formats come from
Babel (CLDR). Countries are stored as lower-case ISO 3166-1 alpha-2 codes
("ke"), currencies as ISO 4217 codes ("KES").
"""

from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

import pycountry
from babel import Locale as BabelLocale
from babel import UnknownLocaleError, numbers
from babel.dates import get_timezone, get_timezone_gmt, get_timezone_location, get_timezone_name
from babel.lists import format_list
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

COUNTRY_CODES = frozenset(country.alpha_2.lower() for country in pycountry.countries)
CURRENCY_CODES = frozenset(currency.alpha_3 for currency in pycountry.currencies)


def babel_locale(language_code: str | None = None) -> BabelLocale:
    """The CLDR locale for a Django language code ("zh-hans" → zh_Hans); English if unknown."""
    code = (language_code or get_language() or "en").replace("-", "_")
    language, _sep, script = code.partition("_")
    tag = f"{language}_{script.capitalize()}" if script else language
    try:
        return BabelLocale.parse(tag)
    except (ValueError, UnknownLocaleError):
        return BabelLocale.parse("en")


@lru_cache(maxsize=16)
def _territory_names(language_code: str) -> dict[str, str]:
    return dict(babel_locale(language_code).territories)


def country_name(code: str, language_code: str | None = None) -> str:
    """The country's name in the language (the code itself if unknown)."""
    names = _territory_names(language_code or get_language() or "en")
    return names.get(code.upper(), code.upper())


def country_choices(language_code: str = "en") -> list[tuple[str, str]]:
    """(code, name) for every ISO 3166-1 country, sorted by name in the language."""
    return sorted(((code, country_name(code, language_code)) for code in COUNTRY_CODES), key=lambda item: item[1])


def country_code(text: str) -> str | None:
    """The ISO code for a code or an English name ("Kenya", "KE", "ke"), or None."""
    text = (text or "").strip()
    if not text:
        return None
    if text.lower() in COUNTRY_CODES:
        return text.lower()
    try:
        return pycountry.countries.lookup(text).alpha_2.lower()
    except LookupError:
        return None


def normalise_country(value: str) -> str:
    """A country filter's value as stored ("KE", " ke" → "ke"): every listing's
    `?country=` reads it so, and the API cache keys on it (one answer, one key)."""
    return value.strip().lower()


def validate_country(value: str) -> None:
    if value not in COUNTRY_CODES:
        raise ValidationError(
            _("%(value)s is not an ISO 3166-1 country code: use two letters such as ke, fr or br."),
            params={"value": value},
            code="invalid_country",
        )


def validate_currency(value: str) -> None:
    if value not in CURRENCY_CODES:
        raise ValidationError(
            _("%(value)s is not an ISO 4217 currency code: use three capital letters such as USD, EUR or KES."),
            params={"value": value},
            code="invalid_currency",
        )


def currency_name(code: str, language_code: str | None = None) -> str:
    return numbers.get_currency_name(code, locale=babel_locale(language_code))


def currency_exponent(code: str) -> int:
    """Digits after the decimal point in the currency's minor unit (JPY 0, USD 2, KWD 3)."""
    return numbers.get_currency_precision(code.upper())


def format_money(amount: Decimal, currency: str, language_code: str | None = None) -> str:
    """An amount with its currency in the language's conventions ("12 500 000,00 $US" in French)."""
    return numbers.format_currency(amount, currency, locale=babel_locale(language_code))


def format_number(value, language_code: str | None = None) -> str:
    return numbers.format_decimal(value, locale=babel_locale(language_code))


def join_list(items: Iterable[str], language_code: str | None = None, style: str = "standard") -> str:
    """Items joined as the language writes a list: "a, b et c" in French,
    "a وb وc" in Arabic, "a、b和c" in Chinese (CLDR list patterns). `style="unit"`
    joins without a conjunction ("a, b, c"; Arabic "a، b، c")."""
    items = [str(item) for item in items if item]
    if not items:
        return ""
    return format_list(items, style=style, locale=babel_locale(language_code))


def time_zone_name(zone_name: str, moment: datetime | None = None, language_code: str | None = None) -> str:
    """A time zone as readers name it, at `moment` (summer time or not): "heure
    normale d’Afrique de l’Est", "توقيت شرق أفريقيا", never the IANA id. Where
    CLDR has no name for the zone's offset (Asia/Amman since Jordan kept +03),
    the location form ("heure : Jordanie"); the id itself only if Babel does not
    know the zone."""
    locale = babel_locale(language_code)
    try:
        zone = get_timezone(zone_name)
    except LookupError:
        return zone_name
    moment = moment.astimezone(zone) if moment is not None else datetime.now(zone)
    name = get_timezone_name(moment, "long", locale=locale)
    if name == get_timezone_gmt(moment, "long", locale=locale):
        return get_timezone_location(zone, locale=locale)
    return name


class Region(models.TextChoices):
    """The closed list of regions stories, events and briefs are filed under.

    The organisation reports to Member States by these regions (its regional
    offices), not by the UN geoscheme, so the list is ours; CLDR has no such
    grouping to borrow. Codes are stable; labels are translated in the catalogs.
    """

    AFRICA = "africa", _("Africa")
    ARAB_STATES = "arab-states", _("Arab States")
    ASIA_PACIFIC = "asia-pacific", _("Asia and the Pacific")
    EUROPE = "europe", _("Europe")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")
    NORTH_AMERICA = "north-america", _("North America")
    GLOBAL = "global", _("Global")
