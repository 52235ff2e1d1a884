"""The giving form on a project page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from . import conf
from .models import Frequency


class GiveForm(forms.Form):
    """Amount within the configured bounds, in the project's currency only."""

    amount = forms.DecimalField(label=_("Amount"), max_digits=14, decimal_places=2)
    currency = forms.CharField(widget=forms.HiddenInput, max_length=3)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.ONE_OFF, widget=forms.RadioSelect
    )
    email = forms.EmailField(
        label=_("Email for your receipt"),
        required=False,
        help_text=_("Used only to send your receipt and, for monthly gifts, how to cancel."),
    )

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        self.fields["currency"].initial = project.currency
        self.fields["amount"].label = _("Amount (%(currency)s)") % {"currency": project.currency}
        self.fields["amount"].widget.attrs.update({"min": conf.min_amount(), "max": conf.max_amount(), "step": "0.01"})

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        low, high = conf.min_amount(), conf.max_amount()
        currency = self.project.currency
        if amount < low:
            raise forms.ValidationError(
                _("The smallest gift we can take is %(min)s %(currency)s."), params={"min": low, "currency": currency}
            )
        if amount > high:
            raise forms.ValidationError(
                _("For gifts above %(max)s %(currency)s, please contact us: we will arrange a transfer."),
                params={"max": high, "currency": currency},
            )
        return amount

    def clean_currency(self):
        currency = self.cleaned_data["currency"].upper()
        if currency != self.project.currency:
            raise forms.ValidationError(
                _("This project takes gifts in %(currency)s only."), params={"currency": self.project.currency}
            )
        return currency

    def clean(self):
        cleaned = super().clean()
        if not self.project.accepts_gifts:
            raise forms.ValidationError(_("This project is closed and no longer takes gifts."), code="closed")
        return cleaned
