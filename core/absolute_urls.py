"""One base for every absolute URL the site writes: canonical, og:url, hreflang,
JSON-LD, the sitemap, calendar feeds and the emails.

With a request, the scheme and host of that request (what the visitor, or the
staff member whose action sends an email, is using): one page never mixes
hosts. Without one (management commands, cron, the email worker), the default
Site's root URL as configured under Settings → Sites. Wagtail's own
`page.get_full_url()` always uses the Site record, which is why a page served
at 127.0.0.1:8101 said `http://localhost/` in its canonical link while its
hreflang links used the request's host (found by the user test).

Code that composes an email inside a signal handler gets no request (Wagtail's
moderation and workflow notices, the project's translation review notice):
`current_base_url()` gives it the base of the request being answered, which
`RequestBaseMiddleware` remembers, so those emails follow the same rule.
"""

from contextvars import ContextVar
from urllib.parse import urljoin, urlsplit, urlunsplit

from wagtail.models import Site

FALLBACK_ROOT = "http://localhost"


def base_url(request=None) -> str:
    """The site's address ending in "/": the request's, else the default Site's."""
    if request is not None:
        return request.build_absolute_uri("/")
    site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site else FALLBACK_ROOT
    return root.rstrip("/") + "/"


# The request this thread or task is answering; None in commands, cron and workers.
_answering: ContextVar = ContextVar("absolute_urls_answering", default=None)


class RequestBaseMiddleware:
    """Remembers the request being answered for `current_base_url()`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _answering.set(request)
        try:
            return self.get_response(request)
        finally:
            _answering.reset(token)


def current_base_url() -> str:
    """`base_url` for code that is handed no request: the request being answered
    if there is one (a moderator submitting in the admin), else the default Site's."""
    return base_url(_answering.get())


def admin_base_url() -> str:
    """What Wagtail's `get_admin_base_url()` answers (core.patches): the one base,
    without the final "/" its email templates put before each path."""
    return current_base_url().rstrip("/")


def absolute_url(url: str | None, request=None, base: str | None = None) -> str:
    """`url` (a path such as "/fr/events/") made absolute on `base_url(request)`
    (or on `base`, worked out once by a caller writing many). Absolute URLs are
    left alone: they point elsewhere."""
    if not url:
        return ""
    if urlsplit(url).netloc:
        return url
    return urljoin(base or base_url(request), url)


def rebase(url: str | None, request=None, base: str | None = None) -> str:
    """A URL of this site's (as Wagtail writes it, with the Site record's host)
    moved onto the one base."""
    if not url:
        return ""
    parts = urlsplit(url)
    return absolute_url(urlunsplit(("", "", parts.path, parts.query, parts.fragment)), request, base)


def page_absolute_url(page, request=None, base: str | None = None) -> str:
    """The page's URL on the same base as every other absolute URL: Wagtail may
    answer with the Site record's host, which is replaced here."""
    return rebase(page.get_url(request), request, base) if page is not None else ""
