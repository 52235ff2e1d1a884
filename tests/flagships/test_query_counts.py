"""Listing API and index page cost the same at 5 and at 50 flagships, each with
3 contacts and 10 updates."""

import pytest

from tests.factories.flagships import add_place, add_thematic_area
from tests.factories.home import ThematicAreaFactory
from tests.query_counts import count_queries

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


# Queries of one listing request (docs/benchmarks.md, "Profile of the flagships listing"):
# lower these when a change lowers the count.
@pytest.mark.parametrize(
    ("params", "budget"),
    [({}, 13), ({"locale": "fr"}, 15), ({"overdue": "false", "thematic_area": "climate"}, 19)],
)
def test_listing_api_query_count_is_flat(client, add_flagships, params, budget):
    add_flagships(5)
    small = count_queries(client, "/api/v1/flagships", {"limit": 100, **params})
    add_flagships(45)
    large = count_queries(client, "/api/v1/flagships", {"limit": 100, **params})
    assert small == large
    assert large <= budget, f"{large} queries, budget {budget}"


def test_index_page_query_count_is_flat(client, index, add_flagships):
    add_flagships(5)
    small = count_queries(client, index.url)
    add_flagships(45)
    large = count_queries(client, index.url)
    assert small == large
