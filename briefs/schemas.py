"""API schemas of the monthly brief and the newsletter. No subscriber data ever appears here."""

from datetime import date
from decimal import Decimal

from ninja import Field, Schema

from core.schemas import OutSchema, TermOut, TranslationOut
from home.schemas import ContactOut


class IssueFigureOut(OutSchema):
    kind: str
    label: str
    amount: Decimal
    currency: str
    valid_on: date
    formatted: str


class IssueEntryOut(OutSchema):
    title: str
    subtitle: str
    url: str | None
    type: str
    date: date | None
    text: str
    note: str
    status: str
    contact: ContactOut | None
    figures: list[IssueFigureOut]
    locale: str


class IssueSectionOut(OutSchema):
    key: str
    label: str
    entries: list[IssueEntryOut]


class FundingLineOut(OutSchema):
    thematic_area: str
    thematic_area_slug: str | None
    currency: str
    projects: int
    goal: Decimal
    received: Decimal
    gap: Decimal
    goal_formatted: str
    received_formatted: str
    gap_formatted: str


class IssueEmailLinksOut(OutSchema):
    html: str | None
    text: str | None


class IssueListItemOut(OutSchema):
    id: int
    title: str
    date: date | None
    introduction: str
    url: str | None
    api_url: str | None
    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]


class BriefListItemOut(IssueListItemOut):
    pass


class BriefOut(BriefListItemOut):
    sections: list[IssueSectionOut]
    funding_summary: list[FundingLineOut]
    funding_valid_on: date | None
    email: IssueEmailLinksOut
    abbreviations: list[TermOut]


class NewsletterListItemOut(IssueListItemOut):
    pass


class NewsletterOut(NewsletterListItemOut):
    sections: list[IssueSectionOut]
    email: IssueEmailLinksOut
    abbreviations: list[TermOut]


class SubscriptionIn(Schema):
    email: str = Field(..., max_length=254)
    language: str = "en"
    brief: bool = True
    newsletter: bool = False


class SubscriptionAcceptedOut(OutSchema):
    detail: str
