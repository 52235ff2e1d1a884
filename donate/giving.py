"""Starting a gift, the same way from the giving form (views.give) and from a
headless front end (the giving API): one target lookup, one validation (the
GiveForm's rules), one rate limit counted in the shared cache, one intent."""

from core.delivery import public_pages
from core.rate_limits import client_address

from . import conf
from .forms import GiveForm
from .models import DonatePage, DonationIntent, DonationProjectPage
from .providers import active_provider

# Counted per client address in the default cache (Redis when REDIS_URL is set),
# so every worker and every server shares one count, and the form and the API
# share one budget.
GIVE_LIMIT = {"group": "donate.give", "key": client_address, "rate": conf.give_rate, "method": "POST"}


def gift_target(page_id: int):
    """The public project page, or the Donate page (a general gift), with that id; else None."""
    return public_pages().filter(pk=page_id).type(DonationProjectPage, DonatePage).specific().first()


def give_form(page, data) -> GiveForm:
    """The giving form for `page`, bound to `data`, with the editors' suggested amounts."""
    if isinstance(page, DonatePage):
        suggestions = (
            DonatePage.objects.prefetch_related("suggested_amounts").get(pk=page.pk).suggestions_for(page.currency)
        )
    else:
        suggestions = page.suggestions()
    return GiveForm(data, project=page, suggestions=suggestions)


def start_gift(request, page, cleaned: dict, *, return_url: str = "", cancel_url: str = ""):
    """Record the donor's intent from a valid form's `cleaned` data and prepare
    the provider's checkout.

    Returns:
        (the DonationIntent, the URL to send the donor to)
    """
    general = isinstance(page, DonatePage)
    provider = active_provider()
    intent = DonationIntent.objects.create(
        project_key=page.translation_key,
        project=None if general else page,
        donate_page=page if general else None,
        is_general=general,
        amount=cleaned["amount"],
        currency=cleaned["currency"],
        frequency=cleaned["frequency"],
        donor_email=cleaned["email"],
        language_code=page.locale.language_code,
        provider=provider.name,
        is_test=provider.name == "sandbox",
        return_url=return_url,
        cancel_url=cancel_url,
    )
    return intent, provider.start_checkout(request, intent)
