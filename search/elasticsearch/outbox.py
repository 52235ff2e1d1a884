"""The outbox between publishing and the index.

Publishing writes a row here in its own transaction and returns: it never waits
on Elasticsearch, and a change made while the cluster is down is not lost. A
worker (`manage.py sync_search_index`) sends the rows through the alias, with
`require_alias` so that nothing is ever auto-created under its name, and keeps
the rows it could not send, with the reason, for another try.
"""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from elastic_transport import TransportError
from elasticsearch import ApiError, Elasticsearch

from ..models import IndexUpdate
from .bulk import BulkItemErrors
from .connection import describe
from .lifecycle import send_documents, update_glossary
from .mapping import alias_name

logger = logging.getLogger(__name__)

# Sent rows are kept this long: a rebuild re-sends what changed since it started
# from them (no rebuild takes a week).
KEEP_SENT = timedelta(days=7)
# Retries wait 2, 4, 8 ... seconds after each failure, at most five minutes.
MAX_BACKOFF_SECONDS = 300


def enqueue_documents(translation_keys, removed_page_ids) -> IndexUpdate | None:
    keys = sorted({str(key) for key in translation_keys})
    removed = sorted({int(page_id) for page_id in removed_page_ids})
    if not keys and not removed:
        return None
    return IndexUpdate.objects.create(kind=IndexUpdate.DOCUMENTS, translation_keys=keys, removed_page_ids=removed)


def enqueue_glossary() -> None:
    """The glossary changed: its synonyms are sent by the worker (one pending row
    is enough, however many entries changed)."""
    if not IndexUpdate.objects.filter(kind=IndexUpdate.GLOSSARY, sent_at__isnull=True).exists():
        IndexUpdate.objects.create(kind=IndexUpdate.GLOSSARY)


def pending():
    return IndexUpdate.objects.filter(sent_at__isnull=True).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=timezone.now())
    )


@dataclass
class DrainResult:
    sent: int = 0  # rows handled
    failed: int = 0  # rows kept for another try
    errors: list[str] = field(default_factory=list)


def drain(client: Elasticsearch, limit: int = 200) -> DrainResult:
    """Send up to `limit` due rows in one pass (their documents in bulk requests).

    On PostgreSQL rows are claimed with SKIP LOCKED, so two workers never send the
    same rows at once.
    """
    result = DrainResult()
    with transaction.atomic():
        due = pending().order_by("pk")
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        rows = list(due[:limit])
        if not rows:
            return result
        try:
            note = _send(client, rows)
        except (BulkItemErrors, ApiError, TransportError) as error:
            reason = str(error) if isinstance(error, BulkItemErrors) else describe(error)
            _retry_later(rows, reason)
            logger.error("Search index update failed for %s changes (kept for another try): %s", len(rows), reason)
            result.failed = len(rows)
            result.errors.append(reason)
            return result
        now = timezone.now()
        for row in rows:
            row.sent_at = now
            row.last_error = note
        IndexUpdate.objects.bulk_update(rows, ["sent_at", "last_error"])
        result.sent = len(rows)
    IndexUpdate.objects.filter(sent_at__lt=timezone.now() - KEEP_SENT).delete()
    return result


def _send(client: Elasticsearch, rows: list[IndexUpdate]) -> str:
    """Apply `rows`; returns a note to keep on them (empty when all went through)."""
    note = ""
    if any(row.kind == IndexUpdate.GLOSSARY for row in rows):
        update_glossary(client)
    documents = [row for row in rows if row.kind == IndexUpdate.DOCUMENTS]
    if documents:
        keys = {key for row in documents for key in row.translation_keys}
        removed = {page_id for row in documents for page_id in row.removed_page_ids}
        try:
            send_documents(client, alias_name(), keys, removed, require_alias=True)
        except BulkItemErrors as error:
            if not error.missing_alias:
                raise
            # No index has been built yet: the first rebuild reads every document.
            logger.warning("No search index behind %s yet: run `manage.py rebuild_search_documents`", alias_name())
            note = "no index yet; the first rebuild includes this change"
    return note


def _retry_later(rows: list[IndexUpdate], reason: str) -> None:
    now = timezone.now()
    for row in rows:
        row.attempts += 1
        row.last_error = reason
        row.next_attempt_at = now + timedelta(seconds=min(2**row.attempts, MAX_BACKOFF_SECONDS))
    IndexUpdate.objects.bulk_update(rows, ["attempts", "last_error", "next_attempt_at"])


def status() -> dict:
    """What an operator asks: how much is waiting, since when, and why."""
    waiting = IndexUpdate.objects.filter(sent_at__isnull=True)
    oldest = waiting.order_by("created_at").first()
    failing = waiting.filter(attempts__gt=0).order_by("-pk").first()
    return {
        "pending": waiting.count(),
        "oldest_pending": oldest.created_at if oldest else None,
        "last_error": failing.last_error if failing else "",
    }
