"""Page and document passwords: a limited number of wrong guesses per address.

Wagtail's password forms (a page's or a collection's view restriction) accept
any number of guesses; these wrappers count the wrong ones per client address
and restriction in the shared cache (django-ratelimit) and answer 429 once the
limit is reached, until the window passes. A right password is never counted.
"""

from functools import wraps

from django.conf import settings
from django.template.response import TemplateResponse
from django_ratelimit.core import get_usage

from .rate_limits import client_address


def _rate() -> str:
    return getattr(settings, "PASSWORD_ATTEMPTS_RATE", "10/15m")


def _window_minutes() -> int:
    period = _rate().split("/", 1)[1]
    number = int(period[:-1] or 1)
    return number * {"s": 1 / 60, "m": 1, "h": 60, "d": 1440}[period[-1]]


def limit_wrong_passwords(view, restriction_argument: str):
    """`view` (a Wagtail authenticate_with_password view) with wrong guesses limited
    per address and restriction (`restriction_argument`: the URL argument naming it)."""

    @wraps(view)
    def limited(request, *args, **kwargs):
        if request.method != "POST":
            return view(request, *args, **kwargs)
        restriction = kwargs.get(restriction_argument)

        def key(group, request):
            return f"{client_address(group, request)}:{restriction}"

        usage = {"request": request, "group": "page-password", "key": key, "rate": _rate(), "method": "POST"}
        counted = get_usage(**usage, increment=False)
        if counted is not None and counted["count"] >= counted["limit"]:
            context = {"minutes": max(1, round(_window_minutes()))}
            return TemplateResponse(request, "core/password_attempts.html", context, status=429)
        response = view(request, *args, **kwargs)
        if response.status_code != 302:  # the form again: a wrong password
            get_usage(**usage, increment=True)
        return response

    return limited
