"""A headless preview answers in the live detail's shape, for pages that have been
published (dates, Decimals, documents, images and inline rows in the draft)."""

import datetime
from decimal import Decimal

import pytest
from wagtail.models import Page

from core.models import DraftShareLink
from core.page_types import public_type_name, registered_details
from donate.models import DonateAllocation
from tests.factories.flagships import add_contact, add_figure, add_place
from tests.factories.world import FIXED, build_world

pytestmark = pytest.mark.django_db

# The section (index) pages, by one of their items in the world.
INDEXES = {
    "publication_index": "publication",
    "flagship_index": "flagship",
    "story_index": "story",
    "event_index": "event",
    "updates_index": "brief",
}
PAGES = [
    "home",
    "publication",
    "flagship",
    "donate",
    "project",
    "story",
    "event",
    "meeting",
    "brief",
    "newsletter",
    *INDEXES,
]


def same_keys(preview, live, path="item"):
    """Every dict in the preview has exactly the live detail's keys (types may
    differ only where one side is null or an empty list)."""
    if isinstance(preview, dict) and isinstance(live, dict):
        assert set(preview) == set(live), f"{path}: {set(preview) ^ set(live)}"
        for key in preview:
            same_keys(preview[key], live[key], f"{path}.{key}")
    elif isinstance(preview, list) and isinstance(live, list) and preview and live:
        same_keys(preview[0], live[0], f"{path}[0]")


@pytest.fixture
def world(home):
    world = build_world(home)
    flagship = world["flagship"]
    add_contact(flagship, world["contact"])
    add_figure(flagship, amount="2500000.50")
    add_place(flagship, "ke", "Kenya")
    donate = world["donate"]
    for index, share in enumerate(("60", "40")):
        DonateAllocation.objects.create(
            page=donate, label=f"Share {index}", percentage=Decimal(share), sort_order=index, locale=donate.locale
        )
    world["home"] = home
    for index, item in INDEXES.items():
        world[index] = world[item].get_parent().specific
    # Every page has been published (first_published_at and last_published_at
    # set, as a publish sets them) and has a revision: its draft then carries
    # datetimes, dates and Decimals. The publish checks are the publish_paths
    # tests' business, not this one's.
    names = PAGES
    Page.objects.filter(pk__in=[world[name].pk for name in names]).update(
        first_published_at=FIXED, last_published_at=FIXED
    )
    for name in names:
        page = Page.objects.get(pk=world[name].pk).specific
        page.save_revision()
        world[name] = page
    return world


def test_preview_of_every_published_page_type_has_the_live_detail_shape(client, world, admin_user):
    # Every page type the API details is previewed here.
    assert {public_type_name(world[name]) for name in PAGES} == {detail.name for detail in registered_details()}
    for name in PAGES:
        page = world[name]
        assert page.first_published_at is not None
        live = client.get(page.get_api_url())
        assert live.status_code == 200, live.content

        page.title = "A draft title, not published"
        link = DraftShareLink.create_preview(page, admin_user, minutes=5)
        response = client.get(f"/api/v1/preview/{link.token}")

        assert response.status_code == 200, (name, response.content)
        assert response["Cache-Control"] == "no-store, private"
        body = response.json()
        assert body["type"] == public_type_name(page)
        assert body["item"]["title"] == "A draft title, not published"
        assert body["item"]["id"] == page.pk
        same_keys(body["item"], live.json(), name)
        # The public still gets the published title.
        assert client.get(page.get_api_url()).json()["title"] != "A draft title, not published"


def test_draft_dates_decimals_rows_documents_and_images_reach_the_preview(client, world, admin_user):
    flagship = world["flagship"]
    flagship.end_date = datetime.date(2031, 12, 31)
    figure = flagship.financial_figures.first()
    figure.amount = "9999.99"
    flagship.financial_figures = [figure]
    link = DraftShareLink.create_preview(flagship, admin_user, minutes=5)
    item = client.get(f"/api/v1/preview/{link.token}").json()["item"]
    assert item["end_date"] == "2031-12-31"
    assert [row["amount"] for row in item["financial_information"]] == ["9999.99"]
    assert [place["code"] for place in item["countries"]] == ["ke"]
    assert [contact["name"] for contact in item["contacts"]] == ["Amina Focal"]

    publication = world["publication"]
    link = DraftShareLink.create_preview(publication, admin_user, minutes=5)
    item = client.get(f"/api/v1/preview/{link.token}").json()["item"]
    assert [document["title"] for document in item["documents"]] == ["Full report"]
    assert "read_online" in item and "body" not in item
    assert item["publication_date"] == "2024-03-01"

    story = world["story"]
    link = DraftShareLink.create_preview(story, admin_user, minutes=5)
    item = client.get(f"/api/v1/preview/{link.token}").json()["item"]
    assert item["lead_image"]["url"]
    assert item["lead_image"]["alt"] == story.lead_image_alt


def test_share_link_previews_the_latest_saved_draft_in_the_same_shape(client, world, admin_user):
    project = world["project"]
    project.title = "Saved draft of the project"
    project.save_revision()
    link = DraftShareLink.create_for(project, admin_user, days=2)
    body = client.get(f"/api/v1/preview/{link.token}").json()
    assert body["type"] == "donation_project"
    assert body["item"]["title"] == "Saved draft of the project"
    assert body["item"]["progress"]["goal"] == "5000.00"
    same_keys(body["item"], client.get(project.get_api_url()).json())


def test_openapi_declares_the_preview_as_a_union_of_the_live_details(client):
    document = client.get("/api/v1/openapi.json").json()
    schema = document["paths"]["/api/v1/preview/{token}"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema["discriminator"]["propertyName"] == "type"
    mapping = schema["discriminator"]["mapping"]
    assert {"publication", "flagship", "donation_project", "story", "brief", "newsletter", "home"} <= set(mapping)
    publication = document["components"]["schemas"][mapping["publication"].rsplit("/", 1)[-1]]
    assert publication["properties"]["item"]["$ref"].endswith("/PublicationOut")
