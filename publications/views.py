"""Visitor routes without a language prefix: the counted download and the view beacon."""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.decorators import ratelimit

from core.delivery import public_pages
from core.documents import serve_found_document
from core.origins import require_allowed_origin
from core.rate_limits import client_address
from publications.counting import is_bot, record_download, record_view, repeats_a_download, repeats_a_view
from publications.models import PublicationDocument, PublicationPage


def download(request, row_id: int):
    """Count one download, then let Wagtail serve the file.

    The row belongs to one locale's copy of the publication, so the count gets
    that locale while being keyed to the publication's translation_key. Only
    rows of live, public, unexpired publications are served; anything else is
    a 404 and counts nothing.
    """
    row = get_object_or_404(
        PublicationDocument.objects.select_related("document", "page").filter(
            page__in=public_pages(PublicationPage).values("pk")
        ),
        pk=row_id,
    )
    page = row.page
    # The publication was found public just above: the before_serve_document
    # hook (core/wagtail_hooks.py) need not ask the registry again.
    request.document_access_checked = row.document_id
    response = serve_found_document(request, row.document)
    counted = request.method == "GET" and response.status_code < 400  # HEAD fetches no file
    if counted and not is_bot(request.headers.get("User-Agent")) and not repeats_a_download(request, row.pk):
        record_download(page.translation_key, row.document_id, page.locale_id)
    # No cache between us and the reader may answer in our place: each download counts.
    add_never_cache_headers(response)
    return response


def beacon_rate(group=None, request=None) -> str:
    # Read per request; a reader opens a few pages a minute, a script thousands.
    return str(getattr(settings, "PUBLICATIONS_BEACON_RATE", "120/m"))


# Counted per client address in the shared default cache (Redis when REDIS_URL is set).
BEACON_LIMIT = {"group": "publications.beacon", "key": client_address, "rate": beacon_rate, "method": "POST"}


def from_admin_preview(request) -> bool:
    """A beacon sent from a page shown inside the admin (its preview panel, or a
    preview left open in a tab): the editor, not a reader. Browsers send the
    admin address as the referrer (same origin)."""
    referrer = urlsplit(request.headers.get("Referer", ""))
    same_site = not referrer.netloc or referrer.netloc == request.get_host()
    return same_site and referrer.path.startswith(reverse("wagtailadmin_home"))


@csrf_exempt  # front ends on other origins post here; the origin check stands in for CSRF
@require_POST
@require_allowed_origin
@ratelimit(**BEACON_LIMIT, block=False)
def view_beacon(request, page_id: int):
    """Count a view of the abstract: a POST from the page or from a headless front end.

    Pages are cached and front ends never ask us for the page itself, so the
    beacon is the only view signal; it is never cached either. One client
    counts once per page and hour, as for downloads.
    """
    if getattr(request, "limited", False):
        return HttpResponse(status=429)
    page = public_pages(PublicationPage).filter(pk=page_id).only("translation_key", "locale_id").first()
    if page is None:
        raise Http404("No published publication with this id.")
    # Bots and previews are checked first, so they never mark a reader's page as seen.
    if (
        not is_bot(request.headers.get("User-Agent"))
        and not from_admin_preview(request)
        and not repeats_a_view(request, page_id)
    ):
        record_view(page.translation_key, page.locale_id)
    response = HttpResponse(status=204)
    add_never_cache_headers(response)
    return response
