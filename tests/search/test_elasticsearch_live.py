"""Against a real Elasticsearch 8 server; skipped unless ELASTICSEARCH_URL is set:

    ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/pytest tests/search/test_elasticsearch_live.py -p no:cacheprovider

Each test builds its own index under a throwaway alias and deletes it after.
"""

import os
import uuid

import pytest
from wagtail.models import PageViewRestriction

from search import service
from search.backends import elasticsearch as es
from search.results import Filters
from tests.factories.search import PublishedPageFactory

URL = os.environ.get("ELASTICSEARCH_URL", "")
pytestmark = [pytest.mark.django_db, pytest.mark.skipif(not URL, reason="set ELASTICSEARCH_URL to run")]


@pytest.fixture
def backend(settings, monkeypatch):
    settings.SEARCH_ELASTICSEARCH_ALIAS = f"test-content-{uuid.uuid4().hex[:8]}"
    live = es.ElasticsearchBackend(URL)
    monkeypatch.setattr(service, "get_backend", lambda: live)
    yield live
    live.client.indices.delete(index=f"{settings.SEARCH_ELASTICSEARCH_ALIAS}-*", ignore_unavailable=True)


def titles(answer):
    return sorted(result.title for result in answer.page.results)


def test_search_with_synonyms_facets_highlights_and_only_public(home, locales, translate, backend):
    PublishedPageFactory(parent=home, title="World Urban Forum opens", hero_text="Delegates arrive.")
    PublishedPageFactory(parent=home, title="Housing", introduction="<p>Notes from the WUF.</p>")
    PublishedPageFactory(parent=home, title="WUF draft", publish=False, live=False)
    private = PublishedPageFactory(parent=home, title="WUF private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    backend.rebuild()
    answer = service.search("wuf", locales["en"])
    assert titles(answer) == ["Housing", "World Urban Forum opens"]
    assert any("<mark>" in result.snippet for result in answer.page.results)
    assert answer.page.facets["type"][0].count == 2
    assert service.search("wuf", locales["en"], Filters(type="page")).page.count == 2


def test_publish_and_unpublish_reach_the_index(home, backend, locales):
    backend.rebuild()
    page = PublishedPageFactory(parent=home, title="Resilient cities")
    backend.client.indices.refresh(index=es.alias_name())
    assert titles(service.search("resilient", locales["en"])) == ["Resilient cities"]
    page.unpublish()
    backend.client.indices.refresh(index=es.alias_name())
    assert titles(service.search("resilient", locales["en"])) == []


def test_rebuild_swaps_the_alias(home, backend):
    PublishedPageFactory(parent=home, title="One")
    backend.rebuild()
    first = set(backend.client.indices.get_alias(name=es.alias_name()))
    backend.rebuild()
    second = set(backend.client.indices.get_alias(name=es.alias_name()))
    assert first and second and first != second
    assert not backend.client.indices.exists(index=next(iter(first)))
