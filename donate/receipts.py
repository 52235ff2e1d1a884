"""The receipt we email when the provider does not send its own (the sandbox)."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _


def send_receipt(provider, intent, amount, base_url: str = "") -> None:
    project = intent.project
    with translation.override(intent.language_code):
        context = {
            "intent": intent,
            "amount": amount,
            "project_title": project.title if project else intent.designation,
            "project_url": f"{base_url}{project.url}" if project and project.url else "",
            "cancel_url": "",
        }
        if intent.frequency == "monthly":
            context["cancel_url"] = f"{base_url}{provider.manage_subscription_url(None, intent)}"
        subject = _("Thank you for your gift of %(amount)s %(currency)s") % {
            "amount": amount,
            "currency": intent.currency,
        }
        body = render_to_string("donate/email/receipt.txt", context)
    send_mail(subject, body, None, [intent.donor_email])
