"""A month of activity (May 2024) seen from a frozen clock on 3 June 2024:
what the brief must pick up, and what it must leave out."""

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.urls import get_resolver
from freezegun import freeze_time

from donate.models import OfflineContribution, ProjectStatusChange
from flagships.models import FlagshipUpdate
from tests.factories.briefs import BriefIndexPageFactory
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_contact, add_figure
from tests.factories.home import ContactFactory, ThematicAreaFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, add_area
from tests.flagships.conftest import admin_client, editor  # noqa: F401 (shared fixtures)

TODAY = "2024-06-03 09:00:00"
MAY = date(2024, 5, 1)


def update(page, day, kind, title, text="What happened, in plain words."):
    return FlagshipUpdate.objects.create(page=page, date=day, kind=kind, title=title, text=text, locale=page.locale)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


@dataclass
class Month:
    index: object
    flagships: dict = field(default_factory=dict)
    updates: dict = field(default_factory=dict)
    projects: dict = field(default_factory=dict)
    stories: dict = field(default_factory=dict)
    contacts: dict = field(default_factory=dict)
    areas: dict = field(default_factory=dict)


@pytest.fixture
def frozen():
    # The URL configuration (and the API's pydantic schemas) must be built before the
    # clock stops: pydantic cannot make a schema of freezegun's fake datetime class.
    assert get_resolver().url_patterns
    with freeze_time(TODAY):
        yield


@pytest.fixture
def may(home, frozen) -> Month:
    world = Month(index=BriefIndexPageFactory(parent=home))
    area = world.areas["water"] = ThematicAreaFactory(name="Basic services", slug="basic-services")

    flagship_index = FlagshipIndexPageFactory(parent=home)
    coastal = world.flagships["coastal"] = FlagshipPageFactory(parent=flagship_index, title="Resilient coastal cities")
    world.contacts["coastal"] = ContactFactory(name="Lucas Ferreira", role="Programme manager")
    add_contact(coastal, world.contacts["coastal"])
    add_figure(coastal, "budget", "12500000.00", "USD", date(2024, 4, 30))
    add_figure(coastal, "received", "9800000.00", "USD", date(2024, 5, 15))
    add_figure(coastal, "spent", "7150000.50", "USD", date(2024, 5, 15))
    add_figure(coastal, "received", "9900000.00", "USD", date(2024, 6, 2))  # after the month: not used
    world.updates["completed"] = update(coastal, date(2024, 5, 20), "completed", "Drainage finished in Beira")
    world.updates["milestone"] = update(coastal, date(2024, 5, 10), "milestone", "Maps printed")  # not news enough

    housing = world.flagships["housing"] = FlagshipPageFactory(parent=flagship_index, title="Adequate housing")
    world.contacts["housing"] = ContactFactory(name="Mei Chen", role="Senior housing adviser")
    add_contact(housing, world.contacts["housing"])
    world.updates["development"] = update(housing, date(2024, 5, 31), "major_development", "Law on tenure passed")
    world.updates["june"] = update(housing, date(2024, 6, 1), "major_development", "June news")  # next month

    draft = FlagshipPageFactory(parent=flagship_index, title="Unpublished programme", live=False)
    world.updates["draft"] = update(draft, date(2024, 5, 15), "completed", "Secret completion")

    donate_page = DonatePageFactory(parent=home)
    world.contacts["water"] = ContactFactory(name="Omar Haddad", role="Donor relations officer")
    funded = world.projects["funded"] = DonationProjectPageFactory(
        parent=donate_page,
        title="Clean water for Kibera",
        thematic_area=area,
        goal_amount=Decimal("5000.00"),
        focal_point=world.contacts["water"],
        status="funded",
    )
    OfflineContribution.objects.create(
        project_key=funded.translation_key,
        received_on=date(2024, 5, 2),
        amount=Decimal("5200.00"),
        currency="USD",
        source="A foundation",
    )
    ProjectStatusChange.objects.create(project_key=funded.translation_key, status="open", changed_on=date(2024, 1, 5))
    ProjectStatusChange.objects.create(
        project_key=funded.translation_key, status="funded", changed_on=date(2024, 5, 12)
    )
    earlier = world.projects["earlier"] = DonationProjectPageFactory(
        parent=donate_page, title="Funded in April", status="funded"
    )
    ProjectStatusChange.objects.create(
        project_key=earlier.translation_key, status="funded", changed_on=date(2024, 4, 30)
    )
    reopened = world.projects["reopened"] = DonationProjectPageFactory(
        parent=donate_page, title="Opened in May", thematic_area=area
    )
    ProjectStatusChange.objects.create(project_key=reopened.translation_key, status="open", changed_on=date(2024, 5, 3))
    open_project = world.projects["open"] = DonationProjectPageFactory(
        parent=donate_page, title="Schools in Mosul", thematic_area=area, goal_amount=Decimal("20000.00")
    )
    OfflineContribution.objects.create(
        project_key=open_project.translation_key,
        received_on=date(2024, 5, 20),
        amount=Decimal("7500.00"),
        currency="USD",
        source="A city",
    )

    story_index = StoryIndexPageFactory(parent=home)
    for key, published in (("may", date(2024, 5, 5)), ("april", date(2024, 4, 28))):
        story = StoryPageFactory(parent=story_index, title=f"Story of {key}", first_published_at=at(published))
        add_area(story, area)
        world.stories[key] = story
    world.stories["draft"] = StoryPageFactory(
        parent=story_index, title="Draft story", live=False, first_published_at=None
    )
    return world
