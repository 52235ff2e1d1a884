"""`expand=` on the listings of publications, flagship programmes, stories,
events, meetings, monthly briefs and newsletter issues: asked with every expansion, a listed item carries exactly
what its detail carries (so a front end fetches no detail), in either locale,
and the listing's query count does not grow with the number of items."""

import datetime

import pytest
from django.conf import settings
from django.test import override_settings

from briefs.models import BriefItem, MonthlyBriefPage, NewsletterIssuePage, NewsletterItem
from flagships.models import FlagshipPartner, FlagshipPublication
from stories.models import StoryPage
from tests.factories.briefs import BriefIndexPageFactory
from tests.factories.events import EventIndexPageFactory, EventPageFactory, MeetingPageFactory, QuestionFactory
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_figure
from tests.factories.home import ContactFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.world import FIXED, build_world, cover
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

LISTINGS = {
    "publications": "publication",
    "flagships": "flagship",
    "stories": "story",
    "events": "event",
    "meetings": "meeting",
    "briefs": "brief",
    "newsletters": "newsletter",
}


@pytest.fixture
def world(home):
    world = build_world(home)
    # The story relates to every kind of page and has a focal point; the brief
    # and the newsletter report on the story and the event.
    StoryPage.objects.filter(pk=world["story"].pk).update(
        related_flagship=world["flagship"],
        related_publication=world["publication"],
        related_project=world["project"],
        contact=world["contact"],
        lead_image=cover("Rebuilt homes in Beira"),
    )
    for issue, item_model in ((world["brief"], BriefItem), (world["newsletter"], NewsletterItem)):
        item_model.objects.create(page=issue, section="story", linked_page_id=world["story"].pk, note="Read it.")
        item_model.objects.create(page=issue, section="event", linked_page_id=world["event"].pk)
    # The flagship cites the publication and has partners, updates and figures;
    # an older publication on the same thematic area is related to it.
    flagship = world["flagship"]
    FlagshipPublication.objects.create(page=flagship, publication=world["publication"])
    FlagshipPartner.objects.create(page=flagship, name="Cities Alliance", locale=flagship.locale)
    add_figure(flagship)
    world["older"] = PublicationPageFactory(
        parent=world["publication"].get_parent(),
        title="Drainage at a glance",
        publication_date=datetime.date(2023, 1, 1),
        thematic_areas=[world["area"]],
        isbn="978-92-1-132878-3",
    )
    return world


def offered(client, path: str) -> list[str]:
    document = client.get("/api/v1/openapi.json").json()
    parameters = document["paths"][f"/api/v1/{path}"]["get"]["parameters"]
    return next((p["schema"]["items"]["enum"] for p in parameters if p["name"] == "expand"), [])


@pytest.mark.parametrize("locale", ["en", "fr"])
@pytest.mark.parametrize("listing", list(LISTINGS))
def test_an_item_listed_with_every_expansion_is_its_detail(client, world, listing, locale):
    page = world[LISTINGS[listing]]
    expand = ",".join(offered(client, listing))
    items = client.get(f"/api/v1/{listing}", {"locale": locale, "expand": expand}).json()["items"]
    (item,) = [item for item in items if item["id"] == page.pk]
    # A detail that offers expansions (a flagship's cited publications) is asked with them too.
    detail_expand = ",".join(offered(client, f"{listing}/{{page_id}}"))
    detail = client.get(
        f"/api/v1/{listing}/{page.pk}", {"locale": locale, **({"expand": detail_expand} if detail_expand else {})}
    ).json()
    assert set(detail) - set(item) == set(), "the detail shows more than the expanded listing: add an expansion"
    assert item == detail


def test_expanded_content_is_what_the_detail_shows(client, world):
    """Not empty defaults: the related pages, focal points, questions and items are there."""
    expand = "related,citing_flagships,isbn,read_online,read_online_blocks"
    (older,) = [item for item in client.get(f"/api/v1/publications?expand={expand}").json()["items"] if item["isbn"]]
    assert [link["id"] for link in older["related"]] == [world["publication"].pk]
    publication = client.get(f"/api/v1/publications?expand={expand}").json()["items"][0]
    assert [link["id"] for link in publication["citing_flagships"]] == [world["flagship"].pk]
    flagship = client.get("/api/v1/flagships?expand=partners,financial_information,related_publications").json()
    flagship = flagship["items"][0]
    assert [partner["name"] for partner in flagship["partners"]] == ["Cities Alliance"]
    assert flagship["financial_information"][0]["amount"] == "1000000.00"
    # Details show covers at page widths (F13): the expanded listing too, the plain one keeps the card's.
    for listing in ("publications", "flagships", "events"):
        (card,) = client.get(f"/api/v1/{listing}").json()["items"][:1]
        (cover,) = client.get(f"/api/v1/{listing}?expand=cover_image").json()["items"][:1]
        detail = client.get(card["api_url"]).json()
        assert card["cover_image"]["renditions"][-1]["width"] == 960, listing
        assert detail["cover_image"]["renditions"][-1]["width"] == 1600, listing
        assert cover["cover_image"] == detail["cover_image"], listing
    assert [link["id"] for link in flagship["related_publications"]] == [world["publication"].pk]
    story = client.get("/api/v1/stories?expand=related,contact,body,lead_image").json()["items"][0]
    assert {name: link["id"] for name, link in story["related"].items()} == {
        "flagship": world["flagship"].pk,
        "publication": world["publication"].pk,
        "donation_project": world["project"].pk,
    }
    assert story["contact"]["name"] == "Amina Focal"
    assert "The story itself" in story["body"]
    assert story["lead_image"]["renditions"][-1]["width"] == 1600  # the detail's widths, not the card's
    event = client.get("/api/v1/events?expand=related_flagship,contact").json()["items"][0]
    assert event["related_flagship"]["id"] == world["flagship"].pk and event["contact"]["name"] == "Amina Focal"
    meeting = client.get("/api/v1/meetings?expand=questions,question_counts").json()["items"][0]
    assert meeting["question_counts"] == {"received": 1, "answered": 1, "unanswered": 0}
    assert meeting["questions"][0]["answer"] == "From the core budget and two donors."
    assert "Wanjiru" not in str(meeting) and "wanjiru@" not in str(meeting)
    brief = client.get("/api/v1/briefs?expand=sections").json()["items"][0]
    assert [section["key"] for section in brief["sections"]] == ["story", "event"]


def test_a_listing_without_expand_is_unchanged(client, world):
    item = client.get("/api/v1/stories").json()["items"][0]
    assert "body" not in item and "related" not in item
    assert item["lead_image"]["renditions"][-1]["width"] == 960  # the card's


def test_an_unknown_expansion_names_those_offered(client, world):
    response = client.get("/api/v1/meetings?expand=agenda,minutes")
    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == "expand" and body["params"]["value"] == "minutes"
    assert body["allowed"] == ["agenda", "question_counts", "questions"]


# --- Query budgets: the same at 5 and at 50 items --------------------------------


def _make(kind, parent, n, targets):
    if kind == "publications":
        PublicationPageFactory(
            parent=parent,
            title=f"Publication {n}",
            publication_date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            thematic_areas=[targets["area"]],
        )
    elif kind == "flagships":
        flagship = FlagshipPageFactory(parent=parent, title=f"Flagship {n}", updates=2)
        FlagshipPublication.objects.create(page=flagship, publication=targets["publication"])
        FlagshipPartner.objects.create(page=flagship, name=f"Partner {n}", locale=flagship.locale)
        add_figure(flagship)
    elif kind == "stories":
        StoryPageFactory(
            parent=parent,
            title=f"Story {n}",
            related_flagship=targets["flagship"],
            related_publication=targets["publication"],
            related_project=targets["project"],
            contact=ContactFactory(name=f"Focal {n}") if n % 2 else targets["contact"],
        )
    elif kind == "events":
        EventPageFactory(
            parent=parent,
            title=f"Event {n}",
            start_date=datetime.date(2031, 1, 1) + datetime.timedelta(days=n),
            related_flagship=targets["flagship"],
            contact=ContactFactory(name=f"Focal {n}"),
        )
    elif kind == "meetings":
        meeting = MeetingPageFactory(
            parent=parent, title=f"Meeting {n}", slug=f"meeting-{n}", date=datetime.date(2031, 1, 1)
        )
        QuestionFactory(meeting=meeting, submitted_at=FIXED, confirmed_at=FIXED)
    elif kind == "briefs":
        month = datetime.date(2000 + n // 12, n % 12 + 1, 1)
        brief = MonthlyBriefPage(title=f"Brief {n}", slug=f"brief-{n}", month=month, introduction="<p>Hi.</p>")
        brief.items = [BriefItem(section="story", linked_page_id=targets["story"].pk, note="A note.")]
        parent.add_child(instance=brief)
    else:
        issue = NewsletterIssuePage(
            title=f"Issue {n}",
            slug=f"issue-{n}",
            issue_date=datetime.date(2000, 1, 1) + datetime.timedelta(days=n),
            introduction="<p>Hi.</p>",
        )
        issue.items = [NewsletterItem(section="event", linked_page_id=targets["event"].pk)]
        parent.add_child(instance=issue)


PARENTS = {
    "publications": lambda home: PublicationIndexPageFactory(parent=home, slug="more-publications"),
    "flagships": lambda home: FlagshipIndexPageFactory(parent=home, slug="more-flagships"),
    "stories": lambda home: StoryIndexPageFactory(parent=home, slug="more-stories"),
    "events": lambda home: EventIndexPageFactory(parent=home, slug="more-events"),
    "meetings": lambda home: EventIndexPageFactory(parent=home, slug="more-meetings"),
    "briefs": lambda home: BriefIndexPageFactory(parent=home, slug="more-updates"),
    "newsletters": lambda home: BriefIndexPageFactory(parent=home, slug="more-newsletters"),
}


# Production shares a Redis cache; the tests' local-memory cache culls a third
# of its entries past 300, which 50 expanded items (their rendered texts) reach,
# and would drop Wagtail's site root paths between two requests.
@override_settings(CACHES={"default": {**settings.CACHES["default"], "OPTIONS": {"MAX_ENTRIES": 100_000}}})
@pytest.mark.parametrize("listing", list(LISTINGS))
def test_expanding_costs_the_same_queries_for_5_and_50_items(client, world, home, listing):
    parent = PARENTS[listing](home)
    params = {"limit": 100, "expand": ",".join(offered(client, listing))}
    for n in range(5):
        _make(listing, parent, n, world)
    five = count_queries(client, f"/api/v1/{listing}", params)
    for n in range(5, 50):
        _make(listing, parent, n, world)
    fifty = count_queries(client, f"/api/v1/{listing}", params)
    assert len(client.get(f"/api/v1/{listing}", params).json()["items"]) >= 50
    assert fifty == five


def test_openapi_documents_each_expansion_as_an_optional_property_of_the_item(client):
    document = client.get("/api/v1/openapi.json").json()
    schemas = document["components"]["schemas"]
    assert offered(client, "publications") == [
        "abbreviations",
        "citing_flagships",
        "counts",
        "cover_image",
        "documents",
        "doi",
        "isbn",
        "read_online",
        "read_online_blocks",
        "related",
    ]
    assert offered(client, "flagships") == [
        "abbreviations",
        "body",
        "body_blocks",
        "cover_image",
        "financial_information",
        "partners",
        "publications",
        "related_publications",
        "updates",
    ]
    assert offered(client, "stories") == ["abbreviations", "body", "body_blocks", "contact", "lead_image", "related"]
    assert offered(client, "events") == ["abbreviations", "contact", "cover_image", "related_flagship"]
    assert offered(client, "meetings") == ["agenda", "question_counts", "questions"]
    assert offered(client, "briefs") == ["abbreviations", "email", "funding_summary", "funding_valid_on", "sections"]
    assert offered(client, "newsletters") == ["abbreviations", "email", "sections"]
    story = schemas["StoryListItemOut"]
    assert "related" in story["properties"] and "related" not in story["required"]
    # One object is a reference to its named schema, not a copy of it.
    assert story["properties"]["related"]["$ref"] == "#/components/schemas/StoryRelatedOut"
    assert schemas["MeetingListItemOut"]["properties"]["question_counts"]["$ref"].endswith("/QuestionCountsOut")
    assert schemas["BriefListItemOut"]["properties"]["sections"]["items"]["$ref"].endswith("/IssueSectionOut")
