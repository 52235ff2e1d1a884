"""Parameters every API endpoint shares: the locale and the page window."""

import re
from collections.abc import Callable, Sequence
from datetime import date
from typing import Annotated

from django.conf import settings
from ninja import Field, Schema
from pydantic import BeforeValidator
from wagtail.models import Locale

from .delivery import default_locale, locale_table
from .input_guard import DB_INT_MAX
from .problems import bad_choice

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
