"""Who may post a beacon: the site's own pages and the headless front ends it trusts.

Beacons are cross-origin POSTs without a CSRF token (navigator.sendBeacon from a
front end on another origin), so the CSRF check cannot protect them; the Origin
header can. Browsers send it on every POST; a request without Origin or Referer
(curl, a script) is not a visitor's page and is refused. Per-address rate limits
(the shared rate-limit helper) bound what a trusted origin can send.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponseForbidden


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if not parts.scheme or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def request_origin(request) -> str | None:
    """The origin the request comes from: its Origin header, else its Referer's origin."""
    origin = request.headers.get("Origin")
    if origin and origin != "null":
        return origin.lower()
    referer = request.headers.get("Referer")
    return _origin_of(referer) if referer else None


def trusted_origins(request) -> set[str]:
    own = f"{request.scheme}://{request.get_host()}".lower()
    return {own, *(origin.lower() for origin in settings.BEACON_ALLOWED_ORIGINS)}


def from_allowed_origin(request) -> bool:
    origin = request_origin(request)
    return origin is not None and origin in trusted_origins(request)


def from_foreign_origin(request) -> bool:
    """A browser request from a page the site does not trust: it names an origin
    (Origin or Referer) outside the site, BEACON_ALLOWED_ORIGINS and
    CORS_ALLOWED_ORIGINS. A request naming none (a server, a script) is not a
    visitor's browser being used by another site, and is left to the rate limits."""
    origin = request_origin(request)
    cors = {o.lower() for o in getattr(settings, "CORS_ALLOWED_ORIGINS", ())}
    return origin is not None and origin not in trusted_origins(request) | cors


def require_allowed_origin(view):
    """403 unless the request comes from the site itself or an origin in BEACON_ALLOWED_ORIGINS."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not from_allowed_origin(request):
            return HttpResponseForbidden("Beacons are accepted from this site's pages only.")
        return view(request, *args, **kwargs)

    return wrapped
