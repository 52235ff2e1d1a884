"""Incremental builds: the changes feed with URLs before and after, the
redirects list, and webhook notices that say what happened and where."""

import pytest
from wagtail.models import PageViewRestriction

from core.models import ContentChange
from tests.factories import HomePageFactory, ThematicAreaFactory
from tests.factories.flagships import (
    FlagshipIndexPageFactory,
    FlagshipPageFactory,
    add_contact,
    add_thematic_area,
)

pytestmark = pytest.mark.django_db


def feed(client, since=0):
    response = client.get("/api/v1/changes", {"since": since})
    assert response.status_code == 200, response.content
    return response.json()


def test_slug_change_move_and_unpublish_give_the_urls_before_and_after(client, home):
    about = HomePageFactory(parent=home, slug="about", title="About")
    about.save_revision().publish()
    start = feed(client)["cursor"]

    about.slug = "who-we-are"
    about.save_revision().publish()

    body = feed(client, start)
    [change] = body["items"]
    assert (change["action"], change["url_before"], change["url_after"]) == ("published", "/about/", "/who-we-are/")
    assert change["type"] == "home"
    assert change["api_url"] == "/api/v1/home?locale=en"
    assert feed(client, body["cursor"])["items"] == []

    about.refresh_from_db()
    about.unpublish()
    [change] = feed(client, body["cursor"])["items"]
    assert (change["action"], change["url_before"], change["url_after"]) == ("unpublished", "/who-we-are/", None)
    # The publication of a page no longer public is not shown again.
    assert [item["action"] for item in feed(client, start)["items"]] == ["unpublished"]
    assert client.get("/api/v1/changes", {"since": "x"}).status_code == 400


def test_snippet_changes_name_the_pages_that_show_them(client, home):
    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home))
    area = ThematicAreaFactory(name="Housing")
    add_thematic_area(flagship, area)
    add_contact(flagship)
    flagship.save_revision().publish()
    start = feed(client)["cursor"]

    area.name = "Housing and land"
    area.save_revision().publish()

    [change] = feed(client, start)["items"]
    assert (change["action"], change["type"]) == ("published", "thematic_area")
    assert [page["id"] for page in change["dependent_pages"]] == [flagship.pk]
    assert change["affects_whole_locale"] is False


def test_restricted_pages_never_reach_the_feed(client, home):
    # A draft made private before its first publication: never public, never announced.
    secret = HomePageFactory(parent=home, slug="members-only", title="Members", live=False)
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    secret.save_revision().publish()
    assert not any(item["id"] == secret.pk for item in feed(client)["items"])
    assert not ContentChange.objects.filter(object_id=secret.pk, action="published").exists()


def test_redirects_list_old_paths_of_public_pages(client, home, django_capture_on_commit_callbacks):
    about = HomePageFactory(parent=home, slug="about", title="About")
    about.save_revision().publish()
    about.slug = "who-we-are"
    with django_capture_on_commit_callbacks(execute=True):
        # Wagtail creates the redirect after the commit.
        about.save_revision().publish()
    items = client.get("/api/v1/redirects").json()["items"]
    [redirect] = [item for item in items if item["page_id"] == about.pk]
    assert redirect["old_path"] == "/about"
    assert redirect["new_url"] == "/who-we-are/"
    assert redirect["api_url"] == "/api/v1/home?locale=en"


def test_webhook_notice_says_what_happened_and_where(home, settings):
    from webhooks.models import WebhookDelivery

    settings.PUBLISH_WEBHOOK_URLS = ["https://build.example.org/hook"]
    about = HomePageFactory(parent=home, slug="about", title="About")
    about.save_revision().publish()
    about.slug = "who-we-are"
    about.save_revision().publish()

    payload = WebhookDelivery.objects.order_by("-pk").first().payload
    assert payload["action"] == "published"
    page = payload["page"]
    assert (page["type"], page["url_before"], page["url_after"]) == ("home", "/about/", "/who-we-are/")
    assert page["api_url"] == "/api/v1/home?locale=en"
    assert page["translations"][0]["locale"] == "en"


def test_a_cursor_ahead_of_the_feed_is_a_400_naming_since(client, home):
    latest = client.get("/api/v1/changes", {"since": 0, "limit": 500}).json()["cursor"]
    assert client.get("/api/v1/changes", {"since": latest}).status_code == 200  # the current cursor is fine
    response = client.get("/api/v1/changes", {"since": int(latest) + 1000})
    assert response.status_code == 400
    body = response.json()
    assert (body["parameter"], body["code"]) == ("since", "invalid_value")
    assert "ahead of this feed" in body["detail"] and "build in full" in body["detail"]


def test_an_untranslated_page_comes_and_goes_under_every_locale_that_shows_it(client, home, locales, translate):
    """The French site shows the English flagship under a French URL (no
    translation): publishing and unpublishing it changes that URL too."""
    translate(home, locales["fr"], {})
    index = FlagshipIndexPageFactory(parent=home, slug="flagships")
    translate(index, locales["fr"], {})
    start = feed(client)["cursor"]
    page = FlagshipPageFactory(parent=index, slug="resilient-cities", contacts=1)
    page.save_revision().publish()
    body = feed(client, start)
    entries = {(item["locale"], item["action"]): item for item in body["items"] if item["id"] == page.pk}
    assert entries[("fr", "published")]["url_after"] == "/fr/flagships/resilient-cities/"
    assert entries[("fr", "published")]["api_url"] == f"/api/v1/flagships/{page.pk}?locale=fr"
    assert entries[("en", "published")]["url_after"] == "/flagships/resilient-cities/"
    assert {locale for locale, _action in entries} == {"en", "fr"}  # no other locale has a home

    page.refresh_from_db()
    page.unpublish()
    gone = {item["locale"]: item for item in feed(client, body["cursor"])["items"]}
    assert gone["fr"]["action"] == "unpublished"
    assert (gone["fr"]["url_before"], gone["fr"]["url_after"]) == ("/fr/flagships/resilient-cities/", None)
    assert gone["en"]["url_before"] == "/flagships/resilient-cities/"


def test_a_section_slug_change_moves_every_page_under_it(client, home):
    index = FlagshipIndexPageFactory(parent=home, slug="flagships")
    page = FlagshipPageFactory(parent=index, slug="resilient-cities", contacts=1)
    index.save_revision().publish()
    start = feed(client)["cursor"]
    index.refresh_from_db()
    index.slug = "programmes"
    index.save_revision().publish()
    items = {item["id"]: item for item in feed(client, start)["items"]}
    assert (items[index.pk]["url_before"], items[index.pk]["url_after"]) == ("/flagships/", "/programmes/")
    moved = items[page.pk]
    assert (moved["action"], moved["type"]) == ("moved", "flagship")
    assert (moved["url_before"], moved["url_after"]) == (
        "/flagships/resilient-cities/",
        "/programmes/resilient-cities/",
    )
