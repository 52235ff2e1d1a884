"""Cached answers never outlive what they show, and never cross hosts.

F-B of the attacker test: a page whose `expire_at` passed was served from the
API and page caches for up to their lifetime. Answers now end at the next
scheduled boundary, in the server cache and in Cache-Control.

F0: the API cache key ignored the host and scheme while answers hold absolute
links built from them, so one request with another Host (or
X-Forwarded-Proto) poisoned everyone's answers.
"""

import datetime
import re

import pytest
from django.utils import timezone
from freezegun import freeze_time

from tests.factories.world import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def caches(settings):
    settings.API_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def world(home):
    return build_world(home)


def max_ages(response) -> dict:
    return {name: int(value) for name, value in re.findall(r"([a-z-]+)=(\d+)", response["Cache-Control"])}


def test_an_expiring_page_leaves_every_cache_at_its_expiry(client, world, caches):
    publication = world["publication"]
    start = timezone.now()
    with freeze_time(start) as clock:
        publication.expire_at = start + datetime.timedelta(seconds=30)
        publication.save_revision().publish()
        detail = f"/api/v1/publications/{publication.pk}"
        assert client.get(detail, {"locale": "en"}).status_code == 200
        cached = client.get(detail, {"locale": "en"})
        assert cached["X-Cache"] == "hit"
        ages = max_ages(cached)
        assert ages["max-age"] <= 30 and ages["s-maxage"] <= 30
        assert ages["s-maxage"] + ages.get("stale-while-revalidate", 0) <= 30
        assert client.get(publication.url).status_code == 200
        assert client.get(publication.url)["X-Page-Cache"] == "hit"

        clock.tick(31)
        assert client.get(detail, {"locale": "en"}).status_code == 404
        assert client.get(publication.url).status_code == 404
        listing = client.get("/api/v1/publications", {"locale": "en"}).json()["items"]
        assert publication.pk not in [item["id"] for item in listing]


def test_answers_without_a_boundary_keep_their_full_lifetime(client, world, caches, settings):
    response = client.get("/api/v1/publications", {"locale": "en"})
    ages = max_ages(response)
    assert ages["max-age"] == settings.API_CLIENT_MAX_AGE
    assert ages["s-maxage"] == settings.API_SHARED_MAX_AGE
    assert ages["stale-while-revalidate"] == settings.API_STALE_WHILE_REVALIDATE


def download_links(response) -> set[str]:
    return {document["url"].split("/downloads/")[0] for document in response.json()["documents"]}


def test_an_answer_for_one_host_is_never_served_to_another(client, world, caches, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    detail = f"/api/v1/publications/{world['publication'].pk}"
    poisoned = client.get(detail, {"locale": "en"}, HTTP_HOST="localhost")
    assert download_links(poisoned) == {"http://localhost"}
    scheme_flipped = client.get(detail, {"locale": "en"}, HTTP_X_FORWARDED_PROTO="https")
    [flipped] = download_links(scheme_flipped)
    assert flipped.startswith("https://testserver")

    plain = client.get(detail, {"locale": "en"})
    assert download_links(plain) == {"http://testserver"}
    assert client.get(detail, {"locale": "en"})["X-Cache"] == "hit"
    assert download_links(client.get(detail, {"locale": "en"}, HTTP_HOST="localhost")) == {"http://localhost"}


def test_a_host_outside_allowed_hosts_is_refused(client, world, caches):
    response = client.get(f"/api/v1/publications/{world['publication'].pk}", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "evil.example" not in client.get(f"/api/v1/publications/{world['publication'].pk}").content.decode()
