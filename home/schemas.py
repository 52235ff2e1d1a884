"""API schemas of the home page and the shared snippets."""

from core.schemas import ImageOut, OutSchema, PageLinkOut, TermOut, TranslationFields


class ThematicAreaOut(OutSchema):
    id: int
    slug: str
    name: str
    description: str
    locale: str
    translated: bool


class ContactOut(OutSchema):
    """Public by design: the point of a focal point is that people can reach it."""

    id: int
    name: str
    role: str
    organisation_unit: str
    email: str
    phone: str
    locale: str
    translated: bool


class FeaturedItemOut(PageLinkOut):
    summary: str


class HomeOut(TranslationFields):
    id: int
    title: str
    url: str | None
    hero_text: str
    introduction: str
    hero_image: ImageOut | None
    featured_items: list[FeaturedItemOut]
    thematic_areas: list[ThematicAreaOut]
    abbreviations: list[TermOut]
