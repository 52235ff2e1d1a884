"""With caching on, answers change at once after publish, unpublish, move and delete."""

import pytest
from django.core.cache import cache

from tests.factories import HomePageFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_cache(settings):
    settings.API_CACHE_SECONDS = 300
    cache.clear()


def titles(client, path="/about/", locale="en"):
    response = client.get("/api/v1/pages/find", {"path": path, "locale": locale})
    return response.status_code, response.json().get("title")


def test_repeated_anonymous_reads_are_served_from_cache_with_etag(client, home, api_cache):
    first = client.get("/api/v1/thematic-areas")
    second = client.get("/api/v1/thematic-areas")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    assert first["ETag"] == second["ETag"]
    assert "max-age=60" in first["Cache-Control"] and "public" in first["Cache-Control"]
    not_modified = client.get("/api/v1/thematic-areas", HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304


def test_errors_are_not_cached(client, api_cache):
    assert client.get("/api/v1/contacts", {"locale": "xx"}).status_code == 400
    assert "X-Cache" not in client.get("/api/v1/contacts", {"locale": "xx"})


def test_publish_edit_and_unpublish_show_at_once(client, home, api_cache):
    about = HomePageFactory(parent=home, slug="about", title="About us")
    about.save_revision().publish()
    assert titles(client) == (200, "About us")
    assert client.get("/api/v1/pages/find", {"path": "/about/", "locale": "en"})["X-Cache"] == "hit"

    about.title = "About the organisation"
    about.save_revision().publish()
    assert titles(client) == (200, "About the organisation")

    about.unpublish()
    assert titles(client)[0] == 404


def test_move_and_delete_show_at_once(client, home, api_cache):
    section = HomePageFactory(parent=home, slug="section", title="Section")
    about = HomePageFactory(parent=home, slug="about", title="About us")
    assert titles(client)[0] == 200
    about.move(section, pos="last-child")
    assert titles(client)[0] == 404
    assert titles(client, "/section/about/")[0] == 200
    about.refresh_from_db()
    about.delete()
    assert titles(client, "/section/about/")[0] == 404


def test_snippet_publication_refreshes_listings(client, api_cache):
    area = ThematicAreaFactory(name="Housing", live=False)
    assert client.get("/api/v1/thematic-areas").json()["count"] == 0
    area.save_revision().publish()
    assert client.get("/api/v1/thematic-areas").json()["count"] == 1
    area.refresh_from_db()
    area.unpublish()
    assert client.get("/api/v1/thematic-areas").json()["count"] == 0


def test_a_french_change_refreshes_every_locale(client, home, locales, translate, api_cache):
    """Every locale's answers list the item's translations, so a change to the
    French copy makes the Spanish and English answers fresh too."""
    translate(home, locales["fr"], {})
    area = ThematicAreaFactory(name="Housing", slug="housing")
    client.get("/api/v1/thematic-areas", {"locale": "es"})
    assert client.get("/api/v1/thematic-areas", {"locale": "es"})["X-Cache"] == "hit"
    translate(area, locales["fr"], {"Housing": "Logement"})
    assert client.get("/api/v1/thematic-areas", {"locale": "es"})["X-Cache"] == "miss"
    assert client.get("/api/v1/thematic-areas", {"locale": "fr"}).json()["items"][0]["name"] == "Logement"
    area.name = "Housing and land"
    area.save_revision().publish()
    body = client.get("/api/v1/thematic-areas", {"locale": "es"}).json()
    assert body["items"][0]["name"] == "Housing and land"
