"""The flagship page's admin form: what publishing requires, and the review box.

These rules live here, not in `Model.clean()`: drafts are autosaved and may be
incomplete, and inline rows are not saved yet when the model's `clean()` runs.
"""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


def _kept_rows(formset):
    """The inline forms that will be saved: filled in and not marked for deletion."""
    formset.is_valid()
    rows = []
    for form in formset.forms:
        if formset.can_delete and formset._should_delete_form(form):
            continue
        if not form.has_changed() and not form.instance.pk:
            continue
        if not hasattr(form, "cleaned_data"):
            continue
        rows.append(form)
    return rows


class FlagshipPageForm(WagtailAdminPageForm):
    reviewed = forms.BooleanField(
        label=_("I have reviewed this content"),
        required=False,
        help_text=_(
            "Tick when publishing after checking that dates, status, contacts and updates are still correct. "
            "This records a review and resets the review date."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if self.is_deferred_validation:
            return cleaned
        self._check_summary(cleaned)
        self._check_dates(cleaned)
        self._check_contacts()
        self._check_updates()
        return cleaned

    def _check_summary(self, cleaned):
        if not (cleaned.get("summary") or "").strip():
            self.add_error("summary", _("Summary: write two or three plain-language sentences before publishing."))

    def _check_dates(self, cleaned):
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start is None and "start_date" not in self.errors:
            self.add_error("start_date", _("Start date: give the date the programme started (or will start)."))
        if start and end and end < start:
            self.add_error("end_date", _("End date: it cannot be before the start date; correct one of the two."))

    def _check_contacts(self):
        formset = self.formsets.get("contacts")
        rows = _kept_rows(formset) if formset is not None else []
        contacts = [form.cleaned_data.get("contact") for form in rows]
        contacts = [contact for contact in contacts if contact is not None]
        if not contacts:
            self.add_error(
                None,
                _('Contacts: add at least one contact under "For further information" before publishing.'),
            )
            return
        for contact in contacts:
            if not contact.email and not contact.phone:
                self.add_error(
                    None,
                    _("Contacts: %(name)s has no email and no phone; add one to the contact or choose another.")
                    % {"name": contact.name},
                )

    def _check_updates(self):
        formset = self.formsets.get("updates")
        if formset is None:
            return
        today = timezone.localdate()
        for form in _kept_rows(formset):
            day = form.cleaned_data.get("date")
            if day and day > today:
                message = _("Updates: %(title)s is dated %(date)s, in the future; date an update when it happened.") % {
                    "title": form.cleaned_data.get("title") or _("an update"),
                    "date": day.isoformat(),
                }
                form.add_error("date", message)
                self.add_error(None, message)
