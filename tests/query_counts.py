"""The one way tests count the queries of a request (every listing has a query budget)."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, params=None, *, warm: bool = True) -> int:
    """How many queries one GET of `url` runs, after asserting it answered 200.

    With `warm`, a first request fills the per-process caches (site root paths,
    image renditions) so the count is the steady state a visitor meets.
    """
    if warm:
        client.get(url, params or {})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200, response.content
    return len(queries)
