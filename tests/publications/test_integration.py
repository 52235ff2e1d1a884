"""How other parts of the site see publications: search documents, selectors, the editor."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from core.search_registry import builder_for, content_type_labels
from publications.counting import record_download, record_view
from publications.models import PublicationPage
from publications.selectors import download_totals, latest_publications, localized_publications, view_totals
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import PublicationPageFactory

pytestmark = pytest.mark.django_db


def test_search_document_uses_the_abstract_as_snippet(index):
    page = PublicationPageFactory(parent=index, thematic_areas=[ThematicAreaFactory(slug="water", name="Water")])
    document = builder_for(PublicationPage)(page)
    assert document.content_type == "publication"
    assert document.snippet.startswith("This report looks at how secondary cities")
    assert "<p>" not in document.snippet
    assert document.thematic_areas == [("water", "Water")]
    assert str(content_type_labels()["publication"]) == "Publication"


def test_selectors_give_public_items_and_totals(index, locales):
    shown = PublicationPageFactory(parent=index, title="Shown")
    hidden = PublicationPageFactory(parent=index, title="Hidden")
    hidden.unpublish()
    assert [page.title for page in latest_publications(locales["en"])] == ["Shown"]
    assert [page.title for page in localized_publications([shown, hidden], locales["fr"])] == ["Shown"]
    document = shown.documents.get().document_id
    old = timezone.localdate() - timedelta(days=40)
    record_download(shown.translation_key, document, locales["en"].pk)
    record_download(shown.translation_key, document, locales["fr"].pk, day=old)
    record_view(shown.translation_key, locales["en"].pk)
    assert download_totals([shown.translation_key]) == {shown.translation_key: 2}
    assert download_totals([shown.translation_key], start=timezone.localdate() - timedelta(days=7)) == {
        shown.translation_key: 1
    }
    assert download_totals([shown.translation_key], locale=locales["fr"]) == {shown.translation_key: 1}
    assert view_totals([shown.translation_key, hidden.translation_key]) == {shown.translation_key: 1}


def test_editor_opens_the_publication_form_and_the_report_menu(admin_client, index):
    url = reverse("wagtailadmin_pages:add", args=("publications", "publicationpage", index.pk))
    body = admin_client.get(url).content.decode()
    assert 'name="abstract"' in body and "thematic_area_rows-TOTAL_FORMS" in body
    page = PublicationPageFactory(parent=index)
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    assert "/admin/reports/publication-reach/" in admin_client.get("/admin/").content.decode()
