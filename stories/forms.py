"""The story page's admin form.

The rules themselves are the publish checks in models/checks.py; this form only
shows their messages on the fields when an editor publishes or submits, and
offers countries by name in the editor's language.
"""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.geography import country_choices
from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin


class StoryPageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    unique_rows = {"thematic_areas": "thematic_area"}

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
