"""Uploads an attacker would try: archive bombs, pixel bombs, endless bodies, spoofed types.

Each is refused with a message the editor can act on, within a bounded amount of
memory and time, before it costs the server what it claims to be.
"""

import io
import struct
import time
import tracemalloc
import zipfile
import zlib

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import StopUpload
from django.test import override_settings
from django.urls import reverse
from PIL import Image
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from core.uploads import SizeLimitedUploadHandler
from publications.files import content_matches_extension, declared_language

pytestmark = pytest.mark.django_db

ODT = "application/vnd.oasis.opendocument.text"


def bomb(extension_mimetype: str = ODT, inflated: int = 200 * 1024 * 1024, member: str = "mimetype") -> bytes:
    """A valid-looking OpenDocument whose `member` inflates to `inflated` bytes of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if member != "mimetype":
            archive.writestr("mimetype", extension_mimetype, compress_type=zipfile.ZIP_STORED)
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as stream:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(inflated // len(chunk)):
                stream.write(chunk)
    return buffer.getvalue()


def pixel_bomb_png(width: int = 11000, height: int = 11000) -> bytes:
    """A 1-bit PNG of width × height white pixels: about 15 kB on disk, 121 megapixels decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\0" + b"\xff" * ((width + 7) // 8)
    compressor = zlib.compressobj(9)
    data = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def measured(function, *args):
    tracemalloc.start()
    started = time.monotonic()
    try:
        result = function(*args)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, peak, time.monotonic() - started


@pytest.mark.parametrize("extension", ["odt", "ods", "epub"])
def test_zip_bomb_mimetype_is_not_inflated(extension):
    upload = io.BytesIO(bomb())
    assert len(upload.getvalue()) < 1024 * 1024
    matches, peak, seconds = measured(content_matches_extension, upload, extension)
    assert matches is False
    assert peak < 5 * 1024 * 1024 and seconds < 2


def test_zip_bomb_metadata_is_not_inflated():
    upload = io.BytesIO(bomb(member="meta.xml"))
    language, peak, _ = measured(declared_language, upload, "odt")
    assert language is None and peak < 5 * 1024 * 1024


def test_zip_bomb_upload_is_refused_in_the_admin(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bomb", "file": SimpleUploadedFile("minutes.odt", bomb()), "collection": 1},
    )
    assert "This file is not really a .odt file" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_pixel_bomb_image_is_refused_before_decoding(admin_client):
    png = pixel_bomb_png()
    assert len(png) < 40 * 1024
    started = time.monotonic()
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Bomb", "file": SimpleUploadedFile("map.png", png, content_type="image/png"), "collection": 1},
    )
    assert time.monotonic() - started < 5
    assert "pixels" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_pillow_refuses_to_decode_past_the_limit(settings):
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(pixel_bomb_png())).load()


@override_settings(MAX_REQUEST_BODY_SIZE=10_000)
@pytest.mark.parametrize("url", ["/admin/documents/add/", "/api/v1/search", "/beacon/publications/1/"])
def test_declared_oversized_body_is_refused_before_it_is_read(admin_client, url):
    response = admin_client.generic(
        "POST", url, b"x" * 100, content_type="application/octet-stream", CONTENT_LENGTH="5000000000"
    )
    assert response.status_code == 413


@override_settings(MAX_REQUEST_BODY_SIZE=10_000)
def test_upload_handler_stops_reading_past_the_limit():
    handler = SizeLimitedUploadHandler()
    handler.handle_raw_input(None, {}, 0, b"")
    handler.receive_data_chunk(b"x" * 8000, 0)
    with pytest.raises(StopUpload) as stopped:
        handler.receive_data_chunk(b"x" * 8000, 8000)
    assert stopped.value.connection_reset


def test_executable_renamed_as_pdf_is_refused(admin_client):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Tool", "file": SimpleUploadedFile("report.pdf", b"MZ\x90\x00 executable"), "collection": 1},
    )
    assert "This file is not really a .pdf file" in response.content.decode()


@pytest.mark.parametrize("url", ["/api/v1/subscriptions", "/api/v1/donate/gifts"])
def test_chunked_json_body_without_length_is_refused_with_a_reason(client, url):
    response = client.generic(
        "POST", url, b"", content_type="application/json", HTTP_TRANSFER_ENCODING="chunked", CONTENT_LENGTH=""
    )
    assert response.status_code == 411
    assert response["Content-Type"] == "application/problem+json"
    assert "Content-Length" in response.json()["detail"]
