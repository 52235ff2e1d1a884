"""Cached API answers are keyed by what the endpoint understands, not by how the
URL was spelled: after an unpublish, `?locale=FR` is as fresh as `?locale=fr`."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from core.api_cache import cache_key
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_cache(settings):
    settings.API_CACHE_SECONDS = 300
    cache.clear()


def key(url):
    return cache_key(RequestFactory().get(url))


def test_spellings_of_one_request_share_a_key():
    assert key("/api/v1/home?locale=FR") == key("/api/v1/home?locale=fr")
    assert key("/api/v1/home?locale=zh_Hans") == key("/api/v1/home?locale=zh-hans")
    assert key("/api/v1/search?q=a&locale=fr") == key("/api/v1/search?locale=FR&q=a")
    # Search filters take several values, as a set: order, repetition and commas do not matter.
    assert key("/api/v1/search?q=a&type=a&type=b") == key("/api/v1/search?q=a&type=b,a,b")
    assert key("/api/v1/search?q=a&country=KE&country=fr") == key("/api/v1/search?q=a&country=fr,ke")


def test_different_requests_keep_different_keys():
    assert key("/api/v1/search?q=a") != key("/api/v1/search?q=A")
    assert key("/api/v1/search?type=a&type=b") != key("/api/v1/search?type=a")
    assert key("/api/v1/home?locale=fr") != key("/api/v1/home?locale=es")


@pytest.mark.parametrize("spelling", ["FR", "Fr", "fr"])
def test_unpublished_french_page_leaves_every_spelling_of_the_cache(
    client, home, locales, translate, api_cache, spelling
):
    about = HomePageFactory(parent=home, slug="about", title="About us")
    translate(home, locales["fr"], {})
    french, _ = translate(about, locales["fr"], {"About us": "À propos"})
    french.refresh_from_db()
    url = "/api/v1/pages/find"
    assert client.get(url, {"path": "/about/", "locale": spelling}).json()["title"] == "À propos"
    assert client.get(url, {"path": "/about/", "locale": spelling})["X-Cache"] == "hit"
    french.unpublish()
    answer = client.get(url, {"path": "/about/", "locale": spelling}).json()
    assert (answer["title"], answer["translated"]) == ("About us", False)
