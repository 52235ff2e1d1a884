"""API schemas of the donate app. Nothing here carries donor data."""

from datetime import date
from decimal import Decimal

from ninja import Field, Schema

from core.schemas import ImageOut, PageLinkOut, TermOut, TranslationFields, TranslationOut
from home.schemas import ContactOut, ThematicAreaOut


class AllocationOut(Schema):
    label: str
    description: str
    percentage: Decimal


class DonationReportOut(Schema):
    title: str
    period_start: date
    period_end: date
    url: str


class ProjectReportOut(Schema):
    title: str
    date: date
    url: str


class ProgressOut(Schema):
    """Amounts in `currency`; `received` is derived from the ledger and offline contributions."""

    goal: Decimal | None
    received: Decimal
    gap: Decimal
    currency: str
    percent: int


class StatusChangeOut(Schema):
    status: str
    changed_on: date


class ProjectSummaryOut(Schema):
    id: int
    title: str
    url: str | None
    api_url: str | None
    locale: str
    translated: bool
    summary: str
    cover_image: ImageOut | None
    country: str = Field(description="ISO 3166-1 alpha-2 code in lower case; empty for a region.")
    country_region: str = Field(description="The country's name in the requested language, else the region.")
    status: str
    progress: ProgressOut
    translation_key: str
    translations: list[TranslationOut]


class ThematicAreaProjectsOut(Schema):
    thematic_area: ThematicAreaOut
    projects: list[ProjectSummaryOut]


class DonatePageOut(TranslationFields):
    id: int
    title: str
    url: str | None
    introduction: str
    allocations: list[AllocationOut]
    reports: list[DonationReportOut]
    abbreviations: list[TermOut]


class ProjectDetailOut(TranslationFields):
    id: int
    title: str
    url: str | None
    summary: str
    cover_image: ImageOut | None
    gift_impact: str
    body: str
    thematic_area: ThematicAreaOut | None
    country: str = Field(description="ISO 3166-1 alpha-2 code in lower case; empty for a region.")
    country_region: str = Field(description="The country's name in the requested language, else the region.")
    status: str
    status_history: list[StatusChangeOut]
    focal_point: ContactOut | None
    progress: ProgressOut
    reports: list[ProjectReportOut]
    donate_page: PageLinkOut | None
    related_flagship: PageLinkOut | None
    abbreviations: list[TermOut]
