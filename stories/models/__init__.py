from .pages import StoryIndexPage, StoryPage
from .rows import StoryThematicArea

__all__ = ["StoryIndexPage", "StoryPage", "StoryThematicArea"]
