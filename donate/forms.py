"""The giving form, on a project page and (for the general fund) on the Donate page."""

from decimal import Decimal

from babel.numbers import get_currency_precision
from django import forms
from django.utils.translation import get_language, ngettext_lazy
from django.utils.translation import gettext_lazy as _

from core.geography import format_number

from . import conf
from .amounts import DECIMAL_COMMA, THOUSANDS, decimal_places, is_decimal_number
from .models import Frequency, ProjectStatus


def _not_a_number(text: str) -> forms.ValidationError:
    """The refusal of a typed amount that is not a number, saying what to type instead."""
    if DECIMAL_COMMA.fullmatch(text):
        return forms.ValidationError(
            _("Use a point, not a comma, before the cents: type %(example)s."),
            code="decimal_comma",
            params={"example": text.replace(",", ".")},
        )
    if THOUSANDS.fullmatch(text):
        return forms.ValidationError(
            _("Type the amount without a thousands separator: %(example)s."),
            code="thousands_separator",
            params={"example": "".join(char for char in text if char.isdigit())},
        )
    return forms.ValidationError(
        _(
            "This is not a number: type the amount in digits 0–9, with a point before the cents if any, "
            "such as 25 or 25.50."
        ),
        code="invalid",
    )


class PlainAmountField(forms.DecimalField):
    """A DecimalField that reads ASCII digits with one optional "." only
    (donate.amounts). How many decimals, and how much, are the form's checks:
    they depend on the currency and say more than Django's digit counts."""

    def __init__(self, **kwargs):
        super().__init__(max_digits=None, decimal_places=None, **kwargs)

    def to_python(self, value):
        # A leading minus is left to the minimum's message, which says more.
        if isinstance(value, str) and value.strip():
            text = value.strip().removeprefix("-")
            if not is_decimal_number(text):
                raise _not_a_number(text)
        return super().to_python(value)


class GiveForm(forms.Form):
    """A suggested amount or one typed in, within the configured bounds, in the
    target's currency only.

    Args:
        project: the target, a project page or the Donate page (the general fund);
            it answers `currency`, `accepts_gifts` and `effective_status()`.
        suggestions: the editors' suggested amounts in that currency.
    """

    suggested = forms.ChoiceField(label=_("Choose an amount"), required=False, widget=forms.RadioSelect)
    amount = PlainAmountField(label=_("Amount"), required=False)
    currency = forms.CharField(widget=forms.HiddenInput, max_length=3)
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.ONE_OFF, widget=forms.RadioSelect
    )
    email = forms.EmailField(
        label=_("Email for your receipt"),
        required=False,
        help_text=_("Used only to send your receipt and, for monthly gifts, how to cancel."),
    )

    def __init__(self, *args, project, suggestions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.project = project
        currency = project.currency
        self.fields["currency"].initial = currency
        self.suggestions = [amount for amount in suggestions if conf.min_amount() <= amount <= conf.max_amount()]
        if self.suggestions:
            self.fields["suggested"].choices = [
                (str(amount), f"{amount:,.2f} {currency}") for amount in self.suggestions
            ]
            self.fields["amount"].label = _("Or another amount (%(currency)s)") % {"currency": currency}
        else:
            del self.fields["suggested"]
            self.fields["amount"].label = _("Amount (%(currency)s)") % {"currency": currency}
        step = Decimal(1).scaleb(-get_currency_precision(currency))
        self.fields["amount"].widget.attrs.update(
            {"min": conf.min_amount(), "max": conf.max_amount(), "step": str(step), "inputmode": "decimal"}
        )

    def full_clean(self):
        super().full_clean()
        # Tie each message to its field for screen readers (the ids the template renders).
        for name in self.errors:
            if name in self.fields:
                self.fields[name].widget.attrs.update({"aria-invalid": "true", "aria-describedby": f"error-{name}"})

    def clean_amount(self):
        amount = self.cleaned_data["amount"]
        if amount is None:
            return None
        low, high = conf.min_amount(), conf.max_amount()
        currency = self.project.currency
        language = get_language()
        if amount < low:
            raise forms.ValidationError(
                _("The smallest gift we can take is %(min)s %(currency)s."),
                code="below_minimum",
                params={"min": format_number(low, language), "currency": currency},
            )
        if amount > high:
            raise forms.ValidationError(
                _("For gifts above %(max)s %(currency)s, please contact us: we will arrange a transfer."),
                code="above_maximum",
                params={"max": format_number(high, language), "currency": currency},
            )
        # The currency's minor units (CLDR, through Babel): cents for most, none for the yen.
        digits = get_currency_precision(currency)
        if decimal_places(amount) > digits:
            if digits == 0:
                raise forms.ValidationError(
                    _("Amounts in %(currency)s have no decimals: type a whole number, such as 25."),
                    code="too_many_decimals",
                    params={"currency": currency},
                )
            raise forms.ValidationError(
                ngettext_lazy(
                    "%(value)s has too many decimals: amounts in %(currency)s have at most %(digits)d decimal.",
                    "%(value)s has too many decimals: amounts in %(currency)s have at most %(digits)d decimals.",
                    "digits",
                ),
                code="too_many_decimals",
                params={"value": str(amount), "currency": currency, "digits": digits},  # as typed
            )
        return amount

    def clean_currency(self):
        currency = self.cleaned_data["currency"].upper()
        if currency != self.project.currency:
            raise forms.ValidationError(
                _("This project takes gifts in %(currency)s only."),
                code="wrong_currency",
                params={"currency": self.project.currency},
            )
        return currency

    def clean(self):
        cleaned = super().clean()
        status = self.project.effective_status()
        if status == ProjectStatus.FUNDED:
            raise forms.ValidationError(
                _("This project is fully funded and no longer takes gifts. Thank you!"), code="funded"
            )
        if not self.project.accepts_gifts:
            raise forms.ValidationError(_("This project is closed and no longer takes gifts."), code="closed")
        if "amount" in self.errors:
            return cleaned
        typed, suggested = cleaned.get("amount"), cleaned.get("suggested")
        if typed is None and suggested:
            cleaned["amount"] = Decimal(suggested)
        elif typed is None:
            self.add_error(
                "amount",
                forms.ValidationError(_("Choose an amount or type the amount you want to give."), code="no_amount"),
            )
        return cleaned
