"""Document and media URLs: the only ways files leave the server.

Documents are served by Wagtail's serve view behind the access check of
core/wagtail_hooks.py (`serve_only_public_documents`). With object storage
(WAGTAILDOCS_SERVE_METHOD = "redirect") the answer is a redirect to a signed URL
that expires within a minute, issued only after that check; the redirect itself
is never cached. Files under MEDIA_ROOT/documents are never served as media,
in development either: the media route below refuses that folder.
"""

import posixpath
import re
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import path, re_path
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import etag
from django.views.static import serve as static_serve
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served
from wagtail.documents.views import serve as wagtail_documents
from wagtail.utils import sendfile_streaming_backend
from wagtail.utils.sendfile import sendfile

DOCUMENTS_FOLDER = "documents/"


def without_guessed_encoding(response):
    """Wagtail's sendfile writes `Content-Encoding: encoding or guessed_encoding`
    (wagtail#3903), which sends the literal header "None" for most files and
    "gzip" for a .gz document, telling browsers and proxies to unpack a file
    served as it is stored. Documents are sent byte for byte: no content coding."""
    if "Content-Encoding" in response:
        del response["Content-Encoding"]
    return response


def serve_document(request, document_id: int, document_filename: str):
    response = without_guessed_encoding(wagtail_documents.serve(request, document_id, document_filename))
    if 300 <= response.status_code < 400:
        add_never_cache_headers(response)  # a signed URL must not outlive the check
    else:
        # Shared caches must ask again: a document stops being public when its page does.
        patch_cache_control(response, private=True, no_cache=True)
    return response


def serve_found_document(request, document):
    """Serve a document the caller has already fetched (the counted download finds
    it with its publication row), without Wagtail's second lookup by id.

    The same steps as Wagtail's `wagtail.documents.views.serve.serve` after its
    lookup, for files on a local disk served by Django ("serve_view"): the
    `before_serve_document` hooks, the `document_served` signal, conditional
    GET on the file hash, the attachment or inline disposition, and the headers
    that keep a document from running in the browser. Redirects to object storage
    and storages without local paths go through Wagtail's own view.
    """
    try:
        local_path = document.file.path
    except NotImplementedError:
        local_path = None
    if getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None) != "serve_view" or not local_path:
        return serve_document(request, document.pk, document.filename)
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    document_served.send(sender=get_document_model(), instance=document, request=request)

    @etag(lambda request: getattr(document, "file_hash", None))
    def serve_local(request):
        options = {
            "attachment": document.content_disposition != "inline",
            "attachment_filename": document.filename,
            "mimetype": document.content_type,
        }
        if not hasattr(settings, "SENDFILE_BACKEND"):
            options["backend"] = sendfile_streaming_backend.sendfile
        response = without_guessed_encoding(sendfile(request, local_path, **options))
        if getattr(settings, "WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT", True):
            response["Content-Security-Policy"] = "default-src 'none'"
        response["X-Content-Type-Options"] = "nosniff"
        return response

    response = serve_local(request)
    patch_cache_control(response, private=True, no_cache=True)
    return response


def serve_media(request, path: str):
    """Development only (settings.DEBUG): images and renditions, never documents.

    The folder is compared after the path is resolved the way the file would be
    opened, so `./documents/…`, `images/../documents/…` or a symbolic link into
    it cannot reach a document."""
    media_root = Path(settings.MEDIA_ROOT).resolve()
    target = (media_root / posixpath.normpath(path).lstrip("/")).resolve()
    if not target.is_relative_to(media_root) or target.is_relative_to(media_root / DOCUMENTS_FOLDER):
        raise Http404
    return static_serve(request, str(target.relative_to(media_root)), document_root=media_root)


document_urlpatterns = [
    path("documents/<int:document_id>/<path:document_filename>", serve_document, name="wagtaildocs_serve"),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        wagtail_documents.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]


def development_media_urlpatterns() -> list:
    prefix = re.escape(settings.MEDIA_URL.lstrip("/"))
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_media)]
