"""What an uploaded document must be: an allowed type, under the limit, and really what its name says."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse
from wagtail.documents import get_document_model

from publications.files import content_matches_extension, declared_language, human_size, site_language
from publications.pdf import minimal_pdf

pytestmark = pytest.mark.django_db


def docx_bytes(language: str | None = "fr-FR", part: str = "word/document.xml") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(part, "<w:document/>")
        core = f"<cp:coreProperties><dc:language>{language}</dc:language></cp:coreProperties>" if language else "<x/>"
        archive.writestr("docProps/core.xml", core)
    return buffer.getvalue()


def upload(client, name: str, content: bytes):
    url = reverse("wagtaildocs:add")
    return client.post(url, {"title": "Upload", "file": SimpleUploadedFile(name, content), "collection": 1})


def test_real_pdf_is_accepted(admin_client):
    response = upload(admin_client, "report.pdf", minimal_pdf("Report"))
    assert response.status_code == 302
    assert get_document_model().objects.filter(title="Upload").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.pdf", b"MZ\x90\x00\x03 a Windows executable", "This file is not really a .pdf file"),
        ("report.docx", minimal_pdf("A PDF in disguise"), "This file is not really a .docx file"),
        ("figures.csv", b"a,b\n\x00\x01\x02", "This file is not really a .csv file"),
        ("slides.pptx", docx_bytes(), "This file is not really a .pptx file"),
    ],
)
def test_spoofed_extension_is_refused(admin_client, name, content, message):
    response = upload(admin_client, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not get_document_model().objects.exists()


def test_disallowed_type_is_refused_naming_the_allowed_ones(admin_client):
    response = upload(admin_client, "setup.exe", b"MZ\x90\x00")
    body = response.content.decode()
    assert not get_document_model().objects.exists()
    assert "pdf, docx, xlsx" in body


@override_settings(MAX_UPLOAD_SIZE=900)
def test_oversized_file_is_refused_with_the_limit(admin_client):
    response = upload(admin_client, "big.pdf", minimal_pdf("Big", padding=2000))
    assert "the limit is 900 B. Compress it or split it into parts." in response.content.decode()
    assert not get_document_model().objects.exists()


def test_language_is_read_from_the_file():
    assert declared_language(io.BytesIO(minimal_pdf("Rapport", language="fr-FR")), "pdf") == "fr-fr"
    assert declared_language(io.BytesIO(docx_bytes("es-ES")), "docx") == "es-es"
    assert declared_language(io.BytesIO(docx_bytes(None)), "docx") is None
    assert site_language("fr-fr") == "fr"
    assert site_language("zh-cn") == "zh-hans"
    assert site_language("sw") == "sw"


def test_detection_by_content():
    assert content_matches_extension(io.BytesIO(docx_bytes()), "docx")
    assert content_matches_extension(io.BytesIO("é,ü\n".encode()), "csv")
    assert not content_matches_extension(io.BytesIO(b"%PDF-1.4 text"), "txt")


@pytest.mark.parametrize(("size", "label"), [(512, "512 B"), (350_000, "350.0 kB"), (12_300_000, "12.3 MB")])
def test_sizes_are_shown_as_people_read_them(size, label):
    assert human_size(size) == label
