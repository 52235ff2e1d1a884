"""Giving, the sandbox checkout, the pages after it, and the webhook endpoint."""

from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from core.geography import format_money
from core.rate_limits import client_address

from . import conf
from .giving import GIVE_LIMIT, gift_target, give_form, start_gift
from .models import DonationIntent, DonationProjectPage, Frequency
from .providers import PROVIDERS, active_provider
from .webhooks import handle_delivery


def _base_url(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


# Each limit counts per client address in the default cache (Redis when REDIS_URL
# is set), so every worker and every server shares one count. Named here so a
# test can show two processes adding to the same count.
WEBHOOK_LIMIT = {"group": "donate.webhook", "key": client_address, "rate": conf.webhook_rate, "method": "POST"}


@require_POST
@ratelimit(**GIVE_LIMIT, block=False)
def give(request, page_id: int):
    """Turn a valid gift into a DonationIntent and hand the donor to the provider.

    `page_id` is a project page, or the Donate page for a general (unrestricted) gift.
    """
    page = gift_target(page_id)
    if page is None:
        return TemplateResponse(request, "donate/unavailable.html", status=404)
    if getattr(request, "limited", False):
        project = page if isinstance(page, DonationProjectPage) else None
        return TemplateResponse(request, "donate/rate_limited.html", {"project": project}, status=429)
    form = give_form(page, request.POST)
    if not form.is_valid():
        context = page.get_context(request)
        context["give_form"] = form
        return TemplateResponse(request, page.get_template(request), context, status=400)
    _intent, checkout_url = start_gift(request, page, form.cleaned_data)
    return redirect(checkout_url)


def _sandbox_intent(intent_id):
    provider = active_provider()
    if provider.name != "sandbox":
        raise Http404
    return provider, get_object_or_404(
        DonationIntent.objects.select_related("project"), pk=intent_id, provider="sandbox"
    )


def sandbox_checkout(request, intent_id):
    """Stands in for the provider's checkout: complete, fail or cancel a test gift."""
    provider, intent = _sandbox_intent(intent_id)
    if request.method == "POST":
        if intent.status != DonationIntent.Status.PENDING:
            return redirect(_after_checkout(intent))
        action = request.POST.get("action")
        if action == "cancel":
            DonationIntent.objects.filter(pk=intent.pk, status=DonationIntent.Status.PENDING).update(
                status=DonationIntent.Status.CANCELLED
            )
            intent.refresh_from_db()
        elif action in ("complete", "fail"):
            event_type = "donation.completed" if action == "complete" else "donation.failed"
            payload, signature = provider.sign(provider.build_event(intent, event_type))
            handle_delivery(provider, payload, signature, _base_url(request))
            intent.refresh_from_db()
        else:
            return HttpResponse(status=400)
        return redirect(_after_checkout(intent))
    if request.method != "GET":
        return HttpResponseNotAllowed(["GET", "POST"])
    return TemplateResponse(request, "donate/sandbox_checkout.html", {"intent": intent, "project": intent.project})


def _after_checkout(intent) -> str:
    completed = intent.status == DonationIntent.Status.COMPLETED
    front_end = intent.url_after_checkout(completed)
    if front_end:
        return front_end
    name = "donate:thank-you" if completed else "donate:cancelled"
    with translation.override(intent.language_code):
        return reverse(name, args=[intent.pk])


def thank_you(request, intent_id):
    intent = get_object_or_404(DonationIntent.objects.select_related("project", "donate_page"), pk=intent_id)
    provider = PROVIDERS[intent.provider]()
    context = {
        "intent": intent,
        "project": intent.project or intent.donate_page,
        "purpose": intent.purpose(),
        "amount": format_money(intent.amount, intent.currency, translation.get_language()),
        "completed": intent.status == DonationIntent.Status.COMPLETED,
        "receipt_by_email": bool(intent.donor_email) and not provider.sends_receipts,
        "cancel_url": provider.manage_subscription_url(request, intent)
        if intent.frequency == Frequency.MONTHLY
        else "",
    }
    return TemplateResponse(request, "donate/thank_you.html", context)


def cancelled(request, intent_id):
    intent = get_object_or_404(DonationIntent.objects.select_related("project", "donate_page"), pk=intent_id)
    context = {"intent": intent, "project": intent.project or intent.donate_page}
    return TemplateResponse(request, "donate/cancelled.html", context)


def sandbox_subscription(request, intent_id):
    """The sandbox's stand-in for a provider's customer portal: cancel a monthly gift."""
    provider, intent = _sandbox_intent(intent_id)
    if intent.frequency != Frequency.MONTHLY or intent.status != DonationIntent.Status.COMPLETED:
        raise Http404
    if request.method == "POST" and intent.subscription_cancelled_at is None:
        payload, signature = provider.sign(provider.build_event(intent, "subscription.cancelled"))
        handle_delivery(provider, payload, signature, _base_url(request))
        intent.refresh_from_db()
    return TemplateResponse(request, "donate/sandbox_subscription.html", {"intent": intent, "project": intent.project})


@csrf_exempt
@require_POST
@ratelimit(**WEBHOOK_LIMIT, block=False)
def webhook(request, provider_name: str):
    """Where the provider delivers its signed events. Only the active provider's endpoint answers."""
    if getattr(request, "limited", False):
        # A provider retries a 429 later; a flood from one address stops here.
        return HttpResponse("too many deliveries", status=429, content_type="text/plain; charset=utf-8")
    provider = active_provider()
    if provider.name != provider_name:
        raise Http404
    outcome = handle_delivery(
        provider,
        request.body,
        request.META.get(provider.signature_header),
        _base_url(request),
        client=client_address(None, request),
    )
    return HttpResponse(outcome.detail, status=outcome.status, content_type="text/plain; charset=utf-8")
