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
    in one language, `row_id`) within the window
    (DOWNLOAD_REPEAT_SECONDS, an hour by default), or asks for a later part of
    a file it is fetching (a resumed download or a PDF viewer's range request).

    A reader who opens a report twice, or a script fetching it two hundred
    times, is one download, as COUNTER's double-click rule counts a repeat; the
    address is kept only as a hash in the shared cache, never in the counts."""
    requested = request.headers.get("Range", "").replace(" ", "")
    if requested and not requested.startswith("bytes=0-"):
        return True
    address = request.META.get("REMOTE_ADDR") or "unknown"
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{address}:{row_id}".encode()).hexdigest()[:32]
    window = getattr(settings, "DOWNLOAD_REPEAT_SECONDS", 3600)
    return not cache.add(f"download-seen:{digest}", 1, timeout=window)


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
