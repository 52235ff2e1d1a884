"""What hangs off a story: its thematic areas."""

from django.db import models
from modelcluster.fields import ParentalKey

from home.models import ThematicAreaRow


class StoryThematicArea(ThematicAreaRow):
    page = ParentalKey("stories.StoryPage", related_name="thematic_areas", on_delete=models.CASCADE)
