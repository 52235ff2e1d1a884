"""Server-side cache of the reference pages for anonymous visitors.

Keys carry the same content generations as the API cache (core.content_generation):
publishing, unpublishing, moving or deleting anything bumps the generation of its
locale (of every locale, for the default one), so a page is fresh at once after
a change, wherever the change shows (listings, the home page, search).

Never cached: signed-in users and requests with a session (their pages may show
messages or the user bar), anything but a 200 HTML answer, a response that sets
a cookie, manages its own caching (Cache-Control) or varies by cookie, and any
response that embedded a CSRF token (a giving or sign-up form): the token is
per visitor, and a cached copy would hand one visitor's token to everyone.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response
from django.utils.translation import get_language

from . import content_generation, schedule_boundary
from .api_cache import canonical_query

CACHED_HEADERS = ("Content-Type", "Content-Language")
# Paths with caches or rules of their own, or no page at all.
EXCLUDED_PREFIXES = ("/admin/", "/api/", "/documents/", "/django-admin/", "/media/", "/static/", "/healthz")


def seconds() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _cacheable_request(request) -> bool:
    if seconds() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if request.path.startswith(EXCLUDED_PREFIXES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False
    return not getattr(getattr(request, "user", None), "is_authenticated", False)


def _cacheable_response(request, response) -> bool:
    if response.status_code != 200 or response.streaming:
        return False
    if not response.get("Content-Type", "").startswith("text/html"):
        return False
    if response.cookies or response.has_header("Cache-Control"):
        return False
    if "cookie" in response.get("Vary", "").lower():
        return False
    # Set by django.middleware.csrf.get_token(): the page embeds a CSRF token.
    return not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")


def cache_key(request) -> str:
    language = getattr(request, "LANGUAGE_CODE", None) or get_language()
    generation = content_generation.current(language)
    query = urlencode(canonical_query(request)) if request.META.get("QUERY_STRING") else ""
    target = f"{request.get_host()}{request.path}?{query}|{language}"
    return f"page:{generation}:{hashlib.sha256(target.encode()).hexdigest()}"


class PageCacheMiddleware:
    """Placed after the authentication, CSRF and CSP middleware: on a hit those
    still run (security headers, a fresh CSP), and only the view is skipped."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content)
            for name, value in headers:
                response[name] = value
            response["X-Page-Cache"] = "hit"
            if "HTTP_IF_NONE_MATCH" in request.META:
                return get_conditional_response(request, etag=response["ETag"], response=response)
            return response
        response = self.get_response(request)
        if not _cacheable_response(request, response):
            return response
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        # Kept no later than the next scheduled expiry or go-live.
        lifetime = schedule_boundary.seconds_left(seconds())
        if lifetime <= 0:
            return response
        headers = tuple((name, response[name]) for name in (*CACHED_HEADERS, "ETag") if response.has_header(name))
        cache.set(key, (response.content, headers), lifetime)
        response["X-Page-Cache"] = "miss"
        return response
