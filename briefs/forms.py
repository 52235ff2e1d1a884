"""The public sign-up form."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SubscribeForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(label=_("Language of the emails"), choices=settings.LANGUAGES)
    brief = forms.BooleanField(label=_("The monthly brief for Member States"), required=False)
    newsletter = forms.BooleanField(label=_("The Urban Impact newsletter"), required=False)

    def clean_email(self):
        email = self.cleaned_data["email"]
        if "\x00" in email:
            raise forms.ValidationError(_("Enter a valid email address."))
        return email

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("brief") and not cleaned.get("newsletter"):
            raise forms.ValidationError(_("Choose the monthly brief, the newsletter, or both."))
        return cleaned
