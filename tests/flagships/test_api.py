"""The flagship API: listing filters, bad input, detail content, locale fallback."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone
from freezegun import freeze_time

from flagships.models import FlagshipReview, FlagshipUpdate
from tests.factories.flagships import add_figure, add_place, add_thematic_area
from tests.factories.home import ThematicAreaFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/flagships"


def problem(response, status=400):
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


def titles(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


def test_listing_shows_status_dates_contacts_and_review(client, make_flagship):
    page = make_flagship(title="Cities and floods", start_date=date(2024, 2, 1), end_date=date(2026, 1, 31))
    item = client.get(LIST).json()["items"][0]
    assert item["title"] == "Cities and floods"
    assert (item["status"], item["status_label"]) == ("active", "Active")
    assert (item["start_date"], item["end_date"]) == ("2024-02-01", "2026-01-31")
    assert item["contacts"][0]["name"] == page.contacts.get().contact.name
    assert item["summary"] == "<p>Cities that plan for floods and heat.</p>"
    assert set(item) >= {"last_reviewed_on", "review_due_on", "is_overdue", "locales", "translated", "api_url"}


def test_listing_hides_drafts(client, make_flagship):
    make_flagship(title="Public")
    make_flagship(title="Draft", live=False)
    assert titles(client.get(LIST)) == ["Public"]


def test_filter_by_status(client, make_flagship):
    make_flagship(title="Running", status="active")
    make_flagship(title="Over", status="completed")
    assert titles(client.get(LIST, {"status": "completed"})) == ["Over"]
    assert sorted(titles(client.get(LIST, {"status": "completed,active"}))) == ["Over", "Running"]
    assert sorted(titles(client.get(LIST, {"status": ["active", "completed"]}))) == ["Over", "Running"]
    assert titles(client.get(LIST, {"status": "completed", "ordering": "title"})) == ["Over"]
    assert titles(client.get(LIST, {"ordering": "-title"})) == ["Running", "Over"]
    assert problem(client.get(LIST, {"ordering": "budget"}))["parameter"] == "ordering"
    assert problem(client.get(LIST, {"status": "active,finished"}))["parameter"] == "status"


def test_unknown_status_is_a_problem(client):
    body = problem(client.get(LIST, {"status": "finished"}))
    assert body["parameter"] == "status"
    assert body["allowed"] == ["active", "completed", "paused", "planned"]


def test_filter_by_thematic_area(client, make_flagship):
    climate, housing = ThematicAreaFactory(slug="climate"), ThematicAreaFactory(slug="housing")
    add_thematic_area(make_flagship(title="Green"), climate)
    add_thematic_area(make_flagship(title="Homes"), housing)
    assert titles(client.get(LIST, {"thematic_area": "climate"})) == ["Green"]


def test_unknown_thematic_area_is_a_problem(client):
    ThematicAreaFactory(slug="climate")
    body = problem(client.get(LIST, {"thematic_area": "weather"}))
    assert (body["parameter"], body["allowed"]) == ("thematic_area", ["climate"])


def test_filter_by_country(client, make_flagship):
    add_place(make_flagship(title="Nairobi"), "ke", "Kenya")
    add_place(make_flagship(title="Quito"), "ec", "Ecuador")
    assert titles(client.get(LIST, {"country": "KE"})) == ["Nairobi"]
    assert titles(client.get(LIST, {"country": "fr"})) == []


def test_region_codes_in_use_are_accepted(client, make_flagship):
    add_place(make_flagship(title="Regional"), "east-africa", "East Africa")
    assert titles(client.get(LIST, {"country": "east-africa"})) == ["Regional"]


def test_unknown_country_is_a_problem(client):
    body = problem(client.get(LIST, {"country": "xx"}))
    assert body["parameter"] == "country" and "ke" in body["allowed"]


def test_filter_by_overdue(client, make_flagship):
    late = make_flagship(title="Late", review_interval_days=30)
    fresh = make_flagship(title="Fresh", review_interval_days=30)
    now = timezone.now()
    FlagshipReview.objects.create(translation_key=late.translation_key, reviewed_at=now - timedelta(days=31))
    FlagshipReview.objects.create(translation_key=fresh.translation_key, reviewed_at=now - timedelta(days=1))
    assert titles(client.get(LIST, {"overdue": "true"})) == ["Late"]
    assert titles(client.get(LIST, {"overdue": "false"})) == ["Fresh"]


def test_bad_overdue_value_is_a_problem(client):
    body = problem(client.get(LIST, {"overdue": "perhaps"}))
    assert body["parameter"] == "overdue"


def test_detail_has_everything_the_member_states_asked_for(client, make_flagship):
    page = make_flagship(title="Cities and floods", contacts=2, updates=3, review_interval_days=30)
    add_figure(page, kind="budget", amount="2500000.00", currency="USD", valid_on=date(2024, 6, 30))
    add_figure(page, kind="spent", amount="1250000.50", currency="EUR", valid_on=date(2024, 12, 31))
    with freeze_time(timezone.make_aware(datetime(2025, 1, 10, 12))):
        FlagshipReview.objects.create(translation_key=page.translation_key)
        body = client.get(f"{LIST}/{page.pk}").json()
    assert len(body["contacts"]) == 2
    assert [update["date"] for update in body["updates"]] == ["2024-01-21", "2024-01-11", "2024-01-01"]
    assert body["latest_update"]["date"] == "2024-01-21"
    figures = {figure["kind"]: figure for figure in body["financial_information"]}
    assert Decimal(figures["spent"]["amount"]) == Decimal("1250000.50")
    assert (figures["spent"]["currency"], figures["spent"]["valid_on"]) == ("EUR", "2024-12-31")
    assert (body["last_reviewed_on"], body["review_due_on"], body["is_overdue"]) == ("2025-01-10", "2025-02-09", False)
    assert body["api_url"] == f"/api/v1/flagships/{page.pk}?locale=en"


def test_detail_of_a_draft_is_not_found(client, make_flagship):
    page = make_flagship(live=False)
    problem(client.get(f"{LIST}/{page.pk}"), 404)


def test_detail_in_a_locale_without_translation_falls_back(client, make_flagship):
    page = make_flagship(title="Cities and floods")
    body = client.get(f"{LIST}/{page.pk}", {"locale": "fr"}).json()
    assert (body["title"], body["locale"], body["translated"], body["locales"]) == (
        "Cities and floods",
        "en",
        False,
        ["en"],
    )


def test_translated_flagship_answers_in_its_language_with_its_contacts(
    client, make_flagship, index, locales, translate
):
    translate(index, locales["fr"], {})
    page = make_flagship(title="Cities and floods", updates=1)
    contact = page.contacts.get().contact
    french_contact, _ = translate(contact, locales["fr"], {contact.role: "Chargée de programme"})
    french, _ = translate(page, locales["fr"], {"Cities and floods": "Villes et inondations", "Update 0": "Étape 0"})
    body = client.get(f"{LIST}/{page.pk}", {"locale": "fr"}).json()
    assert (body["id"], body["title"], body["translated"]) == (french.pk, "Villes et inondations", True)
    assert body["locales"] == ["en", "fr"]
    assert body["contacts"][0]["id"] == french_contact.pk
    assert body["contacts"][0]["role"] == "Chargée de programme"
    assert body["updates"][0]["title"] == "Étape 0"
    listing = client.get(LIST, {"locale": "fr"}).json()
    assert [(item["title"], item["translated"]) for item in listing["items"]] == [("Villes et inondations", True)]


def test_unpublished_contact_translation_falls_back_to_source(client, make_flagship, index, locales, translate):
    translate(index, locales["fr"], {})
    page = make_flagship(title="Cities and floods")
    contact = page.contacts.get().contact
    translate(contact, locales["fr"], {}, publish=False)
    translate(page, locales["fr"], {})
    body = client.get(LIST, {"locale": "fr"}).json()["items"][0]
    assert (body["contacts"][0]["id"], body["contacts"][0]["translated"]) == (contact.pk, False)


def test_updates_kinds_are_labelled(client, make_flagship):
    page = make_flagship()
    FlagshipUpdate.objects.create(page=page, date=date(2025, 1, 1), kind="completed", title="Done", locale=page.locale)
    body = client.get(f"{LIST}/{page.pk}").json()
    assert (body["updates"][0]["kind"], body["updates"][0]["kind_label"]) == ("completed", "Completed")
