"""The flagship API's schemas."""

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from ninja import Field

from core.schemas import ImageOut, OutSchema, TermOut, TranslationOut
from home.schemas import ContactOut, ThematicAreaOut


class PlaceOut(OutSchema):
    code: str
    name: str


class PartnerOut(OutSchema):
    name: str
    url: str


class UpdateOut(OutSchema):
    date: date
    kind: str
    kind_label: str
    title: str
    text: str


class FinancialFigureOut(OutSchema):
    kind: str
    kind_label: str
    amount: Decimal
    currency: str
    valid_on: date


class PublicationLinkOut(OutSchema):
    id: int
    title: str
    url: str | None
    locale: str
    translated: bool


class ReviewFields(OutSchema):
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


# Blocks of the storytelling body of flagships and stories (flagships.blocks),
# written by flagships/body_blocks.py. Every text is HTML from the rendering path.
BLOCK_ID = Field(description="The block's id in the StreamField (stable across revisions and translations).")


class BodyTextBlockOut(OutSchema):
    type: Literal["text"]
    id: str = BLOCK_ID
    value: str = Field(description="Rich text as HTML, treated as `body` is.")


class CaptionedImageOut(OutSchema):
    image: ImageOut | None
    caption: str = Field(description="HTML; empty when none.")


class BodyImageBlockOut(OutSchema):
    type: Literal["image"]
    id: str = BLOCK_ID
    value: CaptionedImageOut


class KeyFigureOut(OutSchema):
    value: str = Field(description='The figure as written ("2.1 million", "45 %"), as HTML.')
    label: str = Field(description="What it counts, as HTML.")


class KeyFiguresBlockOut(OutSchema):
    type: Literal["key_figures"]
    id: str = BLOCK_ID
    value: list[KeyFigureOut]


class QuoteOut(OutSchema):
    quote: str = Field(description="HTML; line breaks as `<br>`.")
    attribution: str = Field(description="HTML; empty when none.")


class QuoteBlockOut(OutSchema):
    type: Literal["quote"]
    id: str = BLOCK_ID
    value: QuoteOut


class EmbedOut(OutSchema):
    """What the provider said about the video when the site last asked (oEmbed)."""

    type: str
    html: str = Field(description="The provider's player, to insert as is.")
    title: str
    provider_name: str
    thumbnail_url: str | None
    width: int | None
    height: int | None


class VideoOut(OutSchema):
    url: str = Field(description="The video's address at its provider (YouTube, Vimeo).")
    caption: str = Field(description="HTML; empty when none.")
    embed: EmbedOut | None = Field(description="Null until the site has fetched the player once.")


class VideoBlockOut(OutSchema):
    type: Literal["video"]
    id: str = BLOCK_ID
    value: VideoOut


BodyBlockOut = Annotated[
    BodyTextBlockOut | BodyImageBlockOut | KeyFiguresBlockOut | QuoteBlockOut | VideoBlockOut,
    Field(discriminator="type"),
]


class FlagshipOut(FlagshipSummaryOut):
    body: str
    body_blocks: list[BodyBlockOut] = Field(description="`body` as typed blocks, in order, one schema per `type`.")
    partners: list[PartnerOut]
    updates: list[UpdateOut]
    financial_information: list[FinancialFigureOut]
    related_publications: list[PublicationLinkOut]
    abbreviations: list[TermOut]
