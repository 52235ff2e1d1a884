"""Server-side cache, ETag and Cache-Control for anonymous API reads.

Keys carry the content generation of the requested locale (see
content_generation), so publishing, unpublishing, moving or deleting anything
makes every cached detail, listing and search that could include it stale at once.
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers

from . import content_generation

API_PREFIX = "/api/v1/"
CACHED_HEADERS = ("Content-Type", "Content-Language")


def _cacheable(request) -> bool:
    return (
        settings.API_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and request.path.startswith(API_PREFIX)
        and not request.path.startswith(f"{API_PREFIX}docs")
        and not getattr(getattr(request, "user", None), "is_authenticated", False)
        and "HTTP_AUTHORIZATION" not in request.META
    )


def canonical_locale(value: str) -> str:
    """A locale code as the site spells it ("FR", "zh_Hans" → "fr", "zh-hans");
    an unknown code is left alone (the endpoint refuses it, and errors are not cached)."""
    codes = {code.lower(): code for code, _name in settings.LANGUAGES}
    return codes.get(value.strip().lower().replace("_", "-"), value)


# Parameters whose spelling varies without changing the answer, and their canonical form.
CANONICAL_FORMS = {"locale": canonical_locale}


def canonical_query(request) -> list[tuple[str, str]]:
    """The query parameters as the endpoints understand them: canonical values,
    sorted by name. Values of a repeated name keep their order (the last one wins
    in the endpoint), so two URLs share a key only when they share an answer."""
    pairs = [(name, CANONICAL_FORMS.get(name, str)(value)) for name, values in request.GET.lists() for value in values]
    return sorted(pairs, key=lambda pair: pair[0])


def cache_key(request) -> str:
    query = canonical_query(request)
    locale = next((value for name, value in reversed(query) if name == "locale"), None)
    generation = content_generation.current(locale)
    digest = hashlib.sha256(f"{request.path}?{urlencode(query)}".encode()).hexdigest()
    return f"api:{generation}:{digest}"


def _finish(request, response):
    if "ETag" not in response:
        response["ETag"] = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    patch_cache_control(response, public=True, max_age=settings.API_CLIENT_MAX_AGE)
    patch_vary_headers(response, ["Accept-Language"])
    return get_conditional_response(request, etag=response["ETag"], response=response)


class ApiCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        cached = cache.get(key)
        if cached is not None:
            response = HttpResponse(cached["content"], status=200)
            for name, value in cached["headers"].items():
                response[name] = value
            response["X-Cache"] = "hit"
            return _finish(request, response)
        response = self.get_response(request)
        if response.status_code != 200 or response.has_header("Cache-Control") or response.streaming:
            # Errors, and views that manage their own caching (beacons, downloads), pass through.
            return response
        headers = {name: response[name] for name in (*CACHED_HEADERS, "ETag") if response.has_header(name)}
        cache.set(key, {"content": response.content, "headers": headers}, settings.API_CACHE_SECONDS)
        response["X-Cache"] = "miss"
        return _finish(request, response)
