"""The receipt we email when the provider does not send its own (the sandbox)."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from core.geography import format_money


def send_receipt(provider, intent, amount, base_url: str = "") -> None:
    """In the donor's language: what the gift was for (the project's title as they
    read it, or the general fund), the amount, the date and a short reference."""
    target = intent.project or intent.donate_page
    with translation.override(intent.language_code):
        money = format_money(amount, intent.currency, intent.language_code)
        context = {
            "intent": intent,
            "amount": money,
            "project_title": intent.purpose(),
            "project_url": f"{base_url}{target.url}" if target and target.url else "",
            "cancel_url": "",
        }
        if intent.frequency == "monthly":
            context["cancel_url"] = f"{base_url}{provider.manage_subscription_url(None, intent)}"
        subject = _("Thank you for your gift of %(amount)s") % {"amount": money}
        body = render_to_string("donate/email/receipt.txt", context)
    send_mail(subject, body, None, [intent.donor_email])
