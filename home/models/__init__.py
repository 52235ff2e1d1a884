from .contacts import Contact
from .home_page import HomePage, HomePageFeaturedItem, HomePageThematicArea
from .locale_roles import LocaleRole
from .settings import OrganisationSettings
from .share_links import DraftShareLink
from .thematic_areas import ThematicArea

__all__ = [
    "Contact",
    "DraftShareLink",
    "HomePage",
    "HomePageFeaturedItem",
    "HomePageThematicArea",
    "LocaleRole",
    "OrganisationSettings",
    "ThematicArea",
]
