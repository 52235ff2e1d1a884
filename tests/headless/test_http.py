"""HTTP as CDNs and browsers need it: Vary, Content-Language, HEAD, Cache-Control,
surrogate keys, CORS for revalidation, and freshness after any translation changes."""

import json

import pytest
from django.core.cache import cache

from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db
FRONT = "https://front.example.org"


@pytest.fixture
def api_cache(settings):
    settings.API_CACHE_SECONDS = 300
    settings.API_CLIENT_MAX_AGE = 60
    settings.API_SHARED_MAX_AGE = 300
    settings.API_STALE_WHILE_REVALIDATE = 60
    cache.clear()


@pytest.fixture
def about(home, locales, translate):
    page = HomePageFactory(parent=home, slug="about", title="About us")
    page.save_revision().publish()
    translate(home, locales["fr"], {})
    french, _ = translate(page, locales["fr"], {"About us": "À propos"})
    return page, french


def find(client, locale="en", **headers):
    return client.get("/api/v1/pages/find", {"path": "/about/", "locale": locale}, **headers)


def test_answers_vary_by_neither_language_header_nor_cookie(client, about, api_cache):
    client.cookies["sessionid"] = "whatever"
    response = find(client, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",") if value.strip()}
    assert not vary & {"accept-language", "cookie"}
    # Accept-Language does not change the answer: the locale parameter does.
    assert response.json()["title"] == "About us"
    assert response["Content-Language"] == "en"


def test_vary_origin_where_cors_answers(client, about, api_cache, settings):
    settings.CORS_ALLOWED_ORIGINS = [FRONT]
    response = find(client, HTTP_ORIGIN=FRONT)
    assert response["Access-Control-Allow-Origin"] == FRONT
    assert "origin" in response["Vary"].lower()
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/pages/find",
        HTTP_ORIGIN=FRONT,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="if-none-match",
    )
    assert preflight.status_code == 200
    assert "if-none-match" in preflight["Access-Control-Allow-Headers"]


def test_content_language_is_the_answers_locale(client, about, api_cache):
    assert find(client, "fr")["Content-Language"] == "fr"
    assert find(client, "FR")["Content-Language"] == "fr"
    assert client.get("/api/v1/thematic-areas", {"locale": "ar"})["Content-Language"] == "ar"


def test_a_problem_declares_the_language_its_text_is_worded_in(client, about, api_cache):
    refused = client.get("/api/v1/publications", {"locale": "fr", "year": "soon"})
    assert refused.status_code == 400
    assert refused["Content-Language"] == "fr"
    assert client.get("/api/v1/publications", {"year": "soon"})["Content-Language"] == "en"


def test_the_api_description_loads_before_any_content_is_read(client, django_assert_num_queries):
    """The OpenAPI document holds no content: serving it reads nothing from the database
    (a client generator, or schemathesis at collection time, loads it first)."""
    with django_assert_num_queries(0):
        assert client.get("/api/v1/openapi.json").status_code == 200


def test_head_is_answered_like_get_without_a_body(client, about, api_cache):
    get = find(client, "fr")
    head = client.head("/api/v1/pages/find", {"path": "/about/", "locale": "fr"})
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == get["ETag"]
    assert head["Content-Length"] == str(len(get.content))
    assert client.head("/api/v1/pages/find", {"path": "/nowhere/"}).status_code == 404


def test_cache_control_for_cdns_and_surrogate_keys(client, about, api_cache):
    page, french = about
    response = find(client, "fr")
    directives = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=300", "stale-while-revalidate=60"} <= directives
    keys = response["Surrogate-Key"].split()
    assert {"api", "api-fr", f"page-{page.translation_key}", f"page-{page.translation_key}-fr"} <= set(keys)
    assert response["Cache-Tag"] == ",".join(keys)


def test_unpublishing_a_translation_refreshes_every_locale_even_for_old_etags(client, about, api_cache):
    page, french = about
    first = find(client, "en")
    assert "fr" in first.json()["locales"]
    assert find(client, "en", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304

    french.refresh_from_db()
    french.unpublish()

    again = find(client, "en", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200
    assert "fr" not in again.json()["locales"]


def test_publishing_purges_the_pages_surrogate_key(home, settings, monkeypatch, django_capture_on_commit_callbacks):
    settings.API_PURGE_KEYS_URL = "http://cdn.example.org/purge"
    sent = []
    monkeypatch.setattr("core.cdn._send", sent.append)
    page = HomePageFactory(parent=home, slug="about", title="About us")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert [f"page-{page.translation_key}"] in sent


def test_surrogate_keys_name_every_page_shown_and_nothing_a_text_says(rf):
    """A CDN purges by these keys: every page an answer shows must be named, and
    an editor's text that looks like a member must not add a key (it could make
    one page's purge miss, or purge another's answers)."""
    from core.api_cache import surrogate_keys

    answer = json.dumps(
        {
            "items": [
                {"translation_key": "k-1", "title": 'He wrote "translation_key": "forged"'},
                {
                    "translation_key": "k-2",
                    "related": [{"translation_key": "k-3"}],
                    "parent": {"translation_key": None},
                },
            ]
        },
        ensure_ascii=False,
    ).encode()
    keys = surrogate_keys(rf.get("/api/v1/stories", {"locale": "fr"}), answer)
    assert keys == ["api", "api-fr", "page-k-1", "page-k-1-fr", "page-k-2", "page-k-2-fr", "page-k-3", "page-k-3-fr"]


@pytest.mark.parametrize("path", ["/api/v1/changes", "/api/v1/redirects"])
def test_the_feed_and_redirects_are_revalidated_not_kept_by_a_cdn(client, about, api_cache, path):
    """A publish purges only its pages' keys: a CDN keeping the changes feed or the
    redirects would answer a builder woken by the webhook with the state before."""
    page, french = about
    first = client.get(path)
    assert first["Cache-Control"] == "public, no-cache"
    assert client.get(path, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    page.title = "About us, renamed"
    page.save_revision().publish()
    after = client.get(path, HTTP_IF_NONE_MATCH=first["ETag"])
    if path.endswith("changes"):  # the publish is in the feed at once
        assert after.status_code == 200 and after.json()["items"]


@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_a_wrong_method_is_a_problem_naming_the_allowed_ones(client, home, method):
    response = getattr(client, method)("/api/v1/publications?locale=fr")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/problem+json" and response["Allow"] == "GET"
    body = response.json()
    assert body["status"] == 405 and body["allowed"] == ["GET"] and "GET" in body["detail"]
