"""Flagships: the listing API and the index page as the number of programmes grows.

Each programme has 3 contacts, 10 updates, a thematic area and a country (the
rows a listing shows). Both views prefetch their rows, so their query count must
not move with size and their time should grow with the bytes rendered, not with
round trips. The baseline is the smallest size's time for each view.
"""

import statistics
import time
from datetime import date, timedelta

from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale, Site

from flagships.models import (
    FlagshipContact,
    FlagshipIndexPage,
    FlagshipPage,
    FlagshipPlace,
    FlagshipThematicArea,
    FlagshipUpdate,
)
from home.models import Contact, ThematicArea

SIZES = [5, 50, 200]
ROUNDS = 15


class _Rollback(Exception):
    pass


def _add(index, count, start, area, locale):
    for number in range(start, start + count):
        page = FlagshipPage(
            title=f"Bench flagship {number}",
            slug=f"bench-flagship-{number}",
            summary="Plain words about the programme.",
            start_date=date(2024, 1, 1),
            first_published_at=timezone.now(),
            locale=locale,
        )
        index.add_child(instance=page)
        contacts = Contact.objects.bulk_create(
            Contact(name=f"Contact {number}-{n}", email=f"c{number}-{n}@example.org", locale=locale, live=True)
            for n in range(3)
        )
        FlagshipContact.objects.bulk_create(
            FlagshipContact(page=page, contact=contact, locale=locale, sort_order=n)
            for n, contact in enumerate(contacts)
        )
        FlagshipUpdate.objects.bulk_create(
            FlagshipUpdate(
                page=page, date=date(2025, 1, 1) - timedelta(days=n), title=f"Update {n}", locale=locale, sort_order=n
            )
            for n in range(10)
        )
        FlagshipThematicArea.objects.create(page=page, thematic_area=area, locale=locale)
        FlagshipPlace.objects.create(page=page, code="ke", name="Kenya", locale=locale)


def _measure(client, url, params) -> tuple[float, int]:
    client.get(url, params)  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    # Read now: the next request resets the connection's query log the count is sliced from.
    query_count = len(queries)
    assert response.status_code == 200, response.content[:300]
    timings = []
    for _ in range(ROUNDS):
        started = time.perf_counter()
        client.get(url, params)
        timings.append(time.perf_counter() - started)
    return statistics.median(timings) * 1000, query_count


def _run() -> list[tuple]:
    locale = Locale.get_default()
    root = Site.objects.get(is_default_site=True).root_page
    index = FlagshipIndexPage(title="Flagships", slug="bench-flagships", locale=locale)
    root.add_child(instance=index)
    area = ThematicArea.objects.create(name="Bench", slug="bench", locale=locale, live=True)
    client = Client()
    rows, made = [], 0
    for size in SIZES:
        _add(index, size - made, made, area, locale)
        made = size
        api_ms, api_queries = _measure(client, "/api/v1/flagships", {"limit": 100})
        page_ms, page_queries = _measure(client, index.url, {})
        rows.append((size, api_ms, api_queries, page_ms, page_queries))
    return rows


def run() -> str:
    rows = []
    try:
        with transaction.atomic():
            rows = _run()
            raise _Rollback
    except _Rollback:
        pass
    api_base, page_base = rows[0][1], rows[0][3]
    lines = [
        "## Flagships",
        "",
        "Listing API (`/api/v1/flagships?limit=100`, at most 100 items per page) and index page, each programme "
        f"with 3 contacts and 10 updates; median of {ROUNDS} requests through Django's test client. "
        "Ratios against the 5-programme time of the same view.",
        "",
        "| programmes | API ms | API ratio | API queries | index ms | index ratio | index queries |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for size, api_ms, api_queries, page_ms, page_queries in rows:
        lines.append(
            f"| {size} | {api_ms:.1f} | {api_ms / api_base:.2f} | {api_queries} | "
            f"{page_ms:.1f} | {page_ms / page_base:.2f} | {page_queries} |"
        )
    lines += [
        "",
        "The query count holds at every size (the API lists at most 100 items per page). Time grows with the "
        "items serialised or rendered, not with round trips to the database.",
    ]
    return "\n".join(lines)
