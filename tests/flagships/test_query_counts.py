"""Listing API and index page cost the same at 5 and at 50 flagships, each with
3 contacts and 10 updates."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories.flagships import add_place, add_thematic_area
from tests.factories.home import ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def add_flagships(make_flagship):
    area = ThematicAreaFactory(slug="climate")

    def add(count):
        for _ in range(count):
            page = make_flagship(contacts=3, updates=10)
            add_thematic_area(page, area)
            add_place(page, "ke", "Kenya")

    return add


def count_queries(client, url, params=None) -> int:
    # The first request fills per-process caches (site root paths); measure the steady state.
    client.get(url, params or {})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize("params", [{}, {"locale": "fr"}, {"overdue": "false", "thematic_area": "climate"}])
def test_listing_api_query_count_is_flat(client, add_flagships, params):
    add_flagships(5)
    small = count_queries(client, "/api/v1/flagships", {"limit": 100, **params})
    add_flagships(45)
    large = count_queries(client, "/api/v1/flagships", {"limit": 100, **params})
    assert small == large


def test_index_page_query_count_is_flat(client, index, add_flagships):
    add_flagships(5)
    small = count_queries(client, index.url)
    add_flagships(45)
    large = count_queries(client, index.url)
    assert small == large
