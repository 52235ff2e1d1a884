import pytest

from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.home import ThematicAreaFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory, add_area
from tests.flagships.conftest import admin_client, editor  # noqa: F401 (shared fixtures)


@pytest.fixture
def story_index(home):
    return StoryIndexPageFactory(parent=home)


@pytest.fixture
def area(db):
    return ThematicAreaFactory(name="Urban climate action", slug="climate-action")


@pytest.fixture
def flagship(home):
    return FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), title="Resilient coastal cities")


@pytest.fixture
def make_story(story_index, area):
    def make(**kwargs):
        story = StoryPageFactory(parent=story_index, **kwargs)
        add_area(story, area)
        return story

    return make
