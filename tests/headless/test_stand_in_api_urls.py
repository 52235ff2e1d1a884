"""A listing in another language shows the English page where no translation
exists (`translated: false`). Its `api_url` keeps the requested locale, so a
front end following it builds the French fallback page (French URL, French
links), not the English page a second time."""

import pytest

from tests.factories.world import build_world

pytestmark = pytest.mark.django_db

LISTINGS = ["publications", "flagships", "stories", "events", "meetings", "briefs", "newsletters"]


@pytest.fixture
def world(home, locales, translate):
    world = build_world(home)
    translate(home, locales["fr"], {})  # a French site, with nothing else translated
    return world


def _listed(client, listing):
    if listing == "donate/thematic-areas":
        groups = client.get(f"/api/v1/{listing}", {"locale": "fr"}).json()["items"]
        return [project for group in groups for project in group["projects"]]
    return client.get(f"/api/v1/{listing}", {"locale": "fr"}).json()["items"]


@pytest.mark.parametrize("listing", [*LISTINGS, "donate/thematic-areas"])
def test_a_stand_in_leads_to_the_fallback_detail_in_the_requested_locale(client, world, listing):
    items = _listed(client, listing)
    assert items, "the world lists one item of each kind"
    for item in items:
        assert item["translated"] is False and item["url"].startswith("/fr/")
        assert item["api_url"].endswith("?locale=fr")
        detail = client.get(item["api_url"]).json()
        assert detail["id"] == item["id"]
        assert detail["url"] == item["url"], "the detail answers the French fallback, not the English page"
        assert detail["translated"] is False


def test_pages_find_gives_the_api_url_of_the_locale_of_the_path(client, world):
    found = client.get("/api/v1/pages/find", {"path": "/fr/publications/financing-urban-drainage/"}).json()
    assert found["api_url"].endswith("?locale=fr")
    assert client.get(found["api_url"]).json()["url"] == "/fr/publications/financing-urban-drainage/"
