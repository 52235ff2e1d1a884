"""The delivery API's common behaviour: locales, find by path, fallback,
visibility, bad input as problem+json, and listing query counts."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import ContactFactory, HomePageFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


def problem(response, status):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["detail"]
    return body


def test_locales_lists_the_six_languages_with_direction(client):
    body = client.get("/api/v1/locales").json()
    assert [item["code"] for item in body] == ["en", "fr", "es", "ar", "zh-hans", "ru"]
    assert {item["code"]: item["direction"] for item in body}["ar"] == "rtl"
    assert [item["code"] for item in body if item["is_default"]] == ["en"]


@pytest.mark.parametrize("path", ["/about/", "about", "/en/about/", "/about"])
def test_find_page_by_path_accepts_usual_spellings(client, home, path):
    HomePageFactory(parent=home, slug="about", title="About us")
    body = client.get("/api/v1/pages/find", {"path": path}).json()
    assert body["title"] == "About us"
    assert body["url"] == "/about/"
    assert body["translated"] is True
    assert body["locale"] == "en"


def test_find_page_in_each_locale(client, home, locales, translate):
    about = HomePageFactory(parent=home, slug="about", title="About us")
    translate(home, locales["fr"], {})
    translate(about, locales["fr"], {"About us": "À propos"})
    body = client.get("/api/v1/pages/find", {"path": "/fr/about/", "locale": "fr"}).json()
    assert (body["title"], body["locale"], body["translated"]) == ("À propos", "fr", True)
    assert body["url"] == "/fr/about/"
    assert body["locales"] == ["en", "fr"]


def test_untranslated_page_falls_back_to_default_locale(client, home, locales, translate):
    HomePageFactory(parent=home, slug="about", title="About us")
    translate(home, locales["es"], {})
    body = client.get("/api/v1/pages/find", {"path": "/about/", "locale": "es"}).json()
    assert (body["title"], body["locale"], body["translated"]) == ("About us", "en", False)
    assert body["locales"] == ["en"]


def test_unpublished_translation_falls_back_to_source(client, home, locales, translate):
    about = HomePageFactory(parent=home, slug="about", title="About us")
    translate(home, locales["fr"], {})
    translate(about, locales["fr"], {"About us": "À propos"}, publish=False)
    body = client.get("/api/v1/pages/find", {"path": "/about/", "locale": "fr"}).json()
    assert (body["title"], body["translated"]) == ("About us", False)


def test_home_endpoint_returns_rendered_text_and_french_thematic_areas(client, home, locales, translate):
    area = ThematicAreaFactory(name="Housing", slug="housing")
    home.featured_thematic_areas.create(thematic_area=area)
    home.save_revision().publish()
    translate(area, locales["fr"], {"Housing": "Logement"})
    translate(home, locales["fr"], {"Better cities": "Des villes meilleures"})
    body = client.get("/api/v1/home", {"locale": "fr"}).json()
    assert body["title"] == "Des villes meilleures"
    assert body["translated"] is True
    assert [a["name"] for a in body["thematic_areas"]] == ["Logement"]
    assert body["thematic_areas"][0]["locale"] == "fr"
    assert body["introduction"] == "<p>Read our work.</p>"
    assert body["abbreviations"] == []


def test_french_page_lists_french_thematic_areas_on_the_reference_page(client, home, locales, translate):
    area = ThematicAreaFactory(name="Housing", slug="housing")
    home.featured_thematic_areas.create(thematic_area=area)
    home.save_revision().publish()
    translate(area, locales["fr"], {"Housing": "Logement"})
    translate(home, locales["fr"], {})
    html = client.get("/fr/").content.decode()
    assert ">Logement</a></h3>" in html, "each area links to its page"
    assert ">Housing</a></h3>" not in html


def test_thematic_areas_fall_back_per_item(client, locales, translate):
    housing = ThematicAreaFactory(name="Housing", slug="housing", sort_order=1)
    ThematicAreaFactory(name="Water", slug="water", sort_order=2)
    translate(housing, locales["fr"], {"Housing": "Logement"})
    items = client.get("/api/v1/thematic-areas", {"locale": "fr"}).json()["items"]
    assert [(i["name"], i["locale"], i["translated"]) for i in items] == [
        ("Logement", "fr", True),
        ("Water", "en", False),
    ]
    detail = client.get("/api/v1/thematic-areas/housing", {"locale": "fr"}).json()
    assert (detail["name"], detail["translated"]) == ("Logement", True)


def test_contacts_expose_public_fields_only(client, admin_user):
    ContactFactory(name="Amina", internal_notes="secret note", user=admin_user)
    body = client.get("/api/v1/contacts").json()
    item = body["items"][0]
    assert set(item) == {"id", "name", "role", "organisation_unit", "email", "phone", "locale", "translated"}
    assert "secret note" not in str(body)


def test_draft_snippets_never_reach_the_api(client):
    ThematicAreaFactory(name="Unpublished area", live=False)
    ContactFactory(name="Unpublished contact", live=False)
    assert client.get("/api/v1/thematic-areas").json()["count"] == 0
    assert client.get("/api/v1/contacts").json()["count"] == 0


def test_draft_private_and_expired_pages_are_invisible(client, home):
    HomePageFactory(parent=home, slug="draft", title="Draft", live=False)
    private = HomePageFactory(parent=home, slug="private", title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    # Past its expiry but still live: the scheduled-publishing command has not run yet.
    HomePageFactory(parent=home, slug="expired", title="Expired", expire_at=timezone.now() - timedelta(minutes=1))
    for slug in ("draft", "private", "expired"):
        problem(client.get("/api/v1/pages/find", {"path": f"/{slug}/"}), 404)


@pytest.mark.parametrize(
    ("url", "params", "status", "parameter"),
    [
        ("/api/v1/thematic-areas", {"locale": "xx"}, 400, "locale"),
        ("/api/v1/home", {"locale": "klingon"}, 400, "locale"),
        ("/api/v1/contacts", {"limit": "abc"}, 400, "limit"),
        ("/api/v1/contacts", {"limit": "0"}, 400, "limit"),
        ("/api/v1/contacts", {"offset": "-1"}, 400, "offset"),
        ("/api/v1/pages/find", {"path": "/nowhere/"}, 404, "path"),
        ("/api/v1/pages/find", {}, 400, "path"),
        ("/api/v1/thematic-areas/no-such-area", {}, 404, None),
    ],
)
def test_bad_input_gets_a_problem_not_a_500(client, home, url, params, status, parameter):
    body = problem(client.get(url, params), status)
    assert body.get("parameter") == parameter


def test_unknown_locale_lists_valid_ones(client):
    body = problem(client.get("/api/v1/contacts", {"locale": "xx"}), 400)
    assert body["allowed"] == ["ar", "en", "es", "fr", "ru", "zh-hans"]
    assert "Use one of" in body["detail"]


def test_oversized_limit_is_capped(client, settings):
    ContactFactory.create_batch(3)
    body = client.get("/api/v1/contacts", {"limit": 10_000}).json()
    assert body["limit"] == settings.API_MAX_PAGE_SIZE
    assert body["count"] == 3


def test_pagination_windows_the_listing(client):
    ThematicAreaFactory.create_batch(5)
    body = client.get("/api/v1/thematic-areas", {"limit": 2, "offset": 4}).json()
    assert (body["count"], body["limit"], body["offset"], len(body["items"])) == (5, 2, 4, 1)


def count_queries(client, url, params) -> int:
    # The steady state a visitor meets: the first request after a change also
    # reads the next scheduled expiry (core/schedule_boundary.py), once.
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("url", "factory"),
    [("/api/v1/thematic-areas", ThematicAreaFactory), ("/api/v1/contacts", ContactFactory)],
)
@pytest.mark.parametrize("locale", ["en", "fr"])
def test_listing_query_count_does_not_grow_with_items(client, url, factory, locale):
    factory.create_batch(5)
    small = count_queries(client, url, {"locale": locale, "limit": 100})
    factory.create_batch(45)
    large = count_queries(client, url, {"locale": locale, "limit": 100})
    assert small == large
