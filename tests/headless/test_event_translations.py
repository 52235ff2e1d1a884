"""Events and meetings are page items like the others: `translation_key` and
`translations` (a language switcher and hreflang need no further request), in
the listing and the detail, in the OpenAPI document too."""

import pytest

from tests.factories.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(home, locales, translate):
    world = build_world(home)
    translate(home, locales["fr"], {})
    translate(world["event"].get_parent(), locales["fr"], {})
    world["event_fr"], _ = translate(world["event"], locales["fr"], {"Housing forum of Member States": "Forum"})
    return world


@pytest.mark.parametrize("kind", ["event", "meeting"])
def test_listing_and_detail_carry_every_locales_version(client, world, kind):
    page = world[kind]
    (item,) = [
        item
        for item in client.get(f"/api/v1/{kind}s", {"locale": "fr"}).json()["items"]
        if item["translation_key"] == str(page.translation_key)
    ]
    detail = client.get(item["api_url"]).json()
    assert detail["translation_key"] == item["translation_key"] and detail["translations"] == item["translations"]
    by_locale = {entry["locale"]: entry for entry in item["translations"]}
    assert by_locale["en"] == {
        "locale": "en",
        "id": page.pk,
        "url": page.url,
        "api_url": f"/api/v1/{kind}s/{page.pk}?locale=en",
        "translated": True,
    }
    french = by_locale["fr"]
    if kind == "event":  # translated: the French page, for hreflang
        assert french["translated"] is True and french["id"] == world["event_fr"].pk
        assert french["url"].startswith("/fr/") and item["locales"] == ["en", "fr"]
    else:  # the English meeting stands in under the French URL
        assert french["translated"] is False and french["id"] == page.pk and french["url"].startswith("/fr/")
        assert item["locales"] == ["en"]


def test_the_openapi_document_declares_them(client):
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("EventListItemOut", "EventOut", "MeetingListItemOut", "MeetingOut"):
        assert {"translation_key", "translations", "locales"} <= set(schemas[name]["required"]), name
