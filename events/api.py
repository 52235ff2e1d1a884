"""Events and regional group meetings in the delivery API."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from ninja import Field, Path, Query, Router, Schema

from core.api_params import IsoDate, Values, Window, listing_schema, paginate, resolve_locale
from core.delivery import public_pages
from core.input_guard import DB_INT_MAX
from core.links import localized_urls
from core.page_types import register_detail
from core.problems import Problem, bad_choice, not_found, responses
from core.serializers import cover_out, locale_codes, page_link_out
from core.translations import add_translations, api_url_for
from home.serializers import contact_out
from publications.filters import UnknownFilterValue

from . import expansions  # noqa: F401 (registers what expand= embeds)
from .models import EventPage, MeetingPage
from .schemas import EventListItemOut, EventOut, MeetingListItemOut, MeetingOut
from .selectors import EventFilters, apply_filters, event_contact, event_related, events_in, meetings_in, past, upcoming
from .serializers import counts_out, event_items, meeting_item, questions_out

router = Router(tags=["events"])
api_prefix = "/"

EventListOut = listing_schema(EventListItemOut, "EventListOut")
MeetingListOut = listing_schema(MeetingListItemOut, "MeetingListOut")


class EventQuery(Schema):
    audience: Values = Field(None, description="member-states, public or partners; one or several.")
    thematic_area: Values = Field(None, description="Thematic areas' slugs in the requested language; one or several.")
    region: Values = Field(None, description="Regions of the closed list; one or several.")
    country: Values = Field(None, description="ISO 3166-1 alpha-2 codes (ke); one or several.")
    # `from` is a Python keyword: the attribute is start, the parameter is "from".
    start: IsoDate | None = Field(None, alias="from", description="Events on or after this date (YYYY-MM-DD).")
    end: IsoDate | None = Field(None, alias="to", description="Events on or before this date (YYYY-MM-DD).")
    when: str | None = Field(
        None, description="upcoming (not yet over, soonest first) or past (most recent first); all by default."
    )


WHEN = {"upcoming": upcoming, "past": past}


@router.get("events", response=responses(EventListOut), url_name="events", summary="Key events, soonest first")
def list_events(request, locale: str | None = None, filters: Query[EventQuery] = None, window: Query[Window] = None):
    """Published events in `locale` (English with `translated: false` where not
    translated), in date order. Filter by `audience`, `thematic_area`, `region`, `country`,
    a date range (`from`, `to`: the events' own local dates) and `when`; an
    unknown value is a 400 listing those that exist."""
    requested = resolve_locale(locale)
    query = filters or EventQuery()
    if query.start and query.end and query.end < query.start:
        raise Problem(400, _("'to' is before 'from': swap the two dates."), parameter="to", code="conflicting_values")
    if query.when and query.when not in WHEN:
        raise bad_choice("when", query.when, WHEN)
    try:
        queryset = apply_filters(
            events_in(requested),
            EventFilters(
                audience=query.audience,
                thematic_area=query.thematic_area,
                region=query.region,
                country=query.country,
                start=query.start,
                end=query.end,
            ),
            requested,
        )
    except UnknownFilterValue as error:
        raise bad_choice(error.parameter, error.value, error.allowed) from error
    if query.when:
        queryset = WHEN[query.when](queryset)
    codes = locale_codes()
    with translation.override(requested.language_code):
        return paginate(queryset, window, lambda rows: _event_items(rows, requested, codes, request))


def _event_items(pages, requested, codes, request) -> list[dict]:
    """Event list items as every page item answers: the detail's `api_url` in the
    requested locale (an English stand-in in a French listing leads to the French
    fallback), `translation_key` and `translations` added for the whole list at once."""
    pages = list(pages)
    items = event_items(pages, requested, codes, request)
    return _as_page_items(items, pages, requested, request)


def _as_page_items(items: list[dict], pages: list, requested, request, *, published_in: bool = False) -> list[dict]:
    for item, page in zip(items, pages, strict=True):
        item["api_url"] = api_url_for(page, requested.language_code, request)
    return add_translations(items, pages, request, published_in=published_in)


def _find(model, page_id: int, in_locale, what):
    """The page in the requested locale (or its fallback) from the id of any language copy."""
    source = public_pages(model).filter(pk=page_id).values_list("translation_key", flat=True).first()
    if source is None:
        raise not_found(what)
    page = in_locale.filter(translation_key=source).first()
    if page is None:  # written in another language and not translated into the default one
        page = public_pages(model).filter(pk=page_id).select_related("locale").first()
        page.translated = False
    return page


@router.get("events/{page_id}", response=responses(EventOut), url_name="event", summary="One event")
def get_event(request, page_id: int = Path(..., ge=1, le=DB_INT_MAX), locale: str | None = None):
    """An event by the id of any of its language copies, answered in `locale`
    where published there (else in the default locale, `translated: false`)."""
    requested = resolve_locale(locale)
    page = _find(EventPage, page_id, events_in(requested), _("event"))
    return event_detail(page, requested, request)


def event_detail(page, requested, request) -> dict:
    """The detail of an event (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    with translation.override(requested.language_code):
        item = _event_items([page], requested, codes, request)[0]
        rendered = page.rendered
        related = event_related(page)
        flagship = related.get("flagship")
        contact = event_contact(page)
        link = None
        if flagship is not None:
            link = page_link_out(flagship, requested.pk, codes)
            link["url"] = localized_urls([flagship], requested, request).get(flagship.pk)
        item.update(
            {
                # A page's cover: original proportions at page widths, not the card's crops.
                "cover_image": cover_out(page, request, "lead"),
                "related_flagship": link,
                "contact": contact_out(contact, codes, requested) if contact else None,
                "abbreviations": rendered.abbreviations,
            }
        )
    return item


register_detail(EventPage, EventOut, event_detail)


@router.get(
    "meetings", response=responses(MeetingListOut), url_name="meetings", summary="Regional group meetings, latest first"
)
def list_meetings(request, locale: str | None = None, window: Query[Window] = None):
    """Published meetings in `locale` (with the default-locale fallback), the latest first."""
    requested = resolve_locale(locale)
    codes = locale_codes()

    def build(rows):
        rows = list(rows)
        urls = localized_urls(rows, requested, request)
        items = [meeting_item(page, codes, urls.get(page.pk)) for page in rows]
        return _as_page_items(items, rows, requested, request, published_in=True)

    with translation.override(requested.language_code):
        return paginate(meetings_in(requested), window, build)


@router.get("meetings/{page_id}", response=responses(MeetingOut), url_name="meeting", summary="One meeting")
def get_meeting(request, page_id: int = Path(..., ge=1, le=DB_INT_MAX), locale: str | None = None):
    """A meeting with its agenda, the published questions and their answers, and
    how many questions are still unanswered. Senders' names and emails are never included."""
    requested = resolve_locale(locale)
    page = _find(MeetingPage, page_id, meetings_in(requested), _("meeting"))
    return meeting_detail(page, requested, request)


def meeting_detail(page, requested, request) -> dict:
    """The detail of a meeting (live, or a draft restored in memory for a preview)."""
    codes = locale_codes()
    with translation.override(requested.language_code):
        url = localized_urls([page], requested, request).get(page.pk)
        item = _as_page_items([meeting_item(page, codes, url)], [page], requested, request, published_in=True)[0]
        item.update(
            {"agenda": page.agenda_items(), "question_counts": counts_out(page), "questions": questions_out(page)}
        )
    return item


register_detail(MeetingPage, MeetingOut, meeting_detail)
