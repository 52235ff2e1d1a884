"""One inline-row check for every page type with thematic-area rows: none chosen,
or one chosen twice, is refused on the way to live with the same words."""

import pytest
from django.core.exceptions import ValidationError

from core.publish_checks import publish_errors
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.events import add_area as add_event_area
from tests.factories.home import ThematicAreaFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.stories import add_area as add_story_area

pytestmark = pytest.mark.django_db

REPEATED = "Thematic areas: Housing is listed more than once; remove the extra row."


def pages_with_rows(home):
    """(page, add_row) for the page types whose thematic-area rows have no unique
    constraint in the database (flagships and publications have one, so a repeat
    reaches their check only from an old revision: tests/flagships, tests/publications)."""
    return [
        (EventPageFactory(parent=EventIndexPageFactory(parent=home)), add_event_area),
        (StoryPageFactory(parent=StoryIndexPageFactory(parent=home)), add_story_area),
    ]


def thematic_area_messages(page) -> list[str]:
    error = publish_errors(type(page).objects.get(pk=page.pk))
    return [] if error is None else [str(m) for m in error.message_dict.get("thematic_areas", [])]


def test_an_area_chosen_twice_is_refused_on_every_page_type(home):
    housing = ThematicAreaFactory(name="Housing")
    for page, add_row in pages_with_rows(home):
        add_row(page, housing)
        assert REPEATED not in thematic_area_messages(page), type(page).__name__
        add_row(page, housing)
        assert REPEATED in thematic_area_messages(page), type(page).__name__


def test_a_revision_with_a_repeated_area_does_not_go_live(home):
    housing = ThematicAreaFactory(name="Housing")
    page = StoryPageFactory(parent=StoryIndexPageFactory(parent=home))
    add_story_area(page, housing)
    add_story_area(page, housing)
    revision = type(page).objects.get(pk=page.pk).save_revision()
    with pytest.raises(ValidationError) as refused:
        revision.publish()
    assert REPEATED in refused.value.message_dict["thematic_areas"]
