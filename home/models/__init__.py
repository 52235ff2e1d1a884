from .contacts import Contact
from .home_page import HomePage, HomePageFeaturedItem, HomePageThematicArea
from .settings import OrganisationSettings
from .thematic_areas import ThematicArea, ThematicAreaRow

__all__ = [
    "Contact",
    "HomePage",
    "HomePageFeaturedItem",
    "HomePageThematicArea",
    "OrganisationSettings",
    "ThematicArea",
    "ThematicAreaRow",
]
