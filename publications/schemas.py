"""API schemas of publications. The abstract is the first content field of
every item, right after what identifies it."""

from datetime import date

from ninja import Schema

from core.schemas import ImageOut, PageLinkOut, TermOut, TranslationOut
from home.schemas import ThematicAreaOut


class PublicationTypeOut(Schema):
    slug: str
    name: str


class PublicationListItemOut(Schema):
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


class DocumentOut(Schema):
    title: str
    url: str
    format: str
    format_label: str
    size: int | None
    size_label: str
    language: str
    language_label: str


class CountsOut(Schema):
    views: int
    downloads: int


class PublicationOut(PublicationListItemOut):
    read_online: str
    isbn: str
    doi: str
    documents: list[DocumentOut]
    related: list[PageLinkOut]
    citing_flagships: list[PageLinkOut]
    abbreviations: list[TermOut]
    counts: CountsOut | None
