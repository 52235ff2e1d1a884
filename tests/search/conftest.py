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

    def install(function, content_type="home", label=None):
        register_search_document(HomePage, function, content_type=content_type, label=label or _("Page"))

    yield install
    register_search_document(HomePage, original or home_page_document, content_type="home", label=_("Page"))


@pytest.fixture
def postgres_only():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")


@pytest.fixture
def cluster(settings, monkeypatch):
    """A fake Elasticsearch 8 cluster (tests/search/fake_elasticsearch/) that the
    site's real client talks to: SEARCH_BACKEND is elasticsearch for the test."""
    from search import service
    from search.elasticsearch import connection
    from tests.search.fake_elasticsearch import FakeCluster

    fake = FakeCluster()
    monkeypatch.setattr(connection, "NODE_CLASS", fake.node_class())
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://es.test:9200"
    settings.ELASTICSEARCH_CLOUD_ID = ""
    settings.ELASTICSEARCH_API_KEY = ""
    settings.ELASTICSEARCH_CA_CERTS = ""
    service._backend.cache_clear()
    yield fake
    service._backend.cache_clear()
