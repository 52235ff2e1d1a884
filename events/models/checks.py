"""What an event or a meeting must satisfy before it goes live, on every path to live.

Registered with `core.publish_checks`, so the edit form, bulk publish,
workflows, scheduled publishing, wagtail-localize and `revision.publish()` give
the same messages. Inline rows are read through the relation (in memory on
`revision.as_object()`), never with a query on the row model.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.geography import COUNTRY_CODES
from core.publish_checks import inline_rows_check, register_publish_check
from publications.validation import measure_abstract
from stories.models.checks import STANDFIRST_CHARACTERS, STANDFIRST_WORDS

from .meetings import MeetingPage, RegionalGroup
from .pages import AUDIENCE_FIELDS, EventPage, EventStatus
from .timing import time_zone_names


def summary_problem(text: str, language_code: str) -> str | None:
    if not (text or "").strip():
        return str(_("Summary: write 20 to 80 words on what the event is for and who should come; it is shown first."))
    length = measure_abstract(text, language_code)
    low, high = STANDFIRST_WORDS if length.unit == "words" else STANDFIRST_CHARACTERS
    if low <= length.count <= high:
        return None
    if length.unit == "words":
        return str(
            _("Summary: it has %(count)d words; write %(low)d to %(high)d.")
            % {"count": length.count, "low": low, "high": high}
        )
    return str(
        _("Summary: it has %(count)d characters; in Chinese write %(low)d to %(high)d.")
        % {"count": length.count, "low": low, "high": high}
    )


def summary_is_written(page) -> None:
    problem = summary_problem(page.summary, page.locale.language_code if page.locale_id else "en")
    if problem:
        raise ValidationError({"summary": problem})


def dates_are_coherent(page) -> None:
    errors = {}
    if page.start_date is None:
        errors["start_date"] = _("Start date: say when the event starts.")
    elif not page.all_day and page.start_time is None:
        errors["start_time"] = _("Start time: give the local time, or tick “All day”.")
    if page.time_zone not in time_zone_names():
        errors["time_zone"] = _("Time zone: choose one such as Africa/Nairobi, Europe/Geneva or UTC.")
    if not errors:
        start, end = page.local_span()
        if page.end_date and page.end_date < page.start_date:
            errors["end_date"] = _("End date: the event cannot end before it starts; check the two dates.")
        elif end is not None and end < start:
            errors["end_time"] = _("End time: the event cannot end before it starts; check the times.")
    if errors:
        raise ValidationError(errors)


def status_is_coherent(page) -> None:
    if page.status != EventStatus.POSTPONED:
        return
    if page.original_start_date is None:
        raise ValidationError(
            {"original_start_date": _("Postponed: give the date first announced, and the new dates above.")}
        )
    if page.start_date is not None and page.start_date == page.original_start_date:
        raise ValidationError(
            {"start_date": _("Postponed: the start date is still the one first announced; give the new date.")}
        )


def place_is_given(page) -> None:
    if not (page.venue or "").strip() and not page.online_url:
        raise ValidationError({"venue": _("Place: give the venue and city, an online link, or both.")})
    if page.country and page.country not in COUNTRY_CODES:
        raise ValidationError({"country": _("Country: use an ISO 3166-1 code in two letters such as ke, fr or br.")})
    if not page.region:
        raise ValidationError({"region": _("Region: choose where the event takes place (or Global for online).")})


def audience_is_chosen(page) -> None:
    if not any(getattr(page, field) for field in AUDIENCE_FIELDS.values()):
        raise ValidationError(
            {"for_member_states": _("Audience: tick at least one of Member States, the public and partners.")}
        )


has_thematic_area = inline_rows_check(
    "thematic_areas",
    "thematic_area",
    missing=_("Thematic areas: choose at least one, so people find the event under its themes."),
    repeated=_("Thematic areas: %(names)s is listed more than once; remove the extra row."),
)


def supporters_are_named(page) -> None:
    for row in page.supporters.all():
        if row.kind == row.Kind.MEMBER_STATE and row.country not in COUNTRY_CODES:
            raise ValidationError(
                {"supporters": _("Supported by: give each Member State as an ISO 3166-1 code, such as ke.")}
            )
        if row.kind == row.Kind.PARTNER and not row.partner_name.strip():
            raise ValidationError({"supporters": _("Supported by: give each partner's name.")})


def meeting_is_complete(page) -> None:
    errors = {}
    if not (page.summary or "").strip():
        errors["summary"] = _("Summary: say what the meeting is for; it is shown first.")
    if not page.group:
        errors["group"] = _("Regional group or body: choose who meets.")
    elif page.group == RegionalGroup.OTHER and not page.group_name.strip():
        errors["group_name"] = _("Name of the body: give it, since “Other body” is chosen.")
    if page.date is None:
        errors["date"] = _("Date: say when the meeting takes place.")
    if page.start_time is None:
        errors["start_time"] = _("Start time: give the local time of the meeting.")
    if page.time_zone not in time_zone_names():
        errors["time_zone"] = _("Time zone: choose one such as Africa/Nairobi, Europe/Geneva or UTC.")
    if page.question_deadline_date is None:
        errors["question_deadline_date"] = _("Deadline for questions: give the day questions close.")
    elif page.date is not None and page.question_deadline_date > page.date:
        errors["question_deadline_date"] = _("Deadline for questions: it must fall on or before the meeting's date.")
    if page.start_time and page.end_time and page.end_time < page.start_time:
        errors["end_time"] = _("End time: the meeting cannot end before it starts.")
    if errors:
        raise ValidationError(errors)


def register() -> None:
    for check in (
        summary_is_written,
        dates_are_coherent,
        status_is_coherent,
        place_is_given,
        audience_is_chosen,
        has_thematic_area,
        supporters_are_named,
    ):
        register_publish_check(EventPage, check)
    register_publish_check(MeetingPage, meeting_is_complete)
