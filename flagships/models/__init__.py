from .pages import FlagshipIndexPage, FlagshipPage
from .reviews import FlagshipReview, ReviewReminder
from .rows import (
    FlagshipContact,
    FlagshipFinancialFigure,
    FlagshipPartner,
    FlagshipPlace,
    FlagshipThematicArea,
    FlagshipUpdate,
)

__all__ = [
    "FlagshipContact",
    "FlagshipFinancialFigure",
    "FlagshipIndexPage",
    "FlagshipPage",
    "FlagshipPartner",
    "FlagshipPlace",
    "FlagshipReview",
    "FlagshipThematicArea",
    "FlagshipUpdate",
    "ReviewReminder",
]
