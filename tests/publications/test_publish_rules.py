"""What a published publication must have, checked when publishing and not on drafts."""

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from wagtail.documents import get_document_model
from wagtail.test.utils.form_data import rich_text

from publications.validation import measure_abstract, plain_text
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import DocumentFactory

from .admin_forms import create, created_page, form_data, words

pytestmark = pytest.mark.django_db


@pytest.fixture
def area(db):
    return ThematicAreaFactory()


@pytest.fixture
def document(db):
    return DocumentFactory()


def errors_of(response) -> str:
    return response.content.decode()


def test_complete_publication_is_published(admin_client, index, area, document):
    response = create(admin_client, index, form_data(areas=[area], documents=[document]))
    page = created_page()
    assert page is not None and page.live, errors_of(response)[:3000]
    row = page.documents.get()
    assert (row.file_format, row.language) == ("pdf", "en")
    assert row.file_size == document.file.size


def test_draft_may_be_incomplete(admin_client, index):
    create(admin_client, index, form_data(abstract="", publish=False))
    page = created_page()
    assert page is not None and not page.live
    assert plain_text(page.abstract) == ""


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        ("", "a published publication opens with an abstract"),
        (words(29), "it has 29 words; a published abstract needs at least 30"),
        (words(251), "it has 251 words; a published abstract has at most 250"),
    ],
)
def test_abstract_missing_short_or_long_is_refused_with_its_count(
    admin_client, index, area, document, abstract, expected
):
    response = create(admin_client, index, form_data(abstract=abstract, areas=[area], documents=[document]))
    assert created_page() is None
    assert expected in errors_of(response)


@pytest.mark.parametrize("count", [30, 250])
def test_abstract_bounds_are_inclusive(admin_client, index, area, document, count):
    create(admin_client, index, form_data(abstract=words(count), areas=[area], documents=[document]))
    assert created_page().live


def test_chinese_abstract_is_counted_in_characters():
    assert measure_abstract("<p>" + "城市" * 20 + "</p>", "zh-hans").unit == "characters"
    assert measure_abstract("<p>" + "城市" * 20 + "</p>", "en").count == 40  # detected from the text too
    assert measure_abstract("<p>Safe streets for children</p>", "en").count == 4


def test_chinese_abstract_message_states_the_character_bound(admin_client, index, area, document):
    response = create(
        admin_client, index, form_data(abstract="<p>" + "城市" * 20 + "</p>", areas=[area], documents=[document])
    )
    assert "it has 40 characters; an abstract in Chinese needs at least 60 characters" in errors_of(response)


def test_no_thematic_area_is_refused(admin_client, index, document):
    response = create(admin_client, index, form_data(documents=[document]))
    assert created_page() is None
    assert "Thematic areas: choose at least one" in errors_of(response)


def test_nothing_to_read_is_refused(admin_client, index, area):
    response = create(admin_client, index, form_data(areas=[area]))
    assert created_page() is None
    assert "Documents: add at least one document, or write the read-online text" in errors_of(response)


def test_read_online_body_replaces_a_document(admin_client, index, area):
    body = [("paragraph", rich_text("<p>The text itself.</p>"))]
    response = create(admin_client, index, form_data(areas=[area], body=body))
    page = created_page()
    assert page is not None and page.live, errors_of(response)[:2000]


def test_spoofed_document_in_the_library_is_refused_at_publish(admin_client, index, area):
    spoofed = get_document_model().objects.create(
        title="Not a PDF", file=ContentFile(b"MZ\x90\x00 executable bytes", name="report.pdf")
    )
    response = create(admin_client, index, form_data(areas=[area], documents=[spoofed]))
    assert created_page() is None
    assert "This file is not really a .pdf file" in errors_of(response)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("isbn", "978-92-1-132878-4", "is not a valid ISBN"),
        ("doi", "https://doi.org/10.1000/182", "Write the DOI without its URL prefix"),
    ],
)
def test_bad_identifiers_are_refused(admin_client, index, area, document, field, value, message):
    response = create(admin_client, index, form_data(areas=[area], documents=[document], **{field: value}))
    assert created_page() is None
    assert message in errors_of(response)


def test_valid_identifiers_are_kept(admin_client, index, area, document):
    create(
        admin_client,
        index,
        form_data(areas=[area], documents=[document], isbn="978-92-1-132878-3", doi="10.18356/9789210000000"),
    )
    page = created_page()
    assert (page.isbn, page.doi) == ("978-92-1-132878-3", "10.18356/9789210000000")


@override_settings(PUBLICATIONS_LARGE_DOCUMENT_SIZE=100)
def test_large_document_without_read_online_text_gets_a_warning(admin_client, index, area, document):
    response = create(admin_client, index, form_data(areas=[area], documents=[document]))
    assert created_page().live  # a warning, not a refusal
    assert "over 100 B, and this publication has no read-online text" in errors_of(response)


@override_settings(PUBLICATIONS_LARGE_DOCUMENT_SIZE=100)
def test_large_document_with_read_online_text_gets_no_warning(admin_client, index, area, document):
    body = [("paragraph", rich_text("<p>The key text.</p>"))]
    response = create(admin_client, index, form_data(areas=[area], documents=[document], body=body))
    assert created_page().live
    assert "no read-online text" not in errors_of(response)
