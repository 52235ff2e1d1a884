"""The flagship API's schemas."""

from datetime import date
from decimal import Decimal

from ninja import Schema

from core.schemas import ImageOut, TermOut, TranslationOut
from home.schemas import ContactOut, ThematicAreaOut


class PlaceOut(Schema):
    code: str
    name: str


class PartnerOut(Schema):
    name: str
    url: str


class UpdateOut(Schema):
    date: date
    kind: str
    kind_label: str
    title: str
    text: str


class FinancialFigureOut(Schema):
    kind: str
    kind_label: str
    amount: Decimal
    currency: str
    valid_on: date


class PublicationLinkOut(Schema):
    id: int
    title: str
    url: str | None
    locale: str
    translated: bool


class ReviewFields(Schema):
    last_reviewed_on: date | None
    review_due_on: date | None
    is_overdue: bool


class FlagshipSummaryOut(ReviewFields):
    id: int
    title: str
    url: str | None
    api_url: str | None
    locale: str
    translated: bool
    locales: list[str]
    summary: str
    cover_image: ImageOut | None
    status: str
    status_label: str
    start_date: date | None
    end_date: date | None
    thematic_areas: list[ThematicAreaOut]
    countries: list[PlaceOut]
    contacts: list[ContactOut]
    latest_update: UpdateOut | None
    translation_key: str
    translations: list[TranslationOut]


class FlagshipOut(FlagshipSummaryOut):
    body: str
    partners: list[PartnerOut]
    updates: list[UpdateOut]
    financial_information: list[FinancialFigureOut]
    related_publications: list[PublicationLinkOut]
    abbreviations: list[TermOut]
