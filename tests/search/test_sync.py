"""Documents follow what the public can see: publish, unpublish, move, delete,
view restrictions, translations, and the rebuild command."""

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from search.models import SearchDocument
from tests.factories.search import PublishedPageFactory

pytestmark = pytest.mark.django_db


def titles():
    return sorted(SearchDocument.objects.values_list("title", flat=True))


def test_publishing_creates_one_document_per_page_and_locale(home):
    page = PublishedPageFactory(parent=home, title="Housing report", hero_text="Homes for all.")
    document = SearchDocument.objects.get(page=page)
    assert (document.title, document.snippet, document.content_type) == ("Housing report", "Homes for all.", "home")
    assert document.url == "/housing-report/" or document.url.endswith(f"/{page.slug}/")
    assert document.locale.language_code == "en"
    assert document.translation_key == page.translation_key


def test_draft_changes_are_not_searchable_until_published(home):
    page = PublishedPageFactory(parent=home, title="Old title")
    page.title = "New draft title"
    page.save_revision()
    assert titles() == ["Old title"]
    page.get_latest_revision().publish()
    assert titles() == ["New draft title"]


def test_unpublishing_removes_the_document(home):
    page = PublishedPageFactory(parent=home)
    page.unpublish()
    assert not SearchDocument.objects.filter(page=page).exists()


def test_unpublished_page_is_never_indexed(home):
    PublishedPageFactory(parent=home, title="Draft only", publish=False, live=False)
    assert titles() == []


def test_moving_a_page_updates_its_url_and_its_childrens(home):
    section = PublishedPageFactory(parent=home, slug="section")
    other = PublishedPageFactory(parent=home, slug="other")
    child = PublishedPageFactory(parent=section, slug="child")
    section.move(other, pos="last-child")
    assert SearchDocument.objects.get(page=child).url == "/other/section/child/"
    assert SearchDocument.objects.get(page=section).url == "/other/section/"


def test_deleting_a_page_removes_its_document(home):
    page = PublishedPageFactory(parent=home)
    page.delete()
    assert SearchDocument.objects.count() == 0


def test_a_private_section_leaves_search_and_returns_when_public(home):
    section = PublishedPageFactory(parent=home, title="Section")
    PublishedPageFactory(parent=section, title="Inside")
    restriction = PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")
    assert titles() == []
    restriction.delete()
    assert titles() == ["Inside", "Section"]


def test_published_translation_gets_its_own_document(home, locales, translate):
    page = PublishedPageFactory(parent=home, title="Housing")
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing": "Logement"})
    french = SearchDocument.objects.get(locale=locales["fr"], translation_key=page.translation_key)
    assert french.title == "Logement"
    assert french.url.startswith("/fr/")
    assert french.search_config == "french"


def test_unpublished_translation_has_no_document(home, locales, translate):
    page = PublishedPageFactory(parent=home, title="Housing")
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing": "Logement"}, publish=False)
    assert not SearchDocument.objects.filter(locale=locales["fr"], title="Logement").exists()


def test_rebuild_command_recreates_documents(home):
    PublishedPageFactory(parent=home, title="One")
    PublishedPageFactory(parent=home, title="Two")
    SearchDocument.objects.all().delete()
    call_command("rebuild_search_documents", verbosity=0)
    assert titles() == ["Better cities", "One", "Two"]


def test_thematic_areas_and_countries_come_from_the_builder(home, builder):
    from tests.factories.search import document_data

    builder(lambda page: document_data(page, thematic_areas=[("housing", "Housing")], countries=["KE", "BR"]))
    page = PublishedPageFactory(parent=home)
    tags = list(SearchDocument.objects.get(page=page).tags.values_list("kind", "slug"))
    assert tags == [("area", "housing"), ("country", "KE"), ("country", "BR")]
    # The same values on the row itself, which the database backend reads
    # (results and facets without a join).
    document = SearchDocument.objects.get(page=page)
    assert document.areas == [["housing", "Housing"]]
    assert document.countries == ["KE", "BR"]


def test_repeated_areas_and_countries_are_stored_once_on_the_row(home, builder):
    from tests.factories.search import document_data

    builder(
        lambda page: document_data(
            page,
            thematic_areas=[("housing", "Housing"), ("water", "Water"), ("housing", "Again")],
            countries=["KE", "KE"],
        )
    )
    page = PublishedPageFactory(parent=home)
    document = SearchDocument.objects.get(page=page)
    assert document.areas == [["housing", "Housing"], ["water", "Water"]]
    assert document.countries == ["KE"]
