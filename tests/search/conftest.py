import pytest
from django.db import connection
from django.utils.translation import gettext_lazy as _

from core.search_registry import builder_for, register_search_document
from home.models import HomePage
from search.builders import home_page_document
from search.synonyms import register_abbreviation_source, unregister_abbreviation_source

GLOSSARY = {
    "en": [("WUF", "World Urban Forum"), ("SDG", "Sustainable Development Goal")],
    "fr": [("ODD", "objectifs de développement durable"), ("FUM", "Forum urbain mondial")],
}


def _glossary(locale):
    return GLOSSARY.get(locale.language_code, [])


@pytest.fixture(autouse=True)
def glossary():
    """A small glossary per language, registered as the abbreviation source."""
    register_abbreviation_source(_glossary)
    yield GLOSSARY
    unregister_abbreviation_source(_glossary)


@pytest.fixture
def builder():
    """Swap HomePage's builder for a test one: `builder(lambda page: SearchDocumentData(...), content_type=...)`."""
    original = builder_for(HomePage)

    def install(function, content_type="page", label=None):
        register_search_document(HomePage, function, content_type=content_type, label=label or _("Page"))

    yield install
    register_search_document(HomePage, original or home_page_document, content_type="page", label=_("Page"))


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
