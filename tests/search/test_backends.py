"""What each database promises (STACK.md: the two do not answer identically, so
each test asserts its own vendor's behaviour)."""

import pytest
from django.db import connection

from search import service
from search.models import SearchDocument
from tests.factories.search import PublishedPageFactory

pytestmark = pytest.mark.django_db


def found(query, locale):
    return sorted(result.title for result in service.search(query, locale).page.results)


@pytest.mark.postgres
def test_postgres_stems_each_language_with_its_own_configuration(home, locales, translate, postgres_only):
    page = PublishedPageFactory(parent=home, title="Cities and housing", hero_text="Growing cities.")
    translate(home, locales["fr"], {})
    translate(home, locales["ru"], {})
    translate(page, locales["fr"], {"Cities and housing": "Les logements des villes"})
    translate(page, locales["ru"], {"Cities and housing": "Жилищные программы городов"})
    assert found("city", locales["en"]) == ["Cities and housing"]
    assert found("logement", locales["fr"]) == ["Les logements des villes"]
    assert found("город", locales["ru"]) == ["Жилищные программы городов"]
    configs = dict(SearchDocument.objects.values_list("locale__language_code", "search_config"))
    assert configs == {"en": "english", "fr": "french", "ru": "russian"}


@pytest.mark.postgres
def test_postgres_keeps_a_generated_vector_behind_a_gin_index(home, postgres_only):
    PublishedPageFactory(parent=home, title="Resilience")
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM site_search_searchdocument")
        assert "'resili':1A" in cursor.fetchone()[0]
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'site_search_vector_gin'")
        assert "gin (search_vector)" in cursor.fetchone()[0]


def test_sqlite_ignores_accents(home, locales, translate):
    if connection.vendor != "sqlite":
        pytest.skip("SQLite behaviour")
    page = PublishedPageFactory(parent=home, title="Housing")
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing": "Développement urbain"})
    assert found("developpement", locales["fr"]) == ["Développement urbain"]
