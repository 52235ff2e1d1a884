"""Countries are ISO 3166-1 codes on every content type, so one `?country=ke`
finds every Kenyan item, whatever its type (issue 13)."""

import importlib

import pytest
from django.apps import apps

from donate.models import DonationProjectPage
from search.sync import rebuild_all
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_place
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(home):
    flagships = FlagshipIndexPageFactory(parent=home)
    kenyan_flagship = FlagshipPageFactory(parent=flagships, title="Water for Nairobi")
    add_place(kenyan_flagship, "ke", "Kenya")
    add_place(FlagshipPageFactory(parent=flagships, title="Water for Dodoma"), "tz", "Tanzania")
    stories = StoryIndexPageFactory(parent=home)
    StoryPageFactory(parent=stories, title="Water in Kisumu", country="ke")
    StoryPageFactory(parent=stories, title="Water in Beira", country="mz")
    donate = DonatePageFactory(parent=home)
    DonationProjectPageFactory(parent=donate, title="Water for Kibera", country="ke")
    DonationProjectPageFactory(parent=donate, title="Water for Gulu", country="ug")
    rebuild_all()


def test_country_ke_finds_every_kenyan_item_of_every_type(client, places):
    body = client.get("/api/v1/search", {"q": "water", "country": "ke", "limit": 50}).json()
    found = {(item["type"], item["title"]) for item in body["items"]}
    assert found == {
        ("flagship", "Water for Nairobi"),
        ("story", "Water in Kisumu"),
        ("donation_project", "Water for Kibera"),
    }
    flagships = client.get("/api/v1/flagships", {"country": "ke"}).json()
    assert [item["title"] for item in flagships["items"]] == ["Water for Nairobi"]
    stories = client.get("/api/v1/stories", {"country": "ke"}).json()
    assert [item["title"] for item in stories["items"]] == ["Water in Kisumu"]


def listing_titles(client, path, country) -> set[str]:
    """Every title a listing answers for `country`, projects taken out of their thematic areas."""
    response = client.get(path, {"country": country, "limit": 50})
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    if path.endswith("/donate/thematic-areas"):
        items = [project for group in items for project in group["projects"]]
    return {item["title"] for item in items}


LISTINGS = ["/api/v1/flagships", "/api/v1/stories", "/api/v1/donate/thematic-areas", "/api/v1/events"]


def test_every_listing_with_a_country_finds_its_kenyan_items(client, home, places):
    events = EventIndexPageFactory(parent=home)
    EventPageFactory(parent=events, title="Forum in Nairobi", country="ke")
    EventPageFactory(parent=events, title="Forum in Kampala", country="ug", venue="Kampala")
    kenyan = {
        "/api/v1/flagships": {"Water for Nairobi"},
        "/api/v1/stories": {"Water in Kisumu"},
        "/api/v1/donate/thematic-areas": {"Water for Kibera"},
        "/api/v1/events": {"Forum in Nairobi"},
    }
    for path in LISTINGS:
        assert listing_titles(client, path, "ke") == kenyan[path], path
        # A code as a person types it: the same answer (and the same cached entry).
        assert listing_titles(client, path, " KE") == kenyan[path], path
    assert listing_titles(client, "/api/v1/donate/thematic-areas", "ug") == {"Water for Gulu"}
    assert listing_titles(client, "/api/v1/events", "ug") == {"Forum in Kampala"}
    assert listing_titles(client, "/api/v1/donate/thematic-areas", "fr") == set()


@pytest.mark.parametrize("path", LISTINGS)
@pytest.mark.parametrize("value", ["kenya", "xx", "k\x00"])
def test_an_unknown_country_is_a_400_naming_the_parameter(client, home, path, value):
    response = client.get(path, {"country": value})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = response.json()
    assert body["parameter"] == "country"
    if "\x00" not in value:  # a NUL byte is refused before any list is read
        assert "ke" in body["allowed"]


def test_a_project_shows_its_country_by_name_in_the_visitors_language(client, places):
    body = client.get("/api/v1/donate/thematic-areas", {"locale": "es"}).json()
    projects = {project["title"]: project for group in body["items"] for project in group["projects"]}
    assert (projects["Water for Kibera"]["country"], projects["Water for Kibera"]["country_region"]) == ("ke", "Kenia")


def test_the_migration_turns_free_text_countries_into_codes_and_keeps_regions(home):
    donate = DonatePageFactory(parent=home)
    kenya = DonationProjectPageFactory(parent=donate, country="", country_region="Kenya")
    region = DonationProjectPageFactory(parent=donate, country="", country_region="East Africa")
    migration = importlib.import_module("donate.migrations.0008_project_country")
    migration.to_country_codes(apps, None)
    assert DonationProjectPage.objects.values_list("country", "country_region").get(pk=kenya.pk) == ("ke", "")
    assert DonationProjectPage.objects.values_list("country", "country_region").get(pk=region.pk) == ("", "East Africa")
