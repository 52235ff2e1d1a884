"""The reference search page: /search/ and /<language>/search/."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.sync import rebuild_all
from tests.factories.search import PublishedPageFactory, document_data

pytestmark = pytest.mark.django_db


def test_search_page_shows_results_with_snippets_and_facets(client, home, builder):
    builder(lambda page: document_data(page, date=datetime.date(2024, 5, 1), thematic_areas=[("water", "Water")]))
    PublishedPageFactory(parent=home, title="Clean water", slug="clean-water", hero_text="Water for every home.")
    response = client.get("/search/", {"q": "water"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="/clean-water/"' in html
    assert "<mark>Water</mark> for every home." in html
    assert "1 result" in html
    assert "?q=water&amp;thematic_area=water" in html, "facet values are filter links"
    assert "?q=water&amp;year=2024" in html


def test_empty_search_page_shows_just_the_form(client, home):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_no_results_suggests_the_glossary_expansion(client, home):
    PublishedPageFactory(parent=home, title="Housing")
    html = client.get("/search/", {"q": "WUF"}).content.decode()
    assert "Nothing matches" in html
    assert "WUF stands for “World Urban Forum”" in html
    assert "?q=World+Urban+Forum" in html


def test_french_search_page_lives_under_the_language_prefix(client, home, locales, translate):
    page = PublishedPageFactory(parent=home, title="Housing", slug="housing")
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing": "Logement durable"})
    html = client.get("/fr/search/", {"q": "logement"}).content.decode()
    assert "Logement durable" in html
    assert 'href="/fr/housing/"' in html


def test_untranslated_result_says_it_is_in_english(client, home, locales, translate):
    PublishedPageFactory(parent=home, title="Housing data")
    translate(home, locales["fr"], {})
    html = client.get("/fr/search/", {"q": "housing"}).content.decode()
    assert "Housing data" in html
    assert 'lang="en"' in html


def test_pagination_links(client, home):
    for index in range(12):
        PublishedPageFactory(parent=home, title=f"Housing {index}")
    first = client.get("/search/", {"q": "housing"}).content.decode()
    assert 'rel="next"' in first and "?q=housing&amp;page=2" in first
    second = client.get("/search/", {"q": "housing", "page": "2"}).content.decode()
    assert 'rel="prev"' in second
    assert client.get("/search/", {"q": "housing", "page": "lots"}).status_code == 200


@pytest.mark.parametrize("q", ["x" * 10_000, "!!!", "\"'<script>"])
def test_hard_queries_render_a_page(client, home, q):
    response = client.get("/search/", {"q": q})
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("</header>")[1]


def test_unknown_filter_is_a_400_page_with_a_way_out(client, home):
    response = client.get("/search/", {"q": "housing", "type": "recipe"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "is not a known type" in html
    assert 'href="?q=housing"' in html


def test_query_count_does_not_grow_with_results(client, home):
    pages = [PublishedPageFactory.build(title=f"Housing {index}") for index in range(50)]
    for page in pages[:5]:
        home.add_child(instance=page)
    rebuild_all()
    client.get("/search/", {"q": "warm up caches"})
    with CaptureQueriesContext(connection) as small:
        client.get("/search/", {"q": "housing"})
    for page in pages[5:]:
        home.add_child(instance=page)
    rebuild_all()
    with CaptureQueriesContext(connection) as large:
        client.get("/search/", {"q": "housing"})
    assert len(small) == len(large)
