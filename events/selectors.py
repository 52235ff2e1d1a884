"""What the views, the feeds, the API and later apps (the monthly brief) read about
events and meetings. Everything here returns only live, public, unexpired pages,
in a fixed number of queries whatever their number."""

import calendar
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import ClassVar

from django.db.models import Count, F, Prefetch, Q
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.delivery import (
    locale_table,
    locales_by_translation_key,
    localize_pages,
    public_pages,
    with_locale_fallback,
)
from core.geography import Region, country_name
from core.images import prefetch_specs
from core.links import localized_urls
from core.rendering import plain_text_to_html, render_text
from flagships.selectors import rows_for_pages
from home.models import ThematicArea
from publications.filters import checked, each, filter_by_place, snippet_choices
from stories.selectors import public_contact

from .models import Audience, EventPage, EventStatus, EventSupporter, EventThematicArea, MeetingPage, Question
from .models.pages import AUDIENCE_FIELDS
from .models.rows import role_label
from .models.timing import span


def public_events():
    return public_pages(EventPage)


def events_in(locale: Locale):
    """Events as visitors of `locale` see them (default-locale fallback, each row
    annotated `translated`), soonest first, with what a card shows prefetched."""
    return (
        with_locale_fallback(public_events(), locale)
        .select_related("locale")
        .prefetch_related(
            Prefetch("thematic_areas", queryset=EventThematicArea.objects.select_related("thematic_area__locale")),
            Prefetch("supporters", queryset=EventSupporter.objects.all()),
            Prefetch("cover_image", queryset=get_image_model().objects.prefetch_renditions(*prefetch_specs("card"))),
        )
        .order_by("starts_at", "title", "pk")
    )


def upcoming(queryset, now: datetime | None = None):
    """Events not yet over, soonest first."""
    return queryset.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "title", "pk")


def past(queryset, now: datetime | None = None):
    """The archive: events that are over, most recent first."""
    return queryset.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "title", "pk")


@dataclass(frozen=True)
class EventFilters:
    # The first four take one value or a list of values (any of them matches).
    audience: str | list[str] | None = None
    thematic_area: str | list[str] | None = None
    region: str | list[str] | None = None
    country: str | list[str] | None = None  # ISO 3166-1 alpha-2, any case
    start: date | None = None  # events on or after this (local) date
    end: date | None = None  # events on or before this (local) date

    def is_empty(self) -> bool:
        return not (self.audience or self.thematic_area or self.region or self.country or self.start or self.end)


def apply_filters(queryset, filters: EventFilters, locale: Locale):
    """Narrow `queryset`. Values are checked against the closed lists in Python
    first, so nothing unchecked reaches the database. Dates are the events' own
    (local) dates: an event on 12 June in Nairobi is on 12 June whatever the
    reader's time zone.

    Raises:
        UnknownFilterValue: naming the parameter and the values that exist.
    """
    if filters.audience:
        audiences = [audience.strip().lower() for audience in each(filters.audience)]
        checked("audience", audiences, Audience.values)
        any_audience = Q()
        for audience in audiences:
            any_audience |= Q(**{AUDIENCE_FIELDS[Audience(audience)]: True})
        queryset = queryset.filter(any_audience)
    queryset = filter_by_place(queryset, filters.region, filters.country)
    if filters.thematic_area:
        areas = snippet_choices(ThematicArea, locale)
        slugs = checked("thematic_area", each(filters.thematic_area), areas)
        matching = EventThematicArea.objects.filter(thematic_area__translation_key__in=[areas[slug] for slug in slugs])
        queryset = queryset.filter(pk__in=matching.values("page_id"))
    if filters.start:
        queryset = queryset.filter(
            Q(end_date__gte=filters.start) | Q(end_date__isnull=True, start_date__gte=filters.start)
        )
    if filters.end:
        queryset = queryset.filter(start_date__lte=filters.end)
    return queryset


def place_label(page, language_code: str) -> str:
    parts = [page.venue] if page.venue else []
    if page.country and not page.venue:
        parts.append(country_name(page.country, language_code))
    return ", ".join(parts)


@dataclass
class EventCard:
    page: EventPage
    url: str | None
    summary: str
    areas: list = field(default_factory=list)
    supporters: list = field(default_factory=list)  # [(kind, code or "", name, role)]
    place: str = ""
    start: datetime | None = None  # aware, in the event's time zone
    end: datetime | None = None
    translated: bool = True

    kind: ClassVar[str] = "event"
    template: ClassVar[str] = "events/includes/event_card.html"

    @property
    def first_day(self) -> date | None:
        return self.page.start_date

    @property
    def last_day(self) -> date | None:
        return self.page.end_date or self.page.start_date

    @property
    def audiences(self) -> list[tuple[str, str]]:
        return [(code, str(Audience(code).label)) for code in self.page.audiences]

    @property
    def status_label(self) -> str:
        return str(EventStatus(self.page.status).label)

    @property
    def region_label(self) -> str:
        return str(Region(self.page.region).label) if self.page.region else ""

    @property
    def multi_day(self) -> bool:
        return bool(self.page.end_date and self.page.end_date != self.page.start_date)

    @property
    def supporter_names(self) -> list[str]:
        return [name for _kind, _code, name, _role in self.supporters]


def supporters_of(page, language_code: str) -> list[tuple[str, str, str, str]]:
    return [
        (row.kind, row.country, row.display_name(language_code), role_label(row.role))
        for row in page.supporters.all()
        if row.display_name(language_code)
    ]


def event_cards(pages, locale: Locale, request=None) -> list[EventCard]:
    """Cards for prefetched events (from `events_in`), links kept in `locale`."""
    pages = list(pages)
    urls = localized_urls(pages, locale, request)
    areas = rows_for_pages(pages, "thematic_areas", "thematic_area", ThematicArea)
    locales = {item.pk: item for item in Locale.objects.all()} if pages else {}
    cards = []
    for page in pages:
        rendered = render_text([("summary", plain_text_to_html(page.summary))], locales[page.locale_id])
        start, end = page.local_span()
        cards.append(
            EventCard(
                page=page,
                url=urls.get(page.pk),
                summary=rendered["summary"],
                areas=areas[page.pk],
                supporters=supporters_of(page, locale.language_code),
                place=place_label(page, locale.language_code),
                start=start,
                end=end,
                translated=getattr(page, "translated", True),
            )
        )
    return cards


def next_events(locale: Locale, limit: int = 3) -> list[EventPage]:
    """The next events that are still going ahead."""
    queryset = upcoming(events_in(locale)).exclude(status=EventStatus.CANCELLED)
    return list(queryset[:limit])


def next_in_calendar(locale: Locale, limit: int = 3, request=None) -> list:
    """Cards of what comes next in the calendar: events still going ahead and
    regional group meetings, soonest first (what the home page shows)."""
    events = list(next_events(locale, limit))
    meetings = list(upcoming_meetings(meetings_in(locale))[:limit])
    cards = event_cards(events, locale, request) + meeting_cards(meetings, locale, request)
    return sorted(cards, key=lambda card: (card.page.starts_at, card.page.title, card.page.pk))[:limit]


@dataclass(frozen=True)
class EventEntry:
    """One event for the monthly brief (briefs.candidates.event_candidates)."""

    id: int
    translation_key: object
    title: str
    start: datetime | None  # aware, in the event's time zone


def events_between(start: date, end: date, locale: Locale | None = None) -> list[EventEntry]:
    """Events taking place (on their own local dates) from `start` to `end`
    inclusive, and the regional group meetings of those days, as visitors of
    `locale` see them, soonest first; cancelled events are left out. The hook
    the monthly brief calls for next month's events."""
    locale = locale or Locale.get_default()
    window = EventFilters(start=start, end=end)
    queryset = apply_filters(events_in(locale), window, locale)
    entries = [
        EventEntry(id=page.pk, translation_key=page.translation_key, title=page.title, start=page.local_span()[0])
        for page in queryset.exclude(status=EventStatus.CANCELLED)
    ]
    # Regional group meetings are in the calendar too: Member States read the
    # brief to plan them.
    entries += [
        EventEntry(id=page.pk, translation_key=page.translation_key, title=page.title, start=page.local_start())
        for page in meetings_matching(meetings_in(locale), window)
    ]
    floor = datetime.min.replace(tzinfo=UTC)
    return sorted(entries, key=lambda entry: (entry.start or floor, entry.title, entry.id))


@dataclass
class MonthDay:
    day: date | None
    cards: list = field(default_factory=list)
    today: bool = False


def month_weeks(year: int, month: int, cards: list[EventCard], today: date, first_weekday: int = 0) -> list[list]:
    """The month as weeks of days (None outside the month), each day with the
    events that take place on it (a multi-day event on each of its days)."""
    grid = calendar.Calendar(firstweekday=first_weekday).monthdayscalendar(year, month)
    by_day: dict[int, list] = {}
    for card in cards:
        first, last = card.first_day, card.last_day
        if first is None:
            continue
        for number in range(1, calendar.monthrange(year, month)[1] + 1):
            if first <= date(year, month, number) <= last:
                by_day.setdefault(number, []).append(card)
    return [
        [
            MonthDay(
                day=date(year, month, number) if number else None,
                cards=by_day.get(number, []),
                today=bool(number) and date(year, month, number) == today,
            )
            for number in week
        ]
        for week in grid
    ]


def event_related(page) -> dict:
    """The related flagship, in the event's language where translated, only if public."""
    if page.related_flagship is None:
        return {}
    (flagship,) = localize_pages([page.related_flagship], page.locale)
    if not public_pages().filter(pk=flagship.pk).exists():
        return {}
    return {"flagship": flagship}


def related_flagships_of(pages) -> dict:
    """`event_related` for many events at once: {event id: its related flagship,
    in the event's language where translated, public}; one query per locale
    among the events and one for visibility, whatever their number."""
    by_locale: dict[int, list] = {}
    for page in pages:
        if page.related_flagship is not None:
            by_locale.setdefault(page.locale_id, []).append(page)
    chosen = {}
    for locale_id, events in by_locale.items():
        flagships = localize_pages([event.related_flagship for event in events], locale_table()[locale_id])
        chosen.update({event.pk: flagship for event, flagship in zip(events, flagships, strict=True)})
    visible = set(public_pages().filter(pk__in=[f.pk for f in chosen.values()]).values_list("pk", flat=True))
    return {pk: flagship for pk, flagship in chosen.items() if flagship.pk in visible}


def event_contact(page):
    return public_contact(page.contact)


def published_in(pages) -> dict:
    return locales_by_translation_key(public_pages(), [page.translation_key for page in pages])


# --- Meetings -------------------------------------------------------------


def public_meetings():
    return public_pages(MeetingPage)


def meetings_in(locale: Locale):
    return with_locale_fallback(public_meetings(), locale).select_related("locale").order_by("-starts_at", "pk")


def upcoming_meetings(queryset, now: datetime | None = None):
    """Meetings from today on (their own local date, at worst a day early in
    UTC terms), soonest first; `calendar_timeline` draws the exact line."""
    today = (now or timezone.now()).date()
    return queryset.filter(date__gte=today - timedelta(days=1)).order_by("starts_at", "title", "pk")


def meetings_matching(queryset, filters: EventFilters):
    """Narrow meetings by the calendar's filters. A regional group meeting is for
    Member States' representatives and has neither thematic areas nor a region
    or country of its own, so any of those filters leaves meetings out. Values
    are checked by `apply_filters` on the events first."""
    if filters.audience:
        audiences = {audience.strip().lower() for audience in each(filters.audience)}
        if Audience.MEMBER_STATES not in audiences:
            return queryset.none()
    if filters.thematic_area or filters.region or filters.country:
        return queryset.none()
    if filters.start:
        queryset = queryset.filter(date__gte=filters.start)
    if filters.end:
        queryset = queryset.filter(date__lte=filters.end)
    return queryset


@dataclass
class MeetingCard:
    """A regional group meeting in the calendar, next to the events, with the
    same reading interface as `EventCard` so lists, month grids, feeds and the
    home page show both."""

    page: MeetingPage
    url: str | None
    summary: str
    start: datetime | None = None  # aware, in the meeting's time zone
    end: datetime | None = None
    translated: bool = True
    areas: list = field(default_factory=list)
    supporters: list = field(default_factory=list)

    kind: ClassVar[str] = "meeting"
    template: ClassVar[str] = "events/includes/meeting_card.html"

    @property
    def first_day(self) -> date | None:
        return self.page.date

    @property
    def last_day(self) -> date | None:
        return self.page.date

    @property
    def place(self) -> str:
        return self.page.venue

    @property
    def audiences(self) -> list[tuple[str, str]]:
        return [(str(Audience.MEMBER_STATES), str(Audience.MEMBER_STATES.label))]

    @property
    def status_label(self) -> str:
        return ""

    @property
    def multi_day(self) -> bool:
        return False

    @property
    def deadline(self) -> datetime | None:
        return self.page.local_deadline()

    @property
    def accepts_questions(self) -> bool:
        return self.page.accepts_questions()


def meeting_cards(pages, locale: Locale, request=None) -> list[MeetingCard]:
    """Cards for meetings (from `meetings_in`), links kept in `locale`."""
    pages = list(pages)
    urls = localized_urls(pages, locale, request)
    locales = {item.pk: item for item in Locale.objects.all()} if pages else {}
    cards = []
    for page in pages:
        rendered = render_text([("summary", plain_text_to_html(page.summary))], locales[page.locale_id])
        start, end = page.local_span()
        cards.append(
            MeetingCard(
                page=page,
                url=urls.get(page.pk),
                summary=rendered["summary"],
                start=start,
                end=end,
                translated=getattr(page, "translated", True),
            )
        )
    return cards


@dataclass(frozen=True)
class TimelineEntry:
    """One row of the calendar before its page is loaded: enough to order and page."""

    kind: str  # "event" or "meeting"
    pk: int
    starts_at: datetime | None
    title: str


def calendar_timeline(events, meetings, when: str | None = None, now: datetime | None = None):
    """Events and meetings as one calendar, without loading their pages (two
    queries of a few columns): soonest first, or most recent first for
    `when="past"`. `when="upcoming"` keeps what is not over yet, `"past"` what is;
    `events` should already be narrowed the same way (`upcoming`, `past`)."""
    now = now or timezone.now()
    entries = [
        TimelineEntry("event", pk, starts_at, title)
        for pk, starts_at, title in events.order_by().values_list("pk", "starts_at", "title")
    ]
    rows = meetings.order_by().values_list("pk", "starts_at", "title", "date", "start_time", "end_time", "time_zone")
    for pk, starts_at, title, day, start_time, end_time, zone_name in rows:
        end = span(day, start_time, None, end_time, zone_name, False)[1]
        if when == "upcoming" and (end is None or end < now):
            continue
        if when == "past" and (end is None or end >= now):
            continue
        entries.append(TimelineEntry("meeting", pk, starts_at, title))
    floor = datetime.min.replace(tzinfo=UTC)
    entries.sort(key=lambda entry: (entry.starts_at or floor, entry.title, entry.pk), reverse=when == "past")
    return entries


def timeline_cards(entries, events, meetings, locale: Locale, request=None) -> list:
    """The cards of `entries` (a page of `calendar_timeline`), in their order:
    one query for their events and one for their meetings, plus the prefetches."""
    entries = list(entries)
    event_ids = [entry.pk for entry in entries if entry.kind == "event"]
    meeting_ids = [entry.pk for entry in entries if entry.kind == "meeting"]
    cards = {}
    if event_ids:
        for card in event_cards(events.filter(pk__in=event_ids), locale, request):
            cards["event", card.page.pk] = card
    if meeting_ids:
        for card in meeting_cards(meetings.filter(pk__in=meeting_ids), locale, request):
            cards["meeting", card.page.pk] = card
    return [cards[entry.kind, entry.pk] for entry in entries if (entry.kind, entry.pk) in cards]


@dataclass
class PublishedQuestion:
    question: Question
    also_raised_by: int  # questions grouped under this one

    @property
    def answered(self) -> bool:
        return self.question.answer_published_at is not None


def published_questions(meeting) -> list[PublishedQuestion]:
    """The meeting's published questions (any language copy), oldest first, with
    how many others were grouped under each. Two queries."""
    return published_questions_of([meeting]).get(meeting.translation_key, [])


def published_questions_of(meetings) -> dict:
    """`published_questions` for many meetings at once: {translation key:
    [PublishedQuestion]}. Two queries whatever the number of meetings."""
    keys = {meeting.translation_key for meeting in meetings}
    questions = list(
        Question.objects.public()
        .filter(meeting__translation_key__in=keys)
        .annotate(meeting_key=F("meeting__translation_key"))
        .order_by("submitted_at", "pk")
    )
    counts: dict[int, int] = {}
    grouped = Question.objects.confirmed().filter(duplicate_of__in=[item.pk for item in questions])
    for original_id in grouped.values_list("duplicate_of_id", flat=True):
        counts[original_id] = counts.get(original_id, 0) + 1
    by_key: dict = {}
    for item in questions:
        by_key.setdefault(item.meeting_key, []).append(PublishedQuestion(item, counts.get(item.pk, 0)))
    return by_key


def question_counts_of(meetings) -> dict:
    """`question_counts` for many meetings at once: {translation key: counts}, one query."""
    keys = {meeting.translation_key for meeting in meetings}
    unanswered = Q(duplicate_of__isnull=True, answer_published_at__isnull=True) | Q(
        duplicate_of__isnull=False, duplicate_of__answer_published_at__isnull=True
    )
    rows = (
        Question.objects.confirmed()
        .filter(meeting__translation_key__in=keys)
        .order_by()
        .values("meeting__translation_key")
        .annotate(received=Count("pk"), unanswered=Count("pk", filter=unanswered))
    )
    found = {row["meeting__translation_key"]: row for row in rows}
    counts = {}
    for key in keys:
        row = found.get(key, {"received": 0, "unanswered": 0})
        counts[key] = {
            "received": row["received"],
            "answered": row["received"] - row["unanswered"],
            "unanswered": row["unanswered"],
        }
    return counts


def question_counts(meeting) -> dict:
    """{received, answered, unanswered}: confirmed questions (duplicates count with
    the question they repeat), public or not."""
    return question_counts_of([meeting])[meeting.translation_key]


def unanswered_questions():
    """Every confirmed question without a published answer (its own, or that of
    the question it repeats), across meetings, oldest first."""
    return (
        Question.objects.confirmed()
        .filter(
            Q(duplicate_of__isnull=True, answer_published_at__isnull=True)
            | Q(duplicate_of__isnull=False, duplicate_of__answer_published_at__isnull=True)
        )
        .select_related("meeting", "meeting__locale")
        .annotate(meeting_starts_at=F("meeting__starts_at"))
        .order_by("submitted_at", "pk")
    )
