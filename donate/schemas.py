"""API schemas of the donate app. Nothing here carries donor data."""

from datetime import date
from decimal import Decimal
from typing import Literal

from ninja import Field, Schema
from pydantic import field_validator

from core.schemas import ImageOut, OutSchema, PageLinkOut, TermOut, TranslationFields, TranslationOut
from donate.amounts import is_plain_amount
from home.schemas import ContactOut, ThematicAreaOut


class AmountOut(OutSchema):
    amount: Decimal
    currency: str = Field(description="ISO 4217.")


class AllocationOut(OutSchema):
    label: str
    description: str
    percentage: Decimal
    amounts: list[AmountOut] = Field(
        description="What this share of the donations received in `allocation_year` comes to, per currency "
        "(currencies are never added together); empty when none were recorded that year."
    )


class DonationReportOut(OutSchema):
    title: str
    period_start: date
    period_end: date
    url: str


class ProjectReportOut(OutSchema):
    title: str
    date: date
    url: str


class ProgressOut(OutSchema):
    """Amounts in `currency`; `received` is derived from the ledger and offline contributions."""

    goal: Decimal | None
    received: Decimal
    gap: Decimal
    currency: str
    percent: int


class StatusChangeOut(OutSchema):
    status: str
    changed_on: date


class ProjectSummaryOut(OutSchema):
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


class ThematicAreaProjectsOut(OutSchema):
    thematic_area: ThematicAreaOut
    projects: list[ProjectSummaryOut]


class DonatePageOut(TranslationFields):
    id: int
    title: str
    url: str | None
    introduction: str
    allocation_year: int | None = Field(description="The year the allocation's shares describe.")
    received_in_allocation_year: list[AmountOut] = Field(
        description="Donations received in `allocation_year`, per currency. Empty: none were recorded that year, "
        "so the shares have no amounts (say so rather than show shares of nothing)."
    )
    allocations: list[AllocationOut]
    reports: list[DonationReportOut]
    abbreviations: list[TermOut]


class ProjectDetailOut(TranslationFields):
    id: int
    title: str
    url: str | None
    api_url: str | None
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


# Text a person types or a front end builds: no control characters (NUL included).
_PRINTABLE = r"^[^\x00-\x1f\x7f]*$"


class GiftIn(Schema):
    """A gift a headless front end starts for its visitor."""

    project: int = Field(
        ge=1, le=2**63 - 1, description="The id of a project page, or of the Donate page for a general gift."
    )
    amount: Decimal = Field(
        gt=0,
        max_digits=14,
        decimal_places=2,
        allow_inf_nan=False,
        description="A decimal string (or number) in `currency`, within the site's minimum and maximum.",
    )
    currency: str = Field(
        pattern="^[A-Za-z]{3}$", description="ISO 4217; must be the project's currency (its `progress.currency`)."
    )
    frequency: Literal["one_off", "monthly"] = "one_off"

    @field_validator("amount", mode="before")
    @classmethod
    def _plain_amount(cls, value):
        # Decimal() also reads "1_000" and full-width digits (donate.amounts).
        if isinstance(value, str) and not is_plain_amount(value):
            raise ValueError("use ASCII digits with at most one '.' and two decimals, such as 25 or 25.50")
        return value

    email: str = Field("", max_length=254, pattern=_PRINTABLE, description="For the receipt; optional.")
    return_url: str = Field(
        max_length=2000,
        pattern=_PRINTABLE,
        description="Where the donor lands after paying; its origin must be in the site's CORS allow-list.",
    )
    cancel_url: str = Field(
        max_length=2000,
        pattern=_PRINTABLE,
        description="Where the donor lands after cancelling; its origin must be in the site's CORS allow-list.",
    )


class GiftOut(OutSchema):
    checkout_url: str = Field(description="The payment provider's checkout: send the donor's browser there.")
    intent: str = Field(description="The gift's reference, added as `intent=` to the return and cancel URLs.")
    amount: Decimal
    currency: str
    frequency: Literal["one_off", "monthly"]
