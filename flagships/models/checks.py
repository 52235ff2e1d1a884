"""What a flagship must satisfy before it goes live, on every path to live.

Registered with `core.publish_checks`; `core.publish_paths` runs them wherever a
revision becomes live. Inline rows are read through the relation (in memory on
`revision.as_object()`), never with a query on the row model.
"""

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.publish_checks import chosen_rows, inline_rows_check, register_publish_check, repeated_choices
from home.models.review_interval import REVIEW_INTERVAL_VALIDATORS


def has_summary(page) -> None:
    if not (page.summary or "").strip():
        raise ValidationError({"summary": _("Summary: write two or three plain-language sentences before publishing.")})


def has_dates(page) -> None:
    if page.start_date is None:
        raise ValidationError({"start_date": _("Start date: give the date the programme started (or will start).")})
    if page.end_date and page.end_date < page.start_date:
        raise ValidationError({"end_date": _("End date: it cannot be before the start date; correct one of the two.")})


def has_reachable_contact(page) -> None:
    rows = chosen_rows(page, "contacts", "contact")
    contacts = [row.contact for row in rows]
    if not contacts:
        raise ValidationError(
            {"contacts": _('Contacts: add at least one contact under "For further information" before publishing.')}
        )
    problems = [
        _("Contacts: %(name)s has no email and no phone; add one to the contact or choose another.")
        % {"name": contact.name}
        for contact in contacts
        if not contact.email and not contact.phone
    ]
    problems += [
        _("Contacts: %(name)s is listed more than once; remove the extra row.") % {"name": contact.name}
        for contact in repeated_choices(rows, "contact")
    ]
    if problems:
        raise ValidationError({"contacts": problems})


has_no_repeated_thematic_area = inline_rows_check(
    "thematic_areas",
    "thematic_area",
    repeated=_("Thematic areas: %(names)s is listed more than once; remove the extra row."),
)


def updates_are_not_in_the_future(page) -> None:
    today = timezone.localdate()
    problems = [
        _("Updates: %(title)s is dated %(date)s, in the future; date an update when it happened.")
        % {"title": update.title or _("an update"), "date": update.date.isoformat()}
        for update in page.updates.all()
        if update.date and update.date > today
    ]
    if problems:
        raise ValidationError({"updates": problems})


def review_interval_is_within_bounds(page) -> None:
    """The field's own validators, on every path to live: a revision saved before the
    bound existed, or by a path that skips the form, must not reach the live row."""
    value = page.review_interval_days
    if value is None:
        return
    for validator in REVIEW_INTERVAL_VALIDATORS:
        try:
            validator(value)
        except ValidationError as error:
            raise ValidationError({"review_interval_days": error.messages}) from None


def register() -> None:
    from .pages import FlagshipPage

    for check in (
        has_summary,
        has_dates,
        has_reachable_contact,
        has_no_repeated_thematic_area,
        updates_are_not_in_the_future,
        review_interval_is_within_bounds,
    ):
        register_publish_check(FlagshipPage, check)
