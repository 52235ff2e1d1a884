"""Searching while Elasticsearch hangs: a node that accepts connections and never answers.

Baseline, measured in the same run: the client as the backend configured it before
issue 19 (10 s request timeout, the client's default retries, which do not retry a
timeout), then the fallback to the database: every search waits for the timeout.
Now: the backend itself, with its search options (ELASTICSEARCH_SEARCH_TIMEOUT, one
retry, none after a timeout) and its circuit breaker: the first search waits one
timeout, the following ones go straight to the database until the breaker's pause ends.
"""

import socket
import statistics
import time

BASELINE_SEARCHES = 3
SEARCHES = 20


def _hanging_node() -> socket.socket:
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(512)  # connections complete in the backlog; nothing ever reads them
    return listener


def run() -> str:
    from django.conf import settings
    from django.core.cache import cache
    from django.test.utils import override_settings
    from elasticsearch import Elasticsearch
    from wagtail.models import Locale

    from search import service
    from search.query import parse_query
    from search.results import Filters

    locale = Locale.get_default()
    listener = _hanging_node()
    url = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        baseline = []
        old_client = Elasticsearch(url, request_timeout=10)
        for _ in range(BASELINE_SEARCHES):
            started = time.perf_counter()
            try:
                old_client.search(index="outreach-public-content", body={"query": {"match_all": {}}})
            except Exception:
                service._backend("database", "").search(parse_query("housing", locale), locale, Filters(), 0, 10)
            baseline.append(time.perf_counter() - started)

        cache.clear()
        timings = []
        with override_settings(SEARCH_BACKEND="elasticsearch", ELASTICSEARCH_URL=url, ELASTICSEARCH_CLOUD_ID=""):
            service._backend.cache_clear()
            for _ in range(SEARCHES):
                started = time.perf_counter()
                service.search("housing", locale)
                timings.append(time.perf_counter() - started)
            timeout = settings.ELASTICSEARCH_SEARCH_TIMEOUT
        service._backend.cache_clear()
    finally:
        listener.close()

    per_search_before = statistics.mean(baseline)
    total_before = per_search_before * SEARCHES
    total_now = sum(timings)
    before = f"{baseline[0]:.2f} s | {statistics.median(baseline[1:]):.2f} s | {total_before:.1f} s (extrapolated)"
    now = f"{timings[0]:.2f} s | {statistics.median(timings[1:]) * 1000:.1f} ms | {total_now:.2f} s"
    return f"""## Search during an Elasticsearch outage

A node that accepts connections and never answers (`bench/bench_search_outage.py`), {SEARCHES} searches
in a row. Baseline: the client as configured before issue 19 (10 s timeout), then the database.

| | first search | following searches (median) | {SEARCHES} searches |
|---|---|---|---|
| before (measured {BASELINE_SEARCHES} searches) | {before} |
| now (search timeout {timeout:g} s, circuit breaker) | {now} |

An outage now costs one timeout per {settings.ELASTICSEARCH_CIRCUIT_SECONDS} s (per site with Redis), then
searches answer from the database at its usual speed: {SEARCHES} searches take {total_now / total_before:.1%}
of the baseline's time.
"""
