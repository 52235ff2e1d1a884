"""Making a live page private through the admin's Privacy dialog takes it out of
every cached answer at once (API details and listings, search, the reference
page), and tells front ends: a `restricted` change in the feed and a
`page.restricted` webhook notice; making it public again says `unrestricted`.

Found by the attacker test (F-A): the cached answers kept serving the page for
the cache's lifetime and no consumer was told.
"""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from core.models import ContentChange
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.world import build_world
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def caches(settings):
    """The real cache settings: answers kept five minutes."""
    settings.API_CACHE_SECONDS = 300
    settings.PAGE_CACHE_SECONDS = 300
    settings.PUBLISH_WEBHOOK_URLS = ["http://127.0.0.1:9/rebuild"]


@pytest.fixture
def world(home):
    return build_world(home)


def set_privacy(admin_client, page, restriction_type, **fields):
    response = admin_client.post(f"/admin/pages/{page.pk}/privacy/", {"restriction_type": restriction_type, **fields})
    assert response.status_code == 200, response.content
    assert response.json()["step"] == "set_privacy_done"


def public_answers(client, page):
    """Status of the detail, whether the listing, search and the reference page show it."""
    detail = client.get(f"/api/v1/publications/{page.pk}", {"locale": "en"})
    listing = client.get("/api/v1/publications", {"locale": "en", "limit": 100}).json()
    search = client.get("/api/v1/search", {"q": "drainage", "locale": "en"}).json()
    reference = client.get(page.url)
    return {
        "detail": detail.status_code,
        "listing": any(item["id"] == page.pk for item in listing["items"]),
        "search": any(item["id"] == page.pk for item in search["items"]),
        "page": reference.status_code == 200 and page.title in reference.content.decode(),
    }


VISIBLE = {"detail": 200, "listing": True, "search": True, "page": True}
HIDDEN = {"detail": 404, "listing": False, "search": False, "page": False}


@pytest.mark.parametrize("kind", ["password", "login", "groups"])
def test_privacy_dialog_hides_a_cached_page_at_once_and_tells_front_ends(client, admin_client, world, caches, kind):
    publication = world["publication"]
    assert public_answers(client, publication) == VISIBLE
    assert client.get(f"/api/v1/publications/{publication.pk}", {"locale": "en"})["X-Cache"] == "hit"
    assert client.get(publication.url)["X-Page-Cache"] == "hit"
    start = ContentChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0

    fields = {"password": "s3cret-word"} if kind == "password" else {}
    if kind == "groups":
        fields["groups"] = [Group.objects.get(name="Moderators").pk]
    set_privacy(admin_client, publication, kind, **fields)

    assert public_answers(client, publication) == HIDDEN
    feed = client.get("/api/v1/changes", {"since": start}).json()["items"]
    assert [(item["action"], item["id"], item["url_before"], item["url_after"]) for item in feed] == [
        ("restricted", publication.pk, publication.url, None)
    ]
    [notice] = WebhookDelivery.objects.filter(event="page.restricted")
    assert notice.payload["page"]["id"] == publication.pk
    assert notice.payload["action"] == "restricted"
    assert notice.payload["page"]["url_after"] is None

    # Public again: back at once, and announced.
    set_privacy(admin_client, publication, "none")
    assert not PageViewRestriction.objects.exists()
    assert public_answers(client, publication) == VISIBLE
    feed = client.get("/api/v1/changes", {"since": start}).json()["items"]
    assert [item["action"] for item in feed] == ["restricted", "unrestricted"]
    assert feed[-1]["url_after"] == publication.url
    assert WebhookDelivery.objects.filter(event="page.unrestricted", payload__page__id=publication.pk).count() == 1


def test_changing_the_kind_of_restriction_refreshes_answers_without_announcing(client, admin_client, world, caches):
    publication = world["publication"]
    set_privacy(admin_client, publication, "password", password="first-word")
    changes = ContentChange.objects.count()
    set_privacy(admin_client, publication, "login")
    assert PageViewRestriction.objects.get(page=publication).restriction_type == "login"
    assert public_answers(client, publication) == HIDDEN
    # Still private: nothing changed for the public, nothing to announce.
    assert ContentChange.objects.count() == changes
    assert not WebhookDelivery.objects.filter(event="page.unrestricted").exists()


def test_restricting_a_section_hides_every_cached_page_under_it(client, admin_client, home, caches):
    stories = StoryIndexPageFactory(parent=home, slug="stories")
    story = StoryPageFactory(parent=stories, slug="beira-homes", title="Beira homes stood up to the storm")
    assert client.get(f"/api/v1/stories/{story.pk}", {"locale": "en"}).status_code == 200
    assert story.pk in [item["id"] for item in client.get("/api/v1/stories", {"locale": "en"}).json()["items"]]
    assert client.get(story.url).status_code == 200

    set_privacy(admin_client, stories, "login")

    assert client.get(f"/api/v1/stories/{story.pk}", {"locale": "en"}).status_code == 404
    assert client.get("/api/v1/stories", {"locale": "en"}).json()["items"] == []
    assert client.get(story.url).status_code == 302
    restricted = set(ContentChange.objects.filter(action="restricted").values_list("object_id", flat=True))
    assert restricted == {stories.pk, story.pk}
    assert set(WebhookDelivery.objects.filter(event="page.restricted").values_list("payload__page__id", flat=True)) == {
        stories.pk,
        story.pk,
    }


def test_deleting_a_restricted_page_is_not_announced_as_made_public(admin_client, world, caches):
    publication = world["publication"]
    set_privacy(admin_client, publication, "login")
    publication.delete()
    assert not ContentChange.objects.filter(action="unrestricted").exists()
