"""Parameters every API endpoint shares: the locale and the page window."""

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Annotated

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from ninja import Field, Schema
from pydantic import BeforeValidator
from wagtail.models import Locale

from .delivery import default_locale, locale_table
from .input_guard import DB_INT_MAX
from .problems import Problem, bad_choice, text

# Every integer the API reads is one of these, bounded to what the database can
# hold (64-bit): a larger number is a 400 with the parameter named, never a 500.
# tests/core/test_openapi.py checks that no integer parameter is left unbounded.
Id = Annotated[int, Field(ge=1, le=DB_INT_MAX, description="The item's id.")]
Count = Annotated[int, Field(ge=1, le=DB_INT_MAX)]
Year = Annotated[int, Field(ge=1, le=9999, description="A four-digit year.")]


def _calendar_date_text(value):
    # Pydantic's lax mode reads "0" or "1700000000" as a Unix time; the documented
    # format is a calendar date, so anything else is refused (400) rather than guessed.
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("give a date as YYYY-MM-DD")
    return value


IsoDate = Annotated[date, BeforeValidator(_calendar_date_text)]


def split_values(value) -> list[str] | None:
    """`?a=x&a=y` and `?a=x,y` mean the same: every value, once, in the order given."""
    if value is None:
        return None
    values: list[str] = []
    for item in value if isinstance(value, list | tuple) else [value]:
        for part in str(item).split(","):
            part = part.strip()
            if part and part not in values:
                values.append(part)
    return values or None


# A filter that takes one value or several: an item matches when it matches any
# of them. Repeated (`?thematic_area=a&thematic_area=b`) or comma-separated
# (`?thematic_area=a,b`), the same answer (and the same cache key: api_cache).
Values = Annotated[
    list[str] | None,
    BeforeValidator(split_values),
    Field(description="One value, or several (repeated or comma-separated): items matching any of them."),
]
Years = Annotated[
    list[Annotated[int, Field(ge=1, le=9999)]] | None,
    BeforeValidator(split_values),
    Field(description="Four-digit years, one or several (repeated or comma-separated)."),
]

# The parameters whose values form a set (filters, `fields`, `expand`): their
# order and repetition never change an answer, so api_cache sorts them into one
# cache key. tests/core/test_openapi.py checks that every list parameter is here.
SET_PARAMETERS = frozenset(
    {
        "thematic_area",
        "type",
        "year",
        "keyword",
        "status",
        "country",
        "region",
        "audience",
        "flagship",
        "fields",
        "expand",
    }
)


def _sentences(parts) -> str:
    return " ".join(str(part) for part in parts)


def refuse_repeated(query, multi_valued) -> None:
    """A parameter that takes one value given several times (`?limit=5&limit=500`,
    `?locale=fr&locale=ar`) is refused: which one the client meant cannot be
    known, and answering with the last one (Django's choice) hides the mistake.
    Parameters in `multi_valued` (filters, `fields`, `expand`) take several.

    Raises:
        Problem: 400 `repeated_parameter` naming the first such parameter, with
            every repeated one in `params.repeated` and the values sent in the detail.
    """
    repeated = {name: values for name, values in query.lists() if len(values) > 1 and name not in multi_valued}
    if not repeated:
        return
    names = sorted(repeated)
    sentences = [
        text(
            _("'%(parameter)s' takes one value but was sent %(values)s; send it once."),
            parameter=name,
            values=", ".join(repr(value) for value in repeated[name]),
        )
        for name in names
    ]
    raise Problem(
        400,
        lazy(_sentences, str)(sentences),
        parameter=names[0],
        code="repeated_parameter",
        params={"repeated": names, "values": repeated[names[0]]},
    )


def ordering_parameter(allowed: dict[str, tuple[str, ...]], default: str):
    """The `ordering` query parameter of a listing: one of `allowed` (a leading
    `-` is descending), documented as an enum."""
    return Field(
        None,
        description=f"Order of the items: one of {', '.join(allowed)} (`-` descending). Default: {default}.",
        json_schema_extra={"enum": list(allowed)},
    )


def order_by(queryset, ordering: str | None, allowed: dict[str, tuple[str, ...]]):
    """`queryset` in the `ordering` asked for (None: as it is); a value not in
    `allowed` is a 400 naming it and the values that exist. Every order ends
    with the primary key, so pages of a listing never overlap."""
    if not ordering:
        return queryset
    if ordering not in allowed:
        raise bad_choice("ordering", ordering, allowed)
    return queryset.order_by(*allowed[ordering], "pk")


def resolve_locale(code: str | None) -> Locale:
    """The requested locale, the default one when none is asked for.

    Raises a 400 problem listing the valid codes for anything else.
    """
    if not code:
        return default_locale()
    locales = {locale.language_code: locale for locale in locale_table().values()}
    locale = locales.get(code) or locales.get(code.lower())
    if locale is None:
        raise bad_choice("locale", code, locales)
    return locale


class Window(Schema):
    """limit/offset paging. An oversized `limit` is capped rather than refused,
    so a client asking for "everything" gets the largest page instead of an error."""

    limit: int = Field(
        settings.API_PAGE_SIZE,
        ge=1,
        le=DB_INT_MAX,
        description=f"Items per page; capped at {settings.API_MAX_PAGE_SIZE}.",
    )
    offset: int = Field(0, ge=0, le=DB_INT_MAX, description="How many items to skip.")

    @property
    def capped_limit(self) -> int:
        return min(self.limit, settings.API_MAX_PAGE_SIZE)


def paginate(queryset, window: Window, build: Callable[[Sequence], list]) -> dict:
    """One page of `queryset` as the listing envelope.

    `build` turns the page's rows into output items all at once, so it can fetch
    what the items share in a fixed number of queries.
    """
    limit = window.capped_limit
    count = queryset.count()
    # Past the end there is nothing to fetch; skipping the query also keeps
    # offset + limit from overflowing the database's 64-bit OFFSET.
    rows = list(queryset[window.offset : window.offset + limit]) if window.offset < count else []
    return {"count": count, "limit": limit, "offset": window.offset, "items": build(rows)}


def listing_schema(item_schema, name: str):
    """The listing envelope for `item_schema`, named for the OpenAPI document."""
    return type(
        name,
        (Schema,),
        {"__annotations__": {"count": int, "limit": int, "offset": int, "items": list[item_schema]}},
    )
