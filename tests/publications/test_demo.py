import pytest

import home.demo
import publications.demo
from publications.models import PublicationDocument, PublicationPage
from publications.validation import abstract_problem

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def test_demo_publications_are_valid_translated_and_idempotent(client):
    home.demo.load(lambda message: None)
    log = []
    publications.demo.load(log.append)
    english = PublicationPage.objects.live().filter(locale__language_code="en")
    assert english.count() >= 30
    assert all(abstract_problem(page.abstract, "en") is None for page in english)
    assert all(page.thematic_area_rows.exists() and page.documents.exists() for page in english)
    for code in ("fr", "es", "ar"):
        assert PublicationPage.objects.live().filter(locale__language_code=code).exists(), code
    assert set(PublicationDocument.objects.values_list("file_format", flat=True)) == {"pdf"}
    assert {"en", "fr", "es", "ar"} <= set(PublicationDocument.objects.values_list("language", flat=True))
    before = PublicationPage.objects.count()
    log.clear()
    publications.demo.load(log.append)
    assert PublicationPage.objects.count() == before
    assert "publications: 32 (0 created)" in log
    body = client.get("/ar/publications/").content.decode()
    assert "تبريد الأحياء غير الرسمية" in body
