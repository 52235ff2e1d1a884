import pytest

from tests.factories.events import EventIndexPageFactory, EventPageFactory, MeetingPageFactory, add_area
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.home import ThematicAreaFactory
from tests.flagships.conftest import admin_client, editor  # noqa: F401 (shared fixtures)


@pytest.fixture
def event_index(home):
    return EventIndexPageFactory(parent=home)


@pytest.fixture
def area(db):
    return ThematicAreaFactory(name="Housing", slug="housing")


@pytest.fixture
def flagship(home):
    return FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), title="Adequate housing for all")


@pytest.fixture
def make_event(event_index, area):
    def make(**kwargs):
        event = EventPageFactory(parent=event_index, **kwargs)
        add_area(event, area)
        return event

    return make


@pytest.fixture
def meeting(event_index):
    return MeetingPageFactory(
        parent=event_index, title="African Group with the Executive Director", slug="african-group"
    )
