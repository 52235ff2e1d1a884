"""What the donate pages must satisfy before they go live, on every path to live.

Registered with `core.publish_checks`; `core.publish_paths` runs them wherever a
revision becomes live. Drafts save with a title alone: a report row with dates
but no document or link yet is fine until publishing. Inline rows are read
through the relation (in memory on `revision.as_object()`).
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.publish_checks import register_publish_check


def _report_problems(rows, *, has_period: bool) -> list:
    problems = []
    for row in rows:
        name = row.title or _("a report")
        if not row.document_id and not row.link:
            problems.append(
                _("Reports: give “%(title)s” as a document or a link, so donors can open it.") % {"title": name}
            )
        if has_period and row.period_start and row.period_end and row.period_end < row.period_start:
            problems.append(
                _("Reports: the period of “%(title)s” must end on or after the day it starts.") % {"title": name}
            )
    return problems


def allocations_total_100(page) -> None:
    rows = list(page.allocations.all())
    if not rows:
        raise ValidationError(
            {
                "allocations": _(
                    "Where donations go: add at least one line (label, description, percentage) before publishing."
                )
            }
        )
    total = sum((row.percentage or Decimal(0) for row in rows), Decimal(0))
    if total != Decimal(100):
        raise ValidationError(
            {
                "allocations": _(
                    "Where donations go: the percentages add up to %(total)s%%. Change them so they add up to "
                    "exactly 100%% before publishing."
                )
                % {"total": f"{total.normalize():f}"}  # 90, not 9E+1
            }
        )


def donate_reports_are_complete(page) -> None:
    problems = _report_problems(page.reports.all(), has_period=True)
    if problems:
        raise ValidationError({"reports": problems})


def project_is_complete(page) -> None:
    errors = {}
    if not page.thematic_area_id:
        errors["thematic_area"] = _("Choose the thematic area this project belongs to before publishing.")
    if page.goal_amount is None:
        errors["goal_amount"] = _("Give a funding goal greater than zero before publishing.")
    if not (page.summary or "").strip():
        errors["summary"] = _("Write a short summary before publishing: it is what donors read first.")
    if errors:
        raise ValidationError(errors)


def project_reports_are_complete(page) -> None:
    problems = _report_problems(page.reports.all(), has_period=False)
    if problems:
        raise ValidationError({"reports": problems})


def register() -> None:
    from .pages import DonatePage, DonationProjectPage

    register_publish_check(DonatePage, allocations_total_100)
    register_publish_check(DonatePage, donate_reports_are_complete)
    register_publish_check(DonationProjectPage, project_is_complete)
    register_publish_check(DonationProjectPage, project_reports_are_complete)
