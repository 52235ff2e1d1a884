"""Our delivery API against Wagtail's stock v2 API, side by side in one run.

Wagtail's v2 API (`wagtail.api.v2`, the `PagesAPIViewSet`) is mounted in the
same process, on the same pages, with `api_fields` naming the fields our
listing serialises, and asked `?type=<app.Model>&fields=*&limit=20`. Both go
through the whole middleware stack with Django's test client, one process, one
run; requests alternate between the two so both see the same machine state.

Also measured here, against baselines of the same run: the cached API against a
view returning the same bytes from memory, the counted download against
Wagtail's own document serving, and the flagships listing time per item.

Times are the process's CPU time per request (`time.process_time`), not wall
time: the machines this runs on are shared, and a process that gets a tenth of
a core would otherwise report ten times its cost. SQLite runs in the process,
so its work is counted too.
"""

import statistics
import time
from datetime import date, timedelta
from decimal import Decimal
from types import ModuleType

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path
from django.utils import timezone

ITEMS = 20
ROUNDS = 60
FLAGSHIPS_FOR_PER_ITEM = 100
DOWNLOAD_ROUNDS = 150
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0"
ABSTRACT = (
    "<p>Cities grow fast and informal settlements grow faster. This report follows how twelve SDG partner "
    "cities financed drainage, paving and water for their poorest neighbourhoods, what the money bought, "
    "and what UN-Habitat learned about keeping residents in their homes while the works went on. It ends "
    "with steps a municipality can take in its first year, and the questions to ask lenders.</p>"
)


class _Rollback(Exception):
    pass


def _data():
    from wagtail.documents import get_document_model
    from wagtail.models import Locale, Site

    from donate.models import DonatePage, DonationProjectPage
    from flagships.models import (
        FlagshipContact,
        FlagshipIndexPage,
        FlagshipPage,
        FlagshipPlace,
        FlagshipThematicArea,
        FlagshipUpdate,
    )
    from glossary.models import Abbreviation
    from home.models import Contact, ThematicArea
    from publications.models import (
        PublicationDocument,
        PublicationIndexPage,
        PublicationPage,
        PublicationPageThematicArea,
        PublicationType,
    )
    from publications.pdf import minimal_pdf

    locale = Locale.get_default()
    root = Site.objects.get(is_default_site=True).root_page
    Abbreviation.objects.bulk_create(
        [
            Abbreviation(abbreviation="SDG", expansion="Sustainable Development Goal", locale=locale, live=True),
            Abbreviation(
                abbreviation="UN-Habitat",
                expansion="United Nations Human Settlements Programme",
                locale=locale,
                live=True,
            ),
        ]
    )
    areas = ThematicArea.objects.bulk_create(
        ThematicArea(name=f"Area {n}", slug=f"bench-area-{n}", description="Plain.", locale=locale, live=True)
        for n in range(4)
    )
    kind = PublicationType.objects.create(name="Report", slug="bench-report", locale=locale, live=True)

    publications = PublicationIndexPage(title="Publications", slug="bench-v2-publications", locale=locale)
    root.add_child(instance=publications)
    document = get_document_model()(title="Bench file")
    document.file.save("bench-v2.pdf", ContentFile(minimal_pdf("Bench", padding=50_000)), save=False)
    document._set_document_file_metadata()
    document.save()
    for number in range(ITEMS):
        page = PublicationPage(
            title=f"Financing drainage {number}",
            slug=f"bench-v2-publication-{number}",
            abstract=ABSTRACT,
            publication_date=date(2024, 1, 1) + timedelta(days=number),
            publication_type=kind,
            authors="Urban Finance Unit",
            first_published_at=timezone.now(),
            locale=locale,
        )
        publications.add_child(instance=page)
        PublicationPageThematicArea.objects.bulk_create(
            PublicationPageThematicArea(page=page, thematic_area=area, locale=locale, sort_order=n)
            for n, area in enumerate(areas[:2])
        )
        page.keywords.add("drainage", "finance", "housing")
        if number == 0:
            row = PublicationDocument.objects.create(page=page, document=document)
    download_row = row

    flagships = FlagshipIndexPage(title="Flagships", slug="bench-v2-flagships", locale=locale)
    root.add_child(instance=flagships)

    def add_flagships(start, count):
        for number in range(start, start + count):
            page = FlagshipPage(
                title=f"Flagship {number:03d}",
                slug=f"bench-v2-flagship-{number}",
                summary="Cities that plan for floods and heat, in plain words.",
                start_date=date(2024, 1, 1) - timedelta(days=number),
                first_published_at=timezone.now(),
                locale=locale,
            )
            flagships.add_child(instance=page)
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
                    page=page,
                    date=date(2025, 1, 1) - timedelta(days=n),
                    title=f"Update {n}",
                    locale=locale,
                    sort_order=n,
                )
                for n in range(10)
            )
            FlagshipThematicArea.objects.create(page=page, thematic_area=areas[number % 4], locale=locale)
            FlagshipPlace.objects.create(page=page, code="ke", name="Kenya", locale=locale)

    add_flagships(0, ITEMS)

    donate = DonatePage(title="Donate", slug="bench-v2-donate", locale=locale)
    root.add_child(instance=donate)
    for number in range(ITEMS):
        donate.add_child(
            instance=DonationProjectPage(
                title=f"Project {number:02d}",
                slug=f"bench-v2-project-{number}",
                summary="Clean water for a neighbourhood, in plain words.",
                thematic_area=areas[number % 4],
                country="ke",
                goal_amount=Decimal("10000.00"),
                currency="USD",
                locale=locale,
            )
        )
    return add_flagships, download_row, document


def _stock_v2_urls(project_urls):
    """Wagtail's v2 pages endpoint, with api_fields naming what our listings serialise."""
    from wagtail.api import APIField
    from wagtail.api.v2.router import WagtailAPIRouter
    from wagtail.api.v2.views import PagesAPIViewSet

    from donate.models import DonationProjectPage
    from flagships.models import FlagshipContact, FlagshipPage, FlagshipPlace, FlagshipThematicArea
    from publications.models import PublicationPage, PublicationPageThematicArea

    PublicationPage.api_fields = [
        APIField(name)
        for name in (
            "abstract",
            "publication_date",
            "publication_type",
            "authors",
            "thematic_area_rows",
            "keywords",
            "cover_image",
        )
    ]
    PublicationPageThematicArea.api_fields = [APIField("thematic_area")]
    FlagshipPage.api_fields = [
        APIField(name)
        for name in ("summary", "start_date", "end_date", "status", "contacts", "thematic_areas", "places")
    ]
    FlagshipContact.api_fields = [APIField("contact")]
    FlagshipThematicArea.api_fields = [APIField("thematic_area")]
    FlagshipPlace.api_fields = [APIField("code"), APIField("name")]
    DonationProjectPage.api_fields = [
        APIField(name)
        for name in ("summary", "thematic_area", "country", "country_region", "status", "goal_amount", "currency")
    ]
    router = WagtailAPIRouter("bench_v2")
    router.register_endpoint("pages", PagesAPIViewSet)
    module = ModuleType("bench_stock_v2_urls")

    def same_bytes_view(body):
        def view(request):
            return HttpResponse(body, content_type="application/json")

        return view

    module.same_bytes = {}
    module.urlpatterns = [
        path("bench/v2/", router.urls),
        path("bench/raw/", lambda request: same_bytes_view(module.same_bytes["body"])(request)),
        # The same bytes under /api/ (outside the cached /api/v1/), so the API's
        # own middleware (CORS, the input guard's parameter checks, HEAD and
        # Vary handling) runs for both, and the difference is the cache alone.
        path("api/bench-raw/", lambda request: same_bytes_view(module.same_bytes["body"])(request)),
        *project_urls.urlpatterns,
    ]
    return module


def _queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    count = len(queries)
    assert response.status_code == 200, (url, response.status_code, response.content[:300])
    return count


def _alternating(client, urls, rounds) -> list[float]:
    """Requests per second of each URL, the URLs asked in turn (median of per-request times)."""
    timings = [[] for _ in urls]
    for _ in range(rounds):
        for index, url in enumerate(urls):
            started = time.process_time()
            response = client.get(url)
            timings[index].append(time.process_time() - started)
            assert response.status_code == 200, (url, response.status_code)
    return [1 / statistics.median(values) for values in timings]


def _download(client, url) -> float:
    started = time.process_time()
    response = client.get(url)
    b"".join(response.streaming_content)
    response.close()
    elapsed = time.process_time() - started
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def _measure() -> dict:
    from config import urls as project_urls

    add_flagships, download_row, document = _data()
    urls = _stock_v2_urls(project_urls)
    client = Client(HTTP_USER_AGENT=USER_AGENT)
    listings = [
        (
            "publications",
            f"/api/v1/publications?limit={ITEMS}",
            f"/bench/v2/pages/?type=publications.PublicationPage&fields=*&limit={ITEMS}&format=json",
        ),
        (
            "flagships",
            f"/api/v1/flagships?limit={ITEMS}",
            f"/bench/v2/pages/?type=flagships.FlagshipPage&fields=*&limit={ITEMS}&format=json",
        ),
        (
            "donation projects by thematic area",
            f"/api/v1/donate/thematic-areas?limit={ITEMS}",
            f"/bench/v2/pages/?type=donate.DonationProjectPage&fields=*&limit={ITEMS}&format=json",
        ),
    ]
    results: dict = {"listings": []}
    with override_settings(ROOT_URLCONF=urls, API_CACHE_SECONDS=0):
        for name, ours, stock in listings:
            ours_queries, stock_queries = _queries(client, ours), _queries(client, stock)
            ours_rps, stock_rps = _alternating(client, [ours, stock], ROUNDS)
            results["listings"].append((name, ours_rps, ours_queries, stock_rps, stock_queries))

        # Download counting against Wagtail's own serving of the same file.
        counted = f"/downloads/publications/{download_row.pk}/"
        plain = document.url
        for _ in range(20):
            _download(client, plain)
            _download(client, counted)
        plain_times, counted_times = [], []
        for _ in range(DOWNLOAD_ROUNDS):
            plain_times.append(_download(client, plain))
            counted_times.append(_download(client, counted))
        results["download"] = (statistics.median(plain_times), statistics.median(counted_times))

        # Flagships listing time per item, at 100 programmes in one page.
        add_flagships(ITEMS, FLAGSHIPS_FOR_PER_ITEM - ITEMS)
        url = f"/api/v1/flagships?limit={FLAGSHIPS_FOR_PER_ITEM}"
        client.get(url)
        times = []
        for _ in range(10):
            started = time.process_time()
            response = client.get(url)
            times.append(time.process_time() - started)
        assert len(response.json()["items"]) == FLAGSHIPS_FOR_PER_ITEM
        results["flagships_100_ms"] = statistics.median(times) * 1000

    # Cached: our API answering from the cache against the same bytes from memory.
    cache.clear()
    cached_url = listings[0][1]
    with override_settings(ROOT_URLCONF=urls, API_CACHE_SECONDS=300):
        body = client.get(cached_url).content
        urls.same_bytes["body"] = body
        raw_api_url = f"/api/bench-raw/?limit={ITEMS}"
        cached_rps, raw_rps, raw_plain_rps = _alternating(client, [cached_url, raw_api_url, "/bench/raw/"], ROUNDS * 2)
    results["cached"] = (cached_rps, raw_rps, raw_plain_rps)
    return results


def _verdict(met: bool) -> str:
    return "**met**" if met else "**not met**"


def run() -> str:
    results = {}
    try:
        with transaction.atomic():
            results = _measure()
            raise _Rollback
    except _Rollback:
        pass
    lines = [
        "## Our API against Wagtail's stock v2 API",
        "",
        f"Listings of {ITEMS} items, uncached (`API_CACHE_SECONDS=0`), same pages, same process, one run: "
        "our `/api/v1/...` against Wagtail's v2 pages endpoint mounted beside it "
        "(`?type=<app.Model>&fields=*&limit=20`, `api_fields` naming the fields our listing serialises). "
        f"{ROUNDS} requests each, alternating, through Django's test client; requests/s from the median request's "
        "CPU time (the process's own, so a busy shared machine does not distort it). "
        "Publications have an abstract of about 70 words with two glossary abbreviations, two thematic areas and "
        "three keywords; flagships 3 contacts, 10 updates, a thematic area and a country; projects a thematic area "
        "and progress from the ledger.",
        "",
        "| listing, 20 items, uncached | ours req/s | ours queries | stock v2 req/s | stock v2 queries "
        "| requests/s ratio | goal ≥ 2× and ≤ half the queries |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, ours_rps, ours_queries, stock_rps, stock_queries in results["listings"]:
        ratio = ours_rps / stock_rps
        met = ratio >= 2 and ours_queries * 2 <= stock_queries
        lines.append(
            f"| {name} | {ours_rps:.0f} | {ours_queries} | {stock_rps:.0f} | {stock_queries} | {ratio:.2f}× "
            f"| {_verdict(met)} |"
        )
    cached_rps, raw_rps, raw_plain_rps = results["cached"]
    plain, counted = results["download"]
    added_ms = (counted - plain) * 1000
    per_item = results["flagships_100_ms"] / FLAGSHIPS_FOR_PER_ITEM
    lines += [
        "",
        "| other goal | measured | goal | verdict |",
        "|---|---|---|---|",
        f"| cached publications listing against the same bytes from memory, served under `/api/` with the "
        f"same query (the same middleware) | {cached_rps:.0f} against {raw_rps:.0f} req/s: "
        f"{cached_rps / raw_rps:.2f}× | ≥ 0.8× | {_verdict(cached_rps / raw_rps >= 0.8)} |",
        f"| the same, against those bytes at a plain path with no query (no CORS, no parameter checks) "
        f"| {cached_rps:.0f} against {raw_plain_rps:.0f} req/s: {cached_rps / raw_plain_rps:.2f}× | (for reference) "
        "| |",
        f"| time counting adds to a download (p50, {DOWNLOAD_ROUNDS} alternating requests) | {added_ms:.2f} ms "
        f"({counted * 1000:.2f} against Wagtail's {plain * 1000:.2f} ms, {counted / plain:.2f}×) | ≤ 2 ms "
        f"| {_verdict(added_ms <= 2)} |",
        f"| flagships listing, {FLAGSHIPS_FOR_PER_ITEM} programmes in one page | "
        f"{results['flagships_100_ms']:.1f} ms: {per_item:.2f} ms per item | ≤ 0.5 ms per item "
        f"| {_verdict(per_item <= 0.5)} |",
    ]
    return "\n".join(lines)
