"""A thematic area in use is not deleted, whatever points at it: every row and
field referring to one is PROTECT, and the admin says what uses it instead of
deleting it (nothing drops an area from a page silently)."""

import pytest
from django.db.models import ProtectedError
from django.urls import reverse

from home.models import HomePageThematicArea, ThematicArea
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.events import add_area as add_event_area
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_thematic_area
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.stories import add_area as add_story_area

pytestmark = pytest.mark.django_db


def use_on_publication(home, area):
    PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home), thematic_areas=[area])


def use_on_flagship(home, area):
    add_thematic_area(FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home)), area)


def use_on_project(home, area):
    DonationProjectPageFactory(parent=DonatePageFactory(parent=home), thematic_area=area)


def use_on_story(home, area):
    add_story_area(StoryPageFactory(parent=StoryIndexPageFactory(parent=home)), area)


def use_on_event(home, area):
    add_event_area(EventPageFactory(parent=EventIndexPageFactory(parent=home)), area)


def use_on_home_page(home, area):
    HomePageThematicArea.objects.create(home_page=home, thematic_area=area, locale=home.locale)


USES = [use_on_publication, use_on_flagship, use_on_project, use_on_story, use_on_event, use_on_home_page]


@pytest.mark.parametrize("use", USES, ids=lambda use: use.__name__)
def test_an_area_in_use_is_not_deleted(home, use):
    area = ThematicAreaFactory(name="Housing")
    use(home, area)
    with pytest.raises(ProtectedError):
        area.delete()
    assert ThematicArea.objects.filter(pk=area.pk).exists()


@pytest.mark.parametrize("use", USES, ids=lambda use: use.__name__)
def test_the_admin_says_why_and_keeps_the_area(admin_client, home, use):
    area = ThematicAreaFactory(name="Housing")
    use(home, area)
    url = reverse(ThematicArea.snippet_viewset.get_url_name("delete"), args=[area.pk])
    page = admin_client.get(url).content.decode()
    assert "prevent it from being deleted" in page
    admin_client.post(url)
    assert ThematicArea.objects.filter(pk=area.pk).exists()


def test_an_area_nobody_uses_is_deleted(admin_client, home):
    area = ThematicAreaFactory(name="Unused")
    url = reverse(ThematicArea.snippet_viewset.get_url_name("delete"), args=[area.pk])
    admin_client.post(url)
    assert not ThematicArea.objects.filter(pk=area.pk).exists()
