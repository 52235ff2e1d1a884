"""What the event and meeting pages add to their template context (called by the
models, so they never import views or forms)."""

import calendar
import re
from datetime import date

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from core.delivery import with_locale_fallback
from core.geography import Region
from core.links import localized_urls, visitor_locale
from core.pages import register_page_context
from home.models import ThematicArea
from publications.filters import UnknownFilterValue

from .models import Audience, EventIndexPage, EventPage, EventStatus, MeetingPage
from .selectors import (
    EventFilters,
    apply_filters,
    calendar_timeline,
    event_contact,
    event_related,
    events_in,
    meetings_in,
    meetings_matching,
    month_weeks,
    past,
    published_questions,
    question_counts,
    supporters_of,
    timeline_cards,
    upcoming,
)

PAGE_SIZE = 20
VIEWS = ("list", "past", "month")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def feed_links(request, params: dict | None = None) -> dict:
    """The feed's https:// address and its webcal:// twin (which calendar apps
    open as a subscription), in the current language."""
    path = reverse("events:feed")
    query = urlencode({name: value for name, value in (params or {}).items() if value})
    absolute = request.build_absolute_uri(path + (f"?{query}" if query else ""))
    return {"https": absolute, "webcal": re.sub(r"^https?://", "webcal://", absolute)}


def _month(value: str | None, today: date) -> tuple[int, int, bool]:
    """(year, month, valid) from "2025-03"; this month when absent or invalid."""
    match = _MONTH.match(value or "")
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        if 1 <= year <= 9999 and 1 <= month <= 12:
            return year, month, True
    return today.year, today.month, not value


def _shift(year: int, month: int, delta: int) -> str | None:
    index = year * 12 + (month - 1) + delta
    if not 12 <= index < 10000 * 12:
        return None
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def index_context(index_page, request) -> dict:
    locale = index_page.locale
    params = request.GET
    view = params.get("view") if params.get("view") in VIEWS else "list"
    filters = EventFilters(
        audience=params.get("audience") or None,
        thematic_area=params.get("thematic_area") or None,
        region=params.get("region") or None,
    )
    base = events_in(locale)
    notice = None
    try:
        queryset = apply_filters(base, filters, locale)
    except UnknownFilterValue as error:
        notice = _("There is no “%(value)s” to filter by; showing all events.") % {"value": error.value}
        queryset, filters = base, EventFilters()
    # Regional group meetings belong to the calendar too: a representative
    # following the site's links reaches the meeting and its question form.
    meetings = meetings_matching(meetings_in(locale), filters)
    today = timezone.localdate()
    context = {
        "view": view,
        "filters": filters,
        "filter_notice": notice,
        "audience_choices": Audience.choices,
        "region_choices": Region.choices,
        "thematic_area_choices": list(
            with_locale_fallback(ThematicArea.objects.live(), locale).order_by("sort_order", "name")
        ),
        "feed": feed_links(request, {"audience": filters.audience, "thematic_area": filters.thematic_area}),
    }
    filter_params = {"audience": filters.audience, "thematic_area": filters.thematic_area, "region": filters.region}
    if view == "month":
        year, month, valid = _month(params.get("month"), today)
        if not valid:
            context["filter_notice"] = _("“%(value)s” is not a month such as 2025-03; showing this month.") % {
                "value": params.get("month")
            }
        first, last = date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        in_month = EventFilters(start=first, end=last)
        events_in_month = apply_filters(queryset, in_month, locale)
        meetings_in_month = meetings_matching(meetings, in_month)
        entries = calendar_timeline(events_in_month, meetings_in_month)
        cards = timeline_cards(entries, events_in_month, meetings_in_month, locale, request)
        context.update(
            {
                "month": first,
                "weeks": month_weeks(year, month, cards, today),
                "month_cards": cards,
                "previous_month": _shift(year, month, -1),
                "next_month": _shift(year, month, 1),
            }
        )
    else:
        if view == "past":
            events, when = past(queryset), "past"
        else:
            events, when = upcoming(queryset), "upcoming"
        entries = calendar_timeline(events, meetings, when)
        page_obj = Paginator(entries, PAGE_SIZE).get_page(params.get("page"))
        cards = timeline_cards(page_obj.object_list, events, meetings, locale, request)
        context.update({"events": cards, "page_obj": page_obj})
    context["filter_query"] = urlencode({name: value for name, value in filter_params.items() if value})
    return context


def event_context(page, request) -> dict:
    related = event_related(page)
    # The reader's locale: an event not yet translated is the English page under /fr/.
    urls = localized_urls(list(related.values()), visitor_locale(), request)
    from flagships.selectors import rows_for_pages

    areas = rows_for_pages([page], "thematic_areas", "thematic_area", ThematicArea)[page.pk]
    start, end = page.local_span()
    return {
        "start": start,
        "end": end,
        "multi_day": bool(page.end_date and page.end_date != page.start_date),
        "thematic_areas": areas,
        # Named for the reader: the visitor's language, also on a fallback page.
        "supporters": supporters_of(page, visitor_locale().language_code, role_labels=True),
        "audience_labels": [str(Audience(code).label) for code in page.audiences],
        "status_label": str(EventStatus(page.status).label),
        "region_label": str(Region(page.region).label) if page.region else "",
        "related": [(name, target, urls.get(target.pk)) for name, target in related.items()],
        "contact": event_contact(page),
        "ics_url": reverse("events:event_ics", args=[page.pk]),
        "feed": feed_links(request),
    }


def meeting_context(page, request) -> dict:
    from .forms import QuestionForm

    return {
        "start": page.local_start(),
        "deadline": page.local_deadline(),
        "open": page.accepts_questions(),
        "questions": published_questions(page),
        "counts": question_counts(page),
        "form": QuestionForm(),
        "ask_url": reverse("events:ask", args=[page.pk]),
        "ics_url": reverse("events:meeting_ics", args=[page.pk]),
        "feed": feed_links(request),
    }


def register() -> None:
    """Called from `EventsConfig.ready()`: the models never import what is built on them."""
    register_page_context(EventIndexPage, index_context)
    register_page_context(EventPage, event_context)
    register_page_context(MeetingPage, meeting_context)
