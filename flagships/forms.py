"""The flagship page's admin form: the publish checks' messages, and the review box.

The rules are the publish checks in models/checks.py (run on every path to
live). "I have reviewed this content" is kept with the revision the editor
saves (RevisionReview) and recorded as a review when that revision goes live,
so a review ticked by an editor who submits for moderation counts when the
moderator approves.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin

from .review import review_ticked_on


class FlagshipPageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    unique_rows = {"contacts": "contact", "thematic_areas": "thematic_area"}

    reviewed = forms.BooleanField(
        label=_("I have reviewed this content"),
        required=False,
        help_text=_(
            "Tick after checking that dates, status, contacts and updates are still correct. "
            "A review is recorded, and the review date reset, when this version goes live."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A draft reopened keeps the box as it was saved (autosave keeps it too);
        # once that review is recorded, the next edit starts with the box clear.
        if self.instance.pk and not self.is_bound:
            self.fields["reviewed"].initial = review_ticked_on(self.instance.get_latest_revision())

    def save(self, commit=True):
        page = super().save(commit=commit)
        if "reviewed" in self.cleaned_data:
            # Kept with the revision the view saves next (FlagshipPage.save_revision),
            # whichever action it is: draft, autosave, submit, publish, approve with edits.
            page.review_box = (self.for_user, self.cleaned_data["reviewed"])
        return page
