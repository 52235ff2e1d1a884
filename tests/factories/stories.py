from datetime import date

import factory
import wagtail_factories
from django.utils import timezone

from stories.models import StoryIndexPage, StoryPage, StoryThematicArea
from tests.factories.home import DefaultLocale
from tests.factories.images import ImageFactory

STANDFIRST = (
    "In Beira, families who lost their homes to Cyclone Idai now live in houses built to withstand the next storm, "
    "designed with them and paid for by the city's first resilience bond."
)


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Impact stories"
    slug = "stories"
    introduction = "What changed, for whom and where."
    locale = DefaultLocale()


class StoryPageFactory(wagtail_factories.PageFactory):
    """A published story that passes every publish check once it has a thematic area."""

    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Story {n}")
    slug = factory.Sequence(lambda n: f"story-{n}")
    standfirst = STANDFIRST
    date = date(2024, 5, 10)
    lead_image = factory.SubFactory(ImageFactory)
    lead_image_alt = "Two women in front of a rebuilt house"
    lead_image_credit = "UN-Habitat / A. Photographer"
    body = factory.LazyFunction(lambda: [("text", "<p>The story itself, told plainly.</p>")])
    region = "africa"
    country = "mz"
    locale = DefaultLocale()
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)


def add_area(page, area):
    return StoryThematicArea.objects.create(page=page, thematic_area=area, locale=page.locale)
