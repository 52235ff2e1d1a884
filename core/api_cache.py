"""HTTP for anonymous API reads: server-side cache, ETag, Cache-Control for
browsers and CDNs, surrogate keys, HEAD, Vary and Content-Language.

Keys carry the content generation (see content_generation), so publishing,
unpublishing, moving or deleting anything makes every cached detail, listing and
search stale at once. The generation lives in the default cache: with more than
one process (several workers, or the scheduled-publishing cron), that cache must
be shared (Redis), or a publish in one process leaves the others' answers stale
(README, "Configuration").
"""

import hashlib
import json
import re
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import get_conditional_response
from django.utils.translation import gettext_lazy as _

from . import content_generation, schedule_boundary
from .api_params import SET_PARAMETERS, split_values
from .geography import normalise_country
from .problems import PROBLEM_CONTENT_TYPE, Problem, request_language, text

API_PREFIX = "/api/v1/"
# Answers that hold no content: the API's own description, the same until a deploy.
CONTENT_FREE_PATHS = (f"{API_PREFIX}openapi.json", f"{API_PREFIX}docs")
# Answers a publish changes but no surrogate key names (a publish purges only the
# keys of the pages it touches): a CDN keeping them would answer a builder woken
# by a webhook with the feed as it was before. Shared caches and browsers may
# store them but must revalidate each time (a 304 while the ETag holds).
REVALIDATED_PATHS = (f"{API_PREFIX}changes", f"{API_PREFIX}redirects")
REVALIDATED_CACHE_CONTROL = "public, no-cache"
CACHED_HEADERS = ("Content-Type", "Content-Language", "Surrogate-Key", "Cache-Tag")
# Request headers that must never change an API answer: the answer's language is
# the `locale` parameter alone, and no public answer depends on who asks.
_IGNORED_VARY = {"accept-language", "cookie"}


def _public_read(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
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
CANONICAL_FORMS = {"locale": canonical_locale, "country": normalise_country}


def canonical_query(request) -> list[tuple[str, str]]:
    """The query parameters as the endpoints understand them: canonical values,
    sorted by name. Values of a repeated name keep their order, so two URLs share
    a key only when they share an answer; the values of a set parameter (a
    filter, `fields`, `expand`) are one sorted set, repeated or comma-separated."""
    pairs = []
    sets = request.path.startswith(API_PREFIX)
    for name, values in request.GET.lists():
        if sets and name in SET_PARAMETERS:
            canonical = CANONICAL_FORMS.get(name, str)
            pairs.append((name, ",".join(sorted({canonical(value) for value in split_values(values) or []}))))
        else:
            pairs += [(name, CANONICAL_FORMS.get(name, str)(value)) for value in values]
    return sorted(pairs, key=lambda pair: pair[0])


def answer_locale(request) -> str:
    """The language of the answer: the requested `locale` where it is a site
    language, else the default language."""
    known = {code for code, _name in settings.LANGUAGES}
    values = request.GET.getlist("locale")
    requested = canonical_locale(values[-1]) if values else ""
    return requested if requested in known else settings.LANGUAGE_CODE


def _key_and_locale(request) -> tuple[str, str | None]:
    query = canonical_query(request)
    locale = next((value for name, value in reversed(query) if name == "locale"), None)
    base = request.build_absolute_uri("/")
    digest = hashlib.sha256(f"{base}{request.path}?{urlencode(query)}".encode()).hexdigest()
    return f"api:{digest}", locale


def cache_key(request) -> str:
    """The answer's key: the scheme, host, path and canonical query. Answers hold
    absolute links to files and images built on the request's scheme and host
    (core.serializers.absolute, the same base as core.absolute_urls.base_url), so
    one host's or scheme's answer must never be handed to a request on another
    (a poisoned Host header, X-Forwarded-Proto). The content generation is kept
    in the entry, not the key (ApiCacheMiddleware)."""
    return _key_and_locale(request)[0]


# A "translation_key" member with a string value, anywhere in a JSON answer. Read
# from the bytes rather than by parsing the answer again: a quote inside a JSON
# string is escaped, so only a real member name matches.
_TRANSLATION_KEY_MEMBER = re.compile(rb'"translation_key"\s*:\s*"((?:[^"\\]|\\.)*)"')


def surrogate_keys(request, content: bytes) -> list[str]:
    """Keys a CDN can purge by: the whole API, the answer's locale, and each page
    the answer shows (`page-<translation_key>` for every locale's answers about it,
    `page-<translation_key>-<locale>` for this locale's)."""
    locale = answer_locale(request)
    keys = ["api", f"api-{locale}"]
    found = {json.loads(b'"' + value + b'"') for value in _TRANSLATION_KEY_MEMBER.findall(content)}
    for key in sorted(found):
        keys += [f"page-{key}", f"page-{key}-{locale}"]
    return keys


def _set_surrogate_keys(request, response) -> None:
    keys = surrogate_keys(request, response.content)
    # Fastly and Varnish (xkey) read space-separated keys; Cloudflare reads Cache-Tag, comma-separated.
    response["Surrogate-Key"] = " ".join(keys)
    response["Cache-Tag"] = ",".join(keys)


def _with_language(request, response):
    """Content-Language: what the view said (a preview: the draft's language),
    else the answer's locale for content, the language a problem's text is worded in."""
    if request.path.startswith(API_PREFIX) and not response.has_header("Content-Language"):
        ok = response.status_code < 400
        response["Content-Language"] = answer_locale(request) if ok else request_language(request)
    return response


def _etag(content: bytes) -> str:
    return f'"{hashlib.sha256(content).hexdigest()[:32]}"'


# Request headers that make an answer conditional (RFC 9110, section 13.1).
_CONDITIONS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")


def _finish(request, response, boundary):
    """ETag, Cache-Control within `boundary` (the next scheduled expiry or
    go-live when the answer was built), and a 304 where the client has it."""
    if "ETag" not in response:
        response["ETag"] = _etag(response.content)
    if request.path in REVALIDATED_PATHS:
        response["Cache-Control"] = REVALIDATED_CACHE_CONTROL
        if any(name in request.META for name in _CONDITIONS):
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response
    # No cache, private or shared, may keep an answer past the next scheduled
    # expiry or go-live (core.schedule_boundary): nothing signals that moment.
    left = schedule_boundary.seconds_before(boundary, settings.API_SHARED_MAX_AGE + settings.API_STALE_WHILE_REVALIDATE)
    shared = min(settings.API_SHARED_MAX_AGE, left)
    # Written whole: answers that set their own Cache-Control never get here.
    response["Cache-Control"] = (
        f"public, max-age={min(settings.API_CLIENT_MAX_AGE, left)}, s-maxage={shared}, "
        f"stale-while-revalidate={min(settings.API_STALE_WHILE_REVALIDATE, left - shared)}"
    )
    if any(name in request.META for name in _CONDITIONS):
        return get_conditional_response(request, etag=response["ETag"], response=response)
    return response


class ApiCacheMiddleware:
    """Caches anonymous 200 answers server-side (when API_CACHE_SECONDS > 0) and
    gives every one an ETag, Cache-Control and surrogate keys.

    A cached entry holds the answer's bytes, its headers (ETag included), the
    content generation and the schedule boundary it was built under, so a hit is
    one cache round trip and no hashing of the body: any publish changes the
    generation, which the entry no longer matches, and the entry's lifetime
    ends at that boundary."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _public_read(request):
            return _with_language(request, self.get_response(request))
        store = settings.API_CACHE_SECONDS > 0
        if store:
            # One round trip for the entry and the generations it must match.
            key, locale = _key_and_locale(request)
            generation_keys = content_generation.keys(locale)
            values = cache.get_many([*generation_keys, key])
            generation = content_generation.tag(values, generation_keys)
            cached = values.get(key)
            if cached is not None and cached["generation"] == generation:
                response = HttpResponse(cached["content"], headers=cached["headers"])
                response["X-Cache"] = "hit"
                return _finish(request, response, cached["boundary"])
        response = self.get_response(request)
        if response.status_code != 200 or response.has_header("Cache-Control") or response.streaming:
            # Errors, and views that manage their own caching (previews, beacons, downloads), pass through.
            return _with_language(request, response)
        _with_language(request, response)
        _set_surrogate_keys(request, response)
        # The API's own description holds no content: no scheduled change touches it.
        boundary = None if request.path.startswith(CONTENT_FREE_PATHS) else schedule_boundary.next_boundary()
        seconds = schedule_boundary.seconds_before(boundary, settings.API_CACHE_SECONDS) if store else 0
        if seconds > 0:
            response["ETag"] = _etag(response.content)
            headers = {name: response[name] for name in (*CACHED_HEADERS, "ETag") if response.has_header(name)}
            # The generation read before the answer was built: a publish meanwhile makes the entry stale.
            entry = {"content": response.content, "headers": headers, "boundary": boundary, "generation": generation}
            cache.set(key, entry, seconds)
            response["X-Cache"] = "miss"
        return _finish(request, response, boundary)


def _method_not_allowed(request, response) -> HttpResponse:
    """Django's plain-text 405 as problem+json like every other API error,
    `Allow` kept: the methods the path takes."""
    allow = response.get("Allow", "GET")
    with translation.override(request_language(request)):
        problem = Problem(
            405,
            text(_("This endpoint takes %(methods)s only."), methods=allow),
            allowed=allow.replace(" ", "").split(","),
        )
        body = problem.as_dict()
    answer = JsonResponse(body, status=405, content_type=PROBLEM_CONTENT_TYPE)
    answer["Allow"] = allow
    return answer


class ApiHttpMiddleware:
    """The outermost layer for /api/: answers HEAD like GET without a body, keeps
    the visitor's Accept-Language and language cookie from reaching the endpoints
    (the answer's language is the `locale` parameter), and so drops `Vary:
    Accept-Language, Cookie`, which would split a CDN's cache for nothing.
    `Vary: Origin` stays where CORS adds it (the allow-origin header differs)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        request.COOKIES.pop(settings.LANGUAGE_COOKIE_NAME, None)
        response = self.get_response(request)
        if response.status_code == 405 and not response.get("Content-Type", "").startswith(PROBLEM_CONTENT_TYPE):
            response = _method_not_allowed(request, response)
        if response.has_header("Vary"):
            kept = [value.strip() for value in response["Vary"].split(",") if value.strip()]
            kept = [value for value in kept if value.lower() not in _IGNORED_VARY]
            if kept:
                response["Vary"] = ", ".join(kept)
            else:
                del response["Vary"]
        if head:
            request.method = "HEAD"
            if not response.streaming:
                response["Content-Length"] = str(len(response.content))
                response.content = b""
        return response
