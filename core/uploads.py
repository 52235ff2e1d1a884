"""Bounded uploads: a request body is refused before it is read, a file upload stops
at the limit, and Pillow never decodes an image larger than the site accepts.

`DATA_UPLOAD_MAX_MEMORY_SIZE` does not count files, and the document form checks
a file's size only after the whole body has arrived: a 5 GB upload would be
written to disk first. Here the declared length is checked before anything
reads the body (413), and the upload handler stops reading once the files
received pass `MAX_REQUEST_BODY_SIZE` (for a body that lies about its length).
"""

import json

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from PIL import Image

from .problems import PROBLEM_CONTENT_TYPE, Problem, text


def _limit() -> int:
    return settings.MAX_REQUEST_BODY_SIZE


def _too_large(request) -> HttpResponse:
    megabytes = _limit() // 1_000_000  # decimal, as every size shown (settings: MAX_UPLOAD_SIZE)
    if request.path.startswith("/api/"):
        detail = text(gettext_lazy("The request body is larger than %(size)s MB."), size=megabytes)
        body = Problem(413, detail).body_for(request)
        return HttpResponse(json.dumps(body), status=413, content_type=PROBLEM_CONTENT_TYPE)
    message = _("This upload is larger than %(size)s MB, the most the site accepts. Compress or split the file.")
    return HttpResponse(message % {"size": megabytes}, status=413, content_type="text/plain; charset=utf-8")


class RequestBodyLimitMiddleware:
    """413 for a declared Content-Length above MAX_REQUEST_BODY_SIZE, before the body is read."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > _limit():
            return _too_large(request)
        if _chunked_api_body(request):
            # Django reads no body without Content-Length: the endpoint would see
            # an empty request and name an internal parameter (attacker test F17).
            body = Problem(
                411,
                gettext_lazy("Send the JSON body with a Content-Length header; chunked bodies are not read."),
                code="invalid_value",
            ).body_for(request)
            return HttpResponse(json.dumps(body), status=411, content_type=PROBLEM_CONTENT_TYPE)
        return self.get_response(request)


def _chunked_api_body(request) -> bool:
    return (
        request.path.startswith("/api/")
        and request.method in ("POST", "PUT", "PATCH")
        and "chunked" in request.META.get("HTTP_TRANSFER_ENCODING", "").lower()
        and not request.META.get("CONTENT_LENGTH")
    )


class SizeLimitedUploadHandler(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS: counts the bytes of every file in the request
    and stops reading the body (dropping the connection) past the limit."""

    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > _limit():
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size):
        return None


def limit_image_decoding() -> None:
    """Pillow warns above MAX_IMAGE_PIXELS and refuses above twice that: make the
    refusal start at the upload limit, so a rendition or admin thumbnail of an
    image that got in another way (an old upload, a fixture) cannot take a gigabyte."""
    Image.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
