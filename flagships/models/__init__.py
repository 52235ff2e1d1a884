from .pages import FlagshipIndexPage, FlagshipPage
from .reviews import FlagshipReview, ReviewReminder, RevisionReview
from .rows import (
    FlagshipContact,
    FlagshipFinancialFigure,
    FlagshipPartner,
    FlagshipPlace,
    FlagshipPublication,
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
    "FlagshipPublication",
    "FlagshipReview",
    "FlagshipThematicArea",
    "FlagshipUpdate",
    "ReviewReminder",
    "RevisionReview",
]
