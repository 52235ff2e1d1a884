"""Links keep the visitor in their language: the translation where it is live,
else the locale's fallback URL, which serves the English page with a notice."""

import pytest

from core.links import localized_url, localized_urls
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.translation_support import publish_confirmed


@pytest.fixture
def section(home):
    return PublicationIndexPageFactory(parent=home, title="Publications", slug="publications")


def test_a_page_in_the_visitors_locale_keeps_its_url(section, locales):
    page = PublicationPageFactory(parent=section, slug="air-quality")
    assert localized_url(page, locales["en"]) == "/publications/air-quality/"


def test_an_untranslated_page_links_to_the_locales_fallback_url(section, locales, translate, client):
    translate(section.get_parent().specific, locales["fr"], {})
    page = PublicationPageFactory(parent=section, slug="air-quality", title="Air quality")
    url = localized_url(page, locales["fr"])
    assert url == "/fr/publications/air-quality/"
    response = client.get(url)
    assert response.status_code == 200
    assert "Air quality" in response.content.decode()


def test_a_translated_ancestor_gives_its_own_path_to_the_fallback(section, locales, translate):
    translate(section.get_parent().specific, locales["fr"], {})
    french_section, _ = translate(section, locales["fr"], {"publications": "publications-fr"})
    french_section.slug = "rapports"
    publish_confirmed(french_section)  # the rest of its text is still English
    page = PublicationPageFactory(parent=section, slug="air-quality")
    assert localized_url(page, locales["fr"]) == "/fr/rapports/air-quality/"


def test_a_live_translation_is_linked_directly(section, locales, translate):
    translate(section.get_parent().specific, locales["fr"], {})
    translate(section, locales["fr"], {})
    page = PublicationPageFactory(parent=section, slug="air-quality")
    french, _ = translate(page, locales["fr"], {})
    assert localized_url(page, locales["fr"]) == french.get_url()
    assert localized_url(french, locales["en"]) == "/publications/air-quality/"


def test_an_unpublished_translation_is_not_linked(section, locales, translate):
    translate(section.get_parent().specific, locales["fr"], {})
    page = PublicationPageFactory(parent=section, slug="air-quality")
    french, _ = translate(page, locales["fr"], {}, publish=False)
    assert not french.live
    assert localized_url(page, locales["fr"]) == "/fr/publications/air-quality/"


def test_without_a_home_page_in_the_locale_the_page_keeps_its_own_url(section, locales):
    page = PublicationPageFactory(parent=section, slug="air-quality")
    assert localized_url(page, locales["ar"]) == "/publications/air-quality/"


def test_many_links_cost_two_queries(section, locales, translate, django_assert_num_queries):
    translate(section.get_parent().specific, locales["fr"], {})
    pages = [PublicationPageFactory(parent=section, slug=f"p{n}") for n in range(12)]
    with django_assert_num_queries(2):
        urls = localized_urls(pages, locales["fr"])
    assert sorted(urls.values()) == sorted(f"/fr/publications/p{n}/" for n in range(12))
