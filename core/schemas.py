"""API schemas every app shares: locales, pages, images, terms, previews."""

from datetime import datetime
from typing import Literal

from ninja import Field

from .schema_base import OutSchema


class LocaleOut(OutSchema):
    code: str
    name: str
    direction: str
    is_default: bool


class TermOut(OutSchema):
    """A glossary term the item's text uses, for tooltips or a glossary box."""

    abbreviation: str
    expansion: str
    description: str = ""


class TranslationOut(OutSchema):
    """The page as a reader of `locale` gets it: its translation there
    (`translated: true`, for hreflang), or the default-locale page standing in."""

    locale: str
    id: int
    url: str | None
    api_url: str | None
    translated: bool


class TranslationFields(OutSchema):
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


class PageLinkOut(OutSchema):
    id: int
    type: str
    title: str
    url: str | None
    locale: str
    translated: bool


class RenditionOut(OutSchema):
    url: str
    width: int
    height: int


class FocalPointOut(OutSchema):
    """Centre and size of the image's focal point, as fractions (0 to 1) of the original."""

    x: float
    y: float
    width: float
    height: float


class ImageOut(OutSchema):
    """An image: `url`, `width` and `height` of a default rendition; `srcset` and
    `renditions` (narrowest first, WebP) for a browser to choose from; absolute URLs."""

    url: str
    width: int
    height: int
    alt: str = Field(description="Alternative text; empty when `decorative`.")
    decorative: bool
    credit: str
    srcset: str
    renditions: list[RenditionOut]
    focal_point: FocalPointOut | None


class SiteLinkOut(OutSchema):
    label: str
    url: str | None
    external: bool
    type: str | None
    api_url: str | None


class SiteRoutesOut(OutSchema):
    """Where the locale's fixed pages are (null where the site has none)."""

    home: str | None
    glossary: str | None
    search: str | None
    donate: str | None


class SectionLinkOut(OutSchema):
    type: str
    title: str
    url: str | None
    api_url: str | None
    locale: str


class SiteOut(OutSchema):
    """What surrounds every page in a locale: name, logo, menus, routes, languages."""

    locale: str
    direction: str
    translated: bool
    organisation_name: str
    logo: ImageOut | None
    footer_text: str
    navigation: list[SiteLinkOut]
    footer: list[SiteLinkOut]
    legal: list[SiteLinkOut]
    social: list[SiteLinkOut]
    routes: SiteRoutesOut
    home_api_url: str | None
    sections: list[SectionLinkOut]
    locales: list[LocaleOut]


class SectionOut(OutSchema):
    """A section (index) page: its introduction and the listings of its items."""

    id: int
    type: str
    title: str
    seo_title: str
    search_description: str
    introduction: str
    url: str | None
    api_url: str | None
    listing_api_urls: list[str]
    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]
    abbreviations: list[TermOut]


class DependentPageOut(OutSchema):
    id: int
    type: str
    locale: str


class ChangeOut(OutSchema):
    """One public change. `url_before` is the previous public URL (after a slug
    change or a move, or before unpublishing); `url_after` the new one.
    `restricted`: the page was made private (a view restriction on it or a
    section above it, in every language); `unrestricted`: public again."""

    cursor: str
    occurred_at: datetime
    action: Literal["published", "unpublished", "moved", "deleted", "restricted", "unrestricted"]
    type: str
    id: int
    locale: str | None
    translation_key: str | None
    url_before: str | None
    url_after: str | None
    api_url: str | None
    dependent_pages: list[DependentPageOut]
    affects_whole_locale: bool


class ChangesOut(OutSchema):
    cursor: str
    has_more: bool
    items: list[ChangeOut]


class RedirectOut(OutSchema):
    old_path: str
    new_url: str
    is_permanent: bool
    page_id: int | None
    api_url: str | None
