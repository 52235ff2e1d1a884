"""The public subscription pages: sign up, confirm, unsubscribe.

Confirming and unsubscribing from a link show a page with one button (a POST):
mail scanners open every link in an email, and a GET must not subscribe or
unsubscribe anybody. Mail clients' one-click unsubscribe (RFC 8058) POSTs to
the same address with `List-Unsubscribe=One-Click` and no CSRF token.
"""

from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited

from core.absolute_urls import base_url
from core.rate_limits import client_address

from . import conf
from .forms import SubscribeForm
from .subscriptions import Choices, InvalidLink, confirm, read_confirmation, read_unsubscribe, request_subscription
from .subscriptions import unsubscribe as unsubscribe_subscriber


def _email_key(group, request) -> str:
    return (request.POST.get("email") or "").strip().lower()


def subscribe(request):
    language = translation.get_language()
    form = SubscribeForm(request.POST or None, initial={"language": language, "brief": True, "newsletter": True})
    if request.method == "POST":
        limited = is_ratelimited(
            request,
            group="briefs-subscribe",
            key=client_address,
            rate=conf.subscribe_rate,
            method="POST",
            increment=True,
        )
        if limited:
            return TemplateResponse(request, "briefs/subscribe.html", {"form": form, "limited": True}, status=429)
        if form.is_valid():
            per_address = is_ratelimited(
                request,
                group="briefs-subscribe-email",
                key=_email_key,
                rate=conf.subscribe_rate_per_email,
                method="POST",
                increment=True,
            )
            if not per_address:
                data = form.cleaned_data
                request_subscription(
                    data["email"],
                    Choices(language=data["language"], brief=data["brief"], newsletter=data["newsletter"]),
                    base_url(request),
                )
            # The same answer either way: the form never tells whether an address is known.
            return redirect("briefs:subscribe_sent")
        return TemplateResponse(request, "briefs/subscribe.html", {"form": form}, status=400)
    return TemplateResponse(request, "briefs/subscribe.html", {"form": form})


def subscribe_sent(request):
    return TemplateResponse(request, "briefs/subscribe_sent.html")


def _invalid(request, error: InvalidLink):
    return TemplateResponse(request, "briefs/link_invalid.html", {"reason": error.reason}, status=400)


def confirm_subscription(request, token: str):
    try:
        subscriber, choices = read_confirmation(token)
    except InvalidLink as error:
        return _invalid(request, error)
    if request.method == "POST":
        try:
            subscriber, changed = confirm(token)
        except InvalidLink as error:
            return _invalid(request, error)
        with translation.override(subscriber.language):
            return TemplateResponse(
                request, "briefs/confirmed.html", {"subscriber": subscriber, "already": not changed}
            )
    return TemplateResponse(request, "briefs/confirm.html", {"choices": choices})


@csrf_exempt
def unsubscribe_view(request, token: str):
    """GET: a page with one button. POST: unsubscribe (the button, or a mail
    client's one-click request, which carries no CSRF token: the signed token is
    the proof, and unsubscribing is all it can do)."""
    try:
        subscriber, audience = read_unsubscribe(token)
    except InvalidLink as error:
        return _invalid(request, error)
    if request.method == "POST":
        subscriber, audience = unsubscribe_subscriber(token)
        return TemplateResponse(request, "briefs/unsubscribed.html", {"subscriber": subscriber, "audience": audience})
    return TemplateResponse(request, "briefs/unsubscribe.html", {"audience": audience})
