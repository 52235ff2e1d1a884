"""API schemas of events and meetings. The summary is the first content field of
every item, right after what identifies it. No schema has a field for an email
address of a question's sender: they never leave the admin."""

from datetime import date, datetime

from core.schemas import ImageOut, OutSchema, PageLinkOut, TermOut, TranslationOut
from home.schemas import ContactOut, ThematicAreaOut


class EventWhenOut(OutSchema):
    start: datetime | None
    end: datetime | None
    start_date: date | None
    end_date: date | None
    all_day: bool
    time_zone: str


class EventPlaceOut(OutSchema):
    venue: str
    country: str | None
    country_name: str | None
    region: str
    region_label: str
    online_url: str | None


class EventSupporterOut(OutSchema):
    kind: str
    country: str | None
    name: str
    role: str


class EventListItemOut(OutSchema):
    id: int
    title: str
    summary: str
    cover_image: ImageOut | None
    when: EventWhenOut
    status: str
    status_label: str
    original_start_date: date | None
    place: EventPlaceOut
    audiences: list[str]
    thematic_areas: list[ThematicAreaOut]
    supporters: list[EventSupporterOut]
    registration_url: str | None
    url: str | None
    ics_url: str
    api_url: str | None
    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]


class EventOut(EventListItemOut):
    related_flagship: PageLinkOut | None
    contact: ContactOut | None
    abbreviations: list[TermOut]


class QuestionOut(OutSchema):
    mission: str
    text: str
    language: str
    submitted_on: date
    also_raised_by: int
    answer: str | None
    answered_on: date | None


class QuestionCountsOut(OutSchema):
    received: int
    answered: int
    unanswered: int


class MeetingListItemOut(OutSchema):
    id: int
    title: str
    summary: str
    group: str
    group_label: str
    with_whom: str
    start: datetime | None
    time_zone: str
    venue: str
    questions_close: datetime | None
    accepting_questions: bool
    url: str | None
    api_url: str | None
    locale: str
    translated: bool
    locales: list[str]
    translation_key: str
    translations: list[TranslationOut]


class MeetingOut(MeetingListItemOut):
    agenda: list[str]
    question_counts: QuestionCountsOut
    questions: list[QuestionOut]
