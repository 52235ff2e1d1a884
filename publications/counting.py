"""Counting downloads and views with one atomic statement each.

`INSERT ... ON CONFLICT DO UPDATE SET count = count + 1` is a single upsert on
both SQLite and PostgreSQL: concurrent requests never read-modify-write, so no
increment is lost and no transaction needs retrying.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from core.rate_limits import client_address
from publications.models import DownloadCount, ViewCount

# Crawlers, link previewers and scripted clients announce themselves; an empty
# User-Agent is a script too. Browsers never match.
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|archiver|preview|fetch|scan|monitor|curl|wget|python|httpie|java/|go-http|"
    r"okhttp|libwww|headless|lighthouse|pingdom|facebookexternalhit|embedly|whatsapp|bingpreview",
    re.IGNORECASE,
)


def is_bot(user_agent: str | None) -> bool:
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def repeats_a_download(request, row_id: int) -> bool:
    """Whether this client already downloaded the publication's document (its row
    in one language, `row_id`) within the window, or asks for a later part of a
    file it is fetching (a resumed download or a PDF viewer's range request)."""
    requested = request.headers.get("Range", "").replace(" ", "")
    if requested and not requested.startswith("bytes=0-"):
        return True
    return _seen_within_window(request, "download", row_id)


def repeats_a_view(request, page_id: int) -> bool:
    """Whether this client already viewed the page (one locale's copy, `page_id`)
    within the window: a reader reloading the abstract, or a script posting the
    beacon in a loop, is one view."""
    return _seen_within_window(request, "view", page_id)


def _seen_within_window(request, kind: str, item_id: int) -> bool:
    """The one repeat rule of downloads and views: a client counts once per item
    and kind within PUBLICATIONS_REPEAT_SECONDS (an hour by default), as
    COUNTER's double-click rule counts a repeat. Marks the item seen as it
    answers. The address is kept only as a salted hash in the shared cache (so
    every worker sees the same mark), never in the counts."""
    address = client_address(kind, request)
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{kind}:{address}:{item_id}".encode()).hexdigest()[:32]
    window = getattr(settings, "PUBLICATIONS_REPEAT_SECONDS", 3600)
    # cache.add stores only when the key is absent: one atomic check-and-mark.
    return not cache.add(f"{kind}-seen:{digest}", 1, timeout=window)


def _upsert(model, values: dict, conflict: list[str]) -> None:
    table = connection.ops.quote_name(model._meta.db_table)
    columns = list(values) + ["count"]
    quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
    placeholders = ", ".join(["%s"] * len(columns))
    conflict_sql = ", ".join(connection.ops.quote_name(column) for column in conflict)
    count = connection.ops.quote_name("count")
    # Foreign keys arrive as ids; the UUID and the date need the backend's own format.
    params = [
        value if column.endswith("_id") else model._meta.get_field(column).get_db_prep_value(value, connection)
        for column, value in values.items()
    ]
    sql = (
        f"INSERT INTO {table} ({quoted}) VALUES ({placeholders}) "
        f"ON CONFLICT ({conflict_sql}) DO UPDATE SET {count} = {table}.{count} + 1"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, 1])


def record_download(translation_key, document_id: int, locale_id: int, day=None) -> None:
    values = {
        "translation_key": translation_key,
        "document_id": document_id,
        "locale_id": locale_id,
        "day": day or timezone.localdate(),
    }
    _upsert(DownloadCount, values, ["translation_key", "document_id", "locale_id", "day"])


def record_view(translation_key, locale_id: int, day=None) -> None:
    values = {"translation_key": translation_key, "locale_id": locale_id, "day": day or timezone.localdate()}
    _upsert(ViewCount, values, ["translation_key", "locale_id", "day"])
