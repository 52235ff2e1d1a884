"""What `expand=` embeds in the events and meetings listings (core/api_shape.py):
what a detail shows beyond its list item, for every item of the answer at once,
in a fixed number of queries whatever their number. With every expansion a
listed event or meeting carries what its detail carries."""

from django.utils import translation

from core.api_shape import Expansion, register_expansion
from core.links import localized_urls
from core.pages import rendered_pages
from core.schemas import PageLinkOut, TermOut
from core.serializers import cover_image_expansion, locale_codes, page_link_out
from home.schemas import ContactOut
from home.serializers import contact_out
from stories.selectors import public_contacts

from .models import EventPage, MeetingPage
from .schemas import QuestionCountsOut, QuestionOut
from .selectors import published_questions_of, question_counts_of, related_flagships_of
from .serializers import published_questions_out


def related_flagship_by_event(ids: list[int], locale, request) -> dict[int, dict]:
    """The detail's `related_flagship`: in the event's language where
    translated, linked in `locale`, public ones only."""
    events = list(EventPage.objects.filter(pk__in=ids).select_related("related_flagship"))
    flagships = related_flagships_of(events)
    codes = locale_codes()
    with translation.override(locale.language_code):
        urls = localized_urls(list(flagships.values()), locale, request)
    links = {}
    for event_id, flagship in flagships.items():
        links[event_id] = page_link_out(flagship, locale.pk, codes)
        links[event_id]["url"] = urls.get(flagship.pk)
    return links


def contact_by_event(ids: list[int], locale, request) -> dict[int, dict]:
    """The detail's `contact` (its published source where the event's copy is not published)."""
    contact_ids = dict(EventPage.objects.filter(pk__in=ids).values_list("pk", "contact_id"))
    contacts = public_contacts(contact_ids.values())
    codes = locale_codes()
    return {pk: contact_out(contacts[cid], codes, locale) for pk, cid in contact_ids.items() if cid in contacts}


def abbreviations_by_page(model):
    def build(ids: list[int], locale, request) -> dict[int, list[dict]]:
        """The detail's `abbreviations`: one query, one cache read."""
        pages = list(model.objects.filter(pk__in=ids).select_related("locale"))
        with translation.override(locale.language_code):
            return {page.pk: text.abbreviations for page, text in zip(pages, rendered_pages(pages), strict=True)}

    return build


def _meetings(ids: list[int]) -> list:
    return list(MeetingPage.objects.filter(pk__in=ids))


def agenda_by_meeting(ids: list[int], locale, request) -> dict[int, list[str]]:
    return {meeting.pk: meeting.agenda_items() for meeting in _meetings(ids)}


def questions_by_meeting(ids: list[int], locale, request) -> dict[int, list[dict]]:
    """The detail's `questions`: published ones, from any language copy (three queries)."""
    meetings = _meetings(ids)
    questions = published_questions_of(meetings)
    return {meeting.pk: published_questions_out(questions.get(meeting.translation_key, [])) for meeting in meetings}


def question_counts_by_meeting(ids: list[int], locale, request) -> dict[int, dict]:
    meetings = _meetings(ids)
    counts = question_counts_of(meetings)
    return {meeting.pk: counts[meeting.translation_key] for meeting in meetings}


for _expansion in [
    Expansion(
        name="related_flagship",
        schema=PageLinkOut | None,
        build=related_flagship_by_event,
        default=None,
        description="the flagship programme the event belongs to, as in its detail.",
    ),
    Expansion(
        name="contact",
        schema=ContactOut | None,
        build=contact_by_event,
        default=None,
        description="the focal point, as in the detail.",
    ),
    Expansion(
        name="abbreviations",
        schema=list[TermOut],
        build=abbreviations_by_page(EventPage),
        default=[],
        description="the abbreviations the summary uses, as in the detail.",
    ),
]:
    register_expansion(["events"], _expansion)

for _expansion in [
    Expansion(
        name="agenda",
        schema=list[str],
        build=agenda_by_meeting,
        default=[],
        description="the meeting's agenda, one line per item, as in its detail.",
    ),
    Expansion(
        name="questions",
        schema=list[QuestionOut],
        build=questions_by_meeting,
        default=[],
        description="the published questions and their answers, as in the detail (never a sender's name or email).",
    ),
    Expansion(
        name="question_counts",
        schema=QuestionCountsOut,
        build=question_counts_by_meeting,
        default={"received": 0, "answered": 0, "unanswered": 0},
        description="how many questions were received, answered and are still unanswered, as in the detail.",
    ),
]:
    register_expansion(["meetings"], _expansion)

register_expansion(["events"], cover_image_expansion(EventPage))
