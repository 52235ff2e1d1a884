"""API delivery: cached vs uncached listing throughput, and the cached API
against a view that returns the same bytes from memory.

All three go through the full middleware stack with Django's test client, in one
process and one run, so the ratios compare like with like.
"""

import time
from types import ModuleType

from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path

REQUESTS = 400
ITEMS = 50
URL = f"/api/v1/thematic-areas?locale=fr&limit={ITEMS}"


def _load():
    from wagtail.models import Locale

    from home.models import ThematicArea

    ThematicArea.objects.all().delete()
    english, french = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="fr")
    sources = ThematicArea.objects.bulk_create(
        ThematicArea(name=f"Area {n}", slug=f"area-{n}", description="Plain words.", locale=english, live=True)
        for n in range(ITEMS)
    )
    ThematicArea.objects.bulk_create(  # half translated, half falling back
        ThematicArea(
            name=f"Domaine {n}",
            slug=f"area-{n}",
            description="Des mots simples.",
            locale=french,
            live=True,
            translation_key=area.translation_key,
        )
        for n, area in enumerate(sources[: ITEMS // 2])
    )


def _throughput(client, url) -> float:
    client.get(url)  # warm
    started = time.perf_counter()
    for _ in range(REQUESTS):
        response = client.get(url)
        assert response.status_code == 200
    return REQUESTS / (time.perf_counter() - started)


def run() -> str:
    from django.core.cache import cache

    from config import urls as project_urls

    _load()
    client = Client()
    with override_settings(API_CACHE_SECONDS=0):
        uncached = _throughput(client, URL)
    cache.clear()
    with override_settings(API_CACHE_SECONDS=300):
        cached = _throughput(client, URL)
        body = client.get(URL).content

    def same_bytes(request):
        return HttpResponse(body, content_type="application/json")

    bench_urls = ModuleType("bench_delivery_urls")
    bench_urls.urlpatterns = [path("bench/raw/", same_bytes), *project_urls.urlpatterns]
    with override_settings(ROOT_URLCONF=bench_urls, API_CACHE_SECONDS=300):
        raw = _throughput(client, "/bench/raw/")

    return "\n".join(
        [
            "## API delivery cache",
            "",
            f"`GET {URL}` ({ITEMS} items, half of them falling back to English), {REQUESTS} sequential requests "
            "through the whole middleware stack (Django test client, one process), local-memory cache.",
            "",
            "| variant | requests/s | vs uncached | vs same bytes from memory |",
            "|---|---:|---:|---:|",
            f"| uncached (API_CACHE_SECONDS=0) | {uncached:,.0f} | 1.00× | {uncached / raw:.2f}× |",
            f"| cached | {cached:,.0f} | {cached / uncached:.2f}× | {cached / raw:.2f}× |",
            f"| a view returning the same bytes from memory | {raw:,.0f} | {raw / uncached:.2f}× | 1.00× |",
            "",
            f"The cache serves listings **{cached / uncached:.1f}×** faster than building them, at "
            f"**{cached / raw:.0%}** of the rate of a view that only returns bytes it already holds.",
        ]
    )
