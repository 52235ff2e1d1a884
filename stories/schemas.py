"""API schemas of impact stories. The standfirst is the first content field of
every item, right after what identifies it."""

from datetime import date

from ninja import Field

from core.schemas import ImageOut, OutSchema, PageLinkOut, TermOut, TranslationOut
from flagships.schemas import BodyBlockOut
from home.schemas import ContactOut, ThematicAreaOut


class StoryPlaceOut(OutSchema):
    region: str
    region_label: str
    country: str | None
    country_name: str | None


class StoryListItemOut(OutSchema):
    id: int
    title: str
    standfirst: str
    date: date
    place: StoryPlaceOut
    thematic_areas: list[ThematicAreaOut]
    lead_image: ImageOut | None
    url: str | None
    api_url: str | None
    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]


class StoryRelatedOut(OutSchema):
    flagship: PageLinkOut | None
    publication: PageLinkOut | None
    donation_project: PageLinkOut | None


class StoryOut(StoryListItemOut):
    body: str
    body_blocks: list[BodyBlockOut] = Field(description="`body` as typed blocks, in order, one schema per `type`.")
    related: StoryRelatedOut
    contact: ContactOut | None
    abbreviations: list[TermOut]
