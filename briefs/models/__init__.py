from .items import BriefItem, NewsletterItem, Section
from .pages import BriefIndexPage, MonthlyBriefPage, NewsletterIssuePage
from .sending import Delivery, Dispatch
from .subscribers import Audience, Subscriber

__all__ = [
    "Audience",
    "BriefIndexPage",
    "BriefItem",
    "Delivery",
    "Dispatch",
    "MonthlyBriefPage",
    "NewsletterIssuePage",
    "NewsletterItem",
    "Section",
    "Subscriber",
]
