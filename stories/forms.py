"""The story page's admin form.

The rules themselves are the publish checks in models/checks.py; this form only
shows their messages on the fields when an editor publishes or submits, and
offers countries by name in the editor's language.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.geography import country_choices
from core.publish_checks import publish_errors


class PublishChecksFormMixin:
    """Run the page type's registered publish checks on what the editor is about
    to publish, inline rows included, and show each refusal on its field.

    Drafts and autosaves (deferred validation) are not checked: a draft with only
    a title saves.
    """

    def _post_clean(self):
        super()._post_clean()
        if getattr(self, "is_deferred_validation", False) or self.errors:
            return
        formsets = getattr(self, "formsets", {})
        if not all(formset.is_valid() for formset in formsets.values()):
            return  # the rows' own errors come first
        for formset in formsets.values():
            formset.instance = self.instance
            formset.save(commit=False)  # in memory only: the relation the checks read
        error = publish_errors(self.instance)
        if error is None:
            return
        for field, messages in error.error_dict.items():
            target = field if field in self.fields and field != NON_FIELD_ERRORS else None
            for message in messages:
                self.add_error(target, message)


class StoryPageForm(PublishChecksFormMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "country" in self.fields:
            field = self.fields["country"]
            self.fields["country"] = forms.ChoiceField(
                label=field.label,
                help_text=field.help_text,
                required=False,
                choices=[("", _("No single country"))] + country_choices(get_language() or "en"),
            )
