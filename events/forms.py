"""Admin forms of the event and meeting pages, and the public question form.

The rules themselves are the publish checks in models/checks.py and the
question's `clean()`; the admin forms only show the checks' messages on the
fields and offer countries by name and time zones from a list.
"""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from core.geography import country_choices
from core.publish_forms import PublishChecksFormMixin, UniqueRowsFormMixin

from .models.meetings import QUESTION_MAX_LENGTH
from .models.timing import time_zone_choices


def _time_zone_field(field) -> forms.ChoiceField:
    return forms.ChoiceField(label=field.label, help_text=field.help_text, choices=time_zone_choices())


class EventPageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    unique_rows = {"thematic_areas": "thematic_area"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "time_zone" in self.fields:
            self.fields["time_zone"] = _time_zone_field(self.fields["time_zone"])
        if "country" in self.fields:
            field = self.fields["country"]
            self.fields["country"] = forms.ChoiceField(
                label=field.label,
                help_text=field.help_text,
                required=False,
                choices=[("", _("No single country"))] + country_choices(get_language() or "en"),
            )


class MeetingPageForm(UniqueRowsFormMixin, PublishChecksFormMixin, WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "time_zone" in self.fields:
            self.fields["time_zone"] = _time_zone_field(self.fields["time_zone"])


class QuestionForm(forms.Form):
    """What a representative sends ahead of a meeting. Every limit is checked here
    (with a message saying what to change) before anything is stored."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    mission = forms.CharField(
        label=_("Permanent Mission or country"), max_length=200, help_text=_("Such as “Permanent Mission of Kenya”.")
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        help_text=_("We send a link to confirm the question, and the answer; it is never shown publicly."),
    )
    text = forms.CharField(
        label=_("Your question or comment"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=QUESTION_MAX_LENGTH,
        error_messages={
            "max_length": _("Keep the question to %(limit_value)d characters (it has %(show_value)d)."),
        },
    )
    may_publish = forms.BooleanField(
        label=_("The question and its answer may be published on the meeting page, with the mission's name"),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        for name in ("name", "mission", "text"):
            value = cleaned.get(name)
            if value is not None and any(ord(character) < 32 and character not in "\n\r\t" for character in value):
                self.add_error(name, _("Remove the control characters from this field."))
        return cleaned

    def language(self) -> str:
        code = get_language() or settings.LANGUAGE_CODE
        return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
