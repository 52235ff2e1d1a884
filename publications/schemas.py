"""API schemas of publications. The abstract is the first content field of
every item, right after what identifies it."""

from datetime import date
from typing import Annotated, Literal

from ninja import Field

from core.schemas import ImageOut, OutSchema, PageLinkOut, TermOut, TranslationOut
from home.schemas import ThematicAreaOut


class PublicationTypeOut(OutSchema):
    slug: str
    name: str


class PublicationListItemOut(OutSchema):
    id: int
    title: str
    abstract: str
    publication_date: date
    year: int
    publication_type: PublicationTypeOut | None
    authors: str
    thematic_areas: list[ThematicAreaOut]
    keywords: list[str]
    cover_image: ImageOut | None
    url: str | None
    api_url: str | None
    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]


class DocumentOut(OutSchema):
    title: str
    url: str
    format: str
    format_label: str
    size: int | None
    size_label: str
    language: str
    language_label: str


class CountsOut(OutSchema):
    views: int
    downloads: int


# Blocks of the "read online" body (publications.blocks.PublicationBodyBlock),
# written by publications/body_blocks.py. Every text is HTML from the rendering path.
BLOCK_ID = Field(description="The block's id in the StreamField (stable across revisions and translations).")


class PublicationHeadingBlockOut(OutSchema):
    type: Literal["heading"]
    id: str = BLOCK_ID
    value: str = Field(description="The section heading as HTML (escaped text; abbreviations marked up).")


class PublicationParagraphBlockOut(OutSchema):
    type: Literal["paragraph"]
    id: str = BLOCK_ID
    value: str = Field(description="Rich text as HTML, treated as `read_online` is.")


class PublicationImageBlockOut(OutSchema):
    type: Literal["image"]
    id: str = BLOCK_ID
    value: ImageOut


class PublicationQuoteOut(OutSchema):
    text: str = Field(description="HTML; line breaks as `<br>`.")
    attribution: str = Field(description="HTML; empty when none.")


class PublicationQuoteBlockOut(OutSchema):
    type: Literal["quote"]
    id: str = BLOCK_ID
    value: PublicationQuoteOut


PublicationBodyBlockOut = Annotated[
    PublicationHeadingBlockOut | PublicationParagraphBlockOut | PublicationImageBlockOut | PublicationQuoteBlockOut,
    Field(discriminator="type"),
]


class PublicationOut(PublicationListItemOut):
    read_online: str
    read_online_blocks: list[PublicationBodyBlockOut] = Field(
        description="`read_online` as typed blocks, in order, one schema per `type`."
    )
    isbn: str
    doi: str
    documents: list[DocumentOut]
    related: list[PageLinkOut]
    citing_flagships: list[PageLinkOut]
    abbreviations: list[TermOut]
    counts: CountsOut | None
