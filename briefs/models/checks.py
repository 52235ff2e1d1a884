"""What a brief or a newsletter issue must satisfy before it goes live, on every path."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.publish_checks import register_publish_check


def _has_text(html: str) -> bool:
    return bool(strip_tags(html or "").replace("&nbsp;", " ").strip())


def brief_month_is_set(page) -> None:
    if page.month is None:
        raise ValidationError({"month": _("Month: give the month this brief reports on.")})
    if page.month.day != 1:
        raise ValidationError({"month": _("Month: give the first day of the month, e.g. 1 May 2024.")})


def introduction_is_written(page) -> None:
    if not _has_text(page.introduction):
        raise ValidationError(
            {"introduction": _("Introduction: write a few sentences on what Member States should take from this.")}
        )


def one_brief_per_month(page) -> None:
    from .pages import MonthlyBriefPage

    if page.month is None:
        return
    clash = (
        MonthlyBriefPage.objects.live()
        .filter(month=page.month, locale_id=page.locale_id)
        .exclude(translation_key=page.translation_key)
        .exists()
    )
    if clash:
        raise ValidationError(
            {"month": _("Month: a brief for this month is already published; update that one instead.")}
        )


def newsletter_is_dated(page) -> None:
    if page.issue_date is None:
        raise ValidationError({"issue_date": _("Issue date: give the date of this issue.")})


def newsletter_has_items(page) -> None:
    if not [item for item in page.items.all() if item.linked_page_id]:
        raise ValidationError(
            {"items": _("Items: pick at least one story, development or publication (or use “Propose items”).")}
        )


def register() -> None:
    from .pages import MonthlyBriefPage, NewsletterIssuePage

    for check in (brief_month_is_set, introduction_is_written, one_brief_per_month):
        register_publish_check(MonthlyBriefPage, check)
    for check in (newsletter_is_dated, introduction_is_written, newsletter_has_items):
        register_publish_check(NewsletterIssuePage, check)
