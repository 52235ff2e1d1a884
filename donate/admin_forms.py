"""Publish-time rules for the donate pages.

They live in the page forms rather than in `Model.clean()` because drafts are
autosaved incomplete (Wagtail defers required fields on drafts) and inline rows
are not saved yet when a model's `clean()` runs; here both are visible.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


def live_rows(formset):
    """The cleaned data of the inline rows that will be kept."""
    if formset is None:
        return []
    # The page form is cleaned before its inline formsets; validate them now.
    formset.is_valid()
    return [
        form.cleaned_data
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


def check_report_rows(form, relation: str) -> None:
    formset = form.formsets.get(relation)
    if formset is not None:
        formset.is_valid()
    for row_form in formset.forms if formset is not None else []:
        data = getattr(row_form, "cleaned_data", None) or {}
        if not data or data.get("DELETE"):
            continue
        if not data.get("document") and not data.get("link"):
            row_form.add_error("link", _("Give the report as a document or a link, so donors can open it."))
        start, end = data.get("period_start"), data.get("period_end")
        if start and end and end < start:
            row_form.add_error("period_end", _("The period must end on or after the day it starts."))


class DonatePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        check_report_rows(self, "reports")
        if self.is_deferred_validation:
            return cleaned
        rows = live_rows(self.formsets.get("allocations"))
        total = sum((row.get("percentage") or Decimal(0) for row in rows), Decimal(0))
        if rows and total != Decimal(100):
            raise ValidationError(
                _(
                    "Where donations go: the percentages add up to %(total)s%%. Change them so they add up to "
                    "exactly 100%% before publishing."
                ),
                params={"total": total.normalize()},
                code="allocation_total",
            )
        if not rows:
            raise ValidationError(
                _("Where donations go: add at least one line (label, description, percentage) before publishing."),
                code="allocation_missing",
            )
        return cleaned


class DonationProjectPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        check_report_rows(self, "reports")
        if self.is_deferred_validation:
            return cleaned
        if not cleaned.get("thematic_area"):
            self.add_error("thematic_area", _("Choose the thematic area this project belongs to before publishing."))
        goal = cleaned.get("goal_amount")
        if goal is None and "goal_amount" not in self.errors:
            self.add_error("goal_amount", _("Give a funding goal greater than zero before publishing."))
        if not (cleaned.get("summary") or "").strip():
            self.add_error("summary", _("Write a short summary before publishing: it is what donors read first."))
        return cleaned
