"""Reference pages: the publications index and a publication page, uncached and
cached (core/page_cache.py), against a view that returns the same bytes from
memory, in one run.

Every variant goes through the whole middleware stack with Django's test client
(one process, local-memory cache), so the ratios compare like with like; the
bytes-from-memory view runs with the page cache off, so it pays no lookup.
"""

import statistics
import time
from types import ModuleType

from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path
from wagtail.models import Site

from publications.models import PublicationIndexPage, PublicationPage

REQUESTS = 300
PUBLICATIONS = 20


def _setup() -> tuple[str, str]:
    root = Site.objects.get(is_default_site=True).root_page
    index = PublicationIndexPage(title="Publications", slug="bench-pages-publications")
    root.add_child(instance=index)
    index.save_revision().publish()
    page = None
    for number in range(PUBLICATIONS):
        page = PublicationPage(
            title=f"Urban flooding and housing, report {number}",
            slug=f"bench-pages-report-{number}",
            abstract="<p>Cities where floods displace families need housing that is affordable and safe. "
            "This report follows forty cities over ten years.</p>",
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    return index.url, page.url


def _throughput(client, url) -> float:
    client.get(url)  # warm
    started = time.perf_counter()
    for _ in range(REQUESTS):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    return REQUESTS / (time.perf_counter() - started)


def _paired(client, cached_url: str, raw_url: str) -> tuple[float, float]:
    """Requests per second of the cached page and of the same bytes from memory,
    alternating request by request so that both see the same machine load (the
    machine is shared), from the median time of each."""
    cached_times, raw_times = [], []
    for url in (cached_url, raw_url):
        client.get(url)  # warm
    for _ in range(REQUESTS):
        for url, times in ((cached_url, cached_times), (raw_url, raw_times)):
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200, (url, response.status_code)
    return 1 / statistics.median(cached_times), 1 / statistics.median(raw_times)


def run() -> str:
    from django.core.cache import cache

    from config import urls as project_urls
    from core import page_cache

    index_url, page_url = _setup()
    client = Client()
    rows = []
    for label, url in (("publications index", index_url), ("a publication page", page_url)):
        with override_settings(PAGE_CACHE_SECONDS=0):
            uncached = _throughput(client, url)
        cache.clear()
        with override_settings(PAGE_CACHE_SECONDS=300):
            client.get(url)
            response = client.get(url)
            assert response["X-Page-Cache"] == "hit"
            body = response.content

        def same_bytes(request, body=body):
            return HttpResponse(body, content_type="text/html; charset=utf-8")

        bench_urls = ModuleType("bench_pages_urls")
        bench_urls.urlpatterns = [path("bench/raw/", same_bytes), *project_urls.urlpatterns]
        # The baseline skips the page cache's lookup: it only returns bytes.
        excluded = page_cache.EXCLUDED_PREFIXES
        page_cache.EXCLUDED_PREFIXES = (*excluded, "/bench/raw/")
        try:
            with override_settings(ROOT_URLCONF=bench_urls, PAGE_CACHE_SECONDS=300):
                cached, raw = _paired(client, url, "/bench/raw/")
        finally:
            page_cache.EXCLUDED_PREFIXES = excluded
        rows.append((label, url, len(body), uncached, cached, raw))

    lines = [
        "## Reference page cache",
        "",
        f"{REQUESTS} sequential anonymous requests per variant through the whole middleware stack (Django test "
        f"client, one process, local-memory cache); the index lists {PUBLICATIONS} publications. Uncached: "
        "requests per second over the run; cached and same bytes: from the median request, the two alternating "
        "request by request (the machine is shared with other work).",
        "",
        "| page | bytes | uncached req/s | cached req/s | same bytes from memory req/s | cached vs uncached "
        "| cached vs same bytes |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for label, url, size, uncached, cached, raw in rows:
        lines.append(
            f"| {label} (`{url}`) | {size:,} | {uncached:,.0f} | {cached:,.0f} | {raw:,.0f} "
            f"| {cached / uncached:.1f}× | {cached / raw:.2f}× |"
        )
    worst = min(cached / raw for *_rest, cached, raw in rows)
    lines += [
        "",
        f"A cached page is served at **{worst:.0%}** or more of the rate of a view that only returns bytes it "
        "already holds (the goal: at least 80%).",
    ]
    return "\n".join(lines)
