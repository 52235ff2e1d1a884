"""Public views: the iCal feeds, and sending and confirming a question.

Confirming from the emailed link shows a page with one button (a POST): mail
scanners open every link in an email, and a GET must not confirm anything.
"""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django_ratelimit.core import is_ratelimited
from wagtail.models import Locale

from core.absolute_urls import base_url
from core.delivery import public_pages
from core.input_guard import DB_INT_MAX
from core.rate_limits import client_address
from publications.filters import UnknownFilterValue

from . import conf
from .forms import QuestionForm
from .ical import CONTENT_TYPE, build_calendar
from .models import EventPage, MeetingPage
from .selectors import (
    EventFilters,
    apply_filters,
    event_cards,
    events_in,
    meeting_cards,
    meetings_in,
    meetings_matching,
)
from .services import InvalidLink, QuestionsClosed, confirm_question, read_confirmation, submit_question

FEED_MAX_AGE = 300


def _locale() -> Locale:
    code = translation.get_language() or ""
    return Locale.objects.filter(language_code=code).first() or Locale.get_default()


def _base_url(request) -> str:
    return base_url(request)  # the one base of absolute URLs (core/absolute_urls.py)


def _calendar_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["Cache-Control"] = f"public, max-age={FEED_MAX_AGE}"
    return response


def calendar_feed(request):
    """Every public event and regional group meeting in the URL's language, optionally one audience and one
    thematic area; unknown values are a 400 that names the values that exist."""
    locale = _locale()
    filters = EventFilters(
        audience=request.GET.get("audience") or None, thematic_area=request.GET.get("thematic_area") or None
    )
    try:
        queryset = apply_filters(events_in(locale), filters, locale)
    except UnknownFilterValue as error:
        message = _("Unknown %(parameter)s “%(value)s”. Use one of: %(allowed)s.") % {
            "parameter": error.parameter,
            "value": error.value,
            "allowed": ", ".join(error.allowed),
        }
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    # Regional group meetings are in the calendar too (for Member States).
    meetings = meetings_matching(meetings_in(locale), filters)
    cards = event_cards(queryset, locale, request) + meeting_cards(meetings, locale, request)
    name = _("Events calendar")
    body = build_calendar(cards, locale.language_code, _base_url(request), name)
    return _calendar_response(body, f"events-{locale.language_code}.ics")


def event_ics(request, page_id: int):
    """One event, by the id of any of its language copies, in the URL's language."""
    return _one_entry_calendar(request, page_id, EventPage, events_in, event_cards)


def meeting_ics(request, page_id: int):
    """One meeting, by the id of any of its language copies, in the URL's language
    (as for an event): its time, place and question deadline."""
    return _one_entry_calendar(request, page_id, MeetingPage, meetings_in, meeting_cards)


def _one_entry_calendar(request, page_id: int, model, pages_in, cards_of):
    if page_id > DB_INT_MAX:
        raise Http404
    locale = _locale()
    source = public_pages(model).filter(pk=page_id).values_list("translation_key", "locale_id").first()
    if source is None:
        raise Http404
    # In the URL's language where translated; else as the default locale shows it;
    # else (written in another language only) as its own language shows it.
    page = pages_in(locale).filter(translation_key=source[0]).first()
    if page is None:
        page = pages_in(Locale.objects.get(pk=source[1])).get(pk=page_id)
    cards = cards_of([page], locale, request)
    body = build_calendar(cards, locale.language_code, _base_url(request), page.title)
    return _calendar_response(body, f"{page.slug}.ics")


def _meeting(page_id: int) -> MeetingPage:
    if page_id > DB_INT_MAX:
        raise Http404
    meeting = public_pages(MeetingPage).filter(pk=page_id).select_related("locale").first()
    if meeting is None:
        raise Http404
    return meeting


def ask_question(request, page_id: int):
    """The question form of a meeting (also shown on the meeting page itself)."""
    meeting = _meeting(page_id)
    form = QuestionForm(request.POST or None)
    context = {"meeting": meeting, "form": form, "open": meeting.accepts_questions()}
    if not context["open"]:
        return TemplateResponse(request, "events/ask.html", context, status=403 if request.method == "POST" else 200)
    if request.method != "POST":
        return TemplateResponse(request, "events/ask.html", context)
    limited = is_ratelimited(
        request, group="events-question", key=client_address, rate=conf.question_rate, method="POST", increment=True
    )
    if limited:
        return TemplateResponse(request, "events/ask.html", {**context, "limited": True}, status=429)
    if not form.is_valid():
        return TemplateResponse(request, "events/ask.html", context, status=400)
    per_address = is_ratelimited(
        request,
        group="events-question-email",
        key=lambda group, req: form.cleaned_data["email"].strip().lower(),
        rate=conf.question_rate_per_email,
        method="POST",
        increment=True,
    )
    if per_address:
        return TemplateResponse(request, "events/ask.html", {**context, "limited": True}, status=429)
    try:
        submit_question(meeting, form.cleaned_data, form.language(), _base_url(request))
    except QuestionsClosed:
        return TemplateResponse(request, "events/ask.html", {**context, "open": False}, status=403)
    except ValidationError as error:
        for field, messages in error.message_dict.items():
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
        return TemplateResponse(request, "events/ask.html", context, status=400)
    return redirect(f"{reverse('events:question_sent')}?meeting={meeting.pk}")


def question_sent(request):
    meeting = None
    meeting_id = request.GET.get("meeting", "")
    if meeting_id.isdigit() and int(meeting_id) <= DB_INT_MAX:
        meeting = public_pages(MeetingPage).filter(pk=int(meeting_id)).first()
    return TemplateResponse(request, "events/question_sent.html", {"meeting": meeting})


def confirm_question_view(request, token: str):
    try:
        question = read_confirmation(token)
    except InvalidLink as error:
        return TemplateResponse(request, "events/link_invalid.html", {"reason": error.reason}, status=400)
    meeting = question.meeting
    meeting_url = meeting.get_url(request) if meeting.live else None
    if request.method == "POST":
        try:
            question, changed = confirm_question(token)
        except InvalidLink as error:
            return TemplateResponse(request, "events/link_invalid.html", {"reason": error.reason}, status=400)
        return TemplateResponse(
            request,
            "events/question_confirmed.html",
            {"question": question, "already": not changed, "meeting": meeting, "meeting_url": meeting_url},
        )
    return TemplateResponse(request, "events/confirm_question.html", {"question": question, "meeting": meeting})
