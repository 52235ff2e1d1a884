"""API schemas every app shares: locales, pages, images, terms, previews."""

from datetime import datetime

from ninja import Schema


class LocaleOut(Schema):
    code: str
    name: str
    direction: str
    is_default: bool


class TermOut(Schema):
    """A glossary term the item's text uses, for tooltips or a glossary box."""

    abbreviation: str
    expansion: str
    description: str = ""


class TranslationOut(Schema):
    """The page as a reader of `locale` gets it: its translation there
    (`translated: true`, for hreflang), or the default-locale page standing in."""

    locale: str
    id: int
    url: str | None
    api_url: str | None
    translated: bool


class TranslationFields(Schema):
    """What every page item says about its language: the locale it answers in,
    whether that is a translation, and each locale's version (`translations`)."""

    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]


class PageOut(TranslationFields):
    id: int
    type: str
    title: str
    slug: str
    url: str | None
    seo_title: str
    search_description: str
    last_published_at: datetime | None
    api_url: str | None


class PageLinkOut(Schema):
    id: int
    type: str
    title: str
    url: str | None
    locale: str
    translated: bool


class ImageOut(Schema):
    url: str
    width: int
    height: int
    alt: str
