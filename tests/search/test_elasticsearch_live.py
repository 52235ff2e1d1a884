"""Against a real Elasticsearch 8 server: `make test-es` (see the README,
"Elasticsearch: the live suite"). Skipped unless ELASTICSEARCH_URL (or
ELASTICSEARCH_CLOUD_ID) is set; under `make test-es` a missing server is an error.

What the fake cluster cannot check lives here: that words match the way the
analysers index them (stop words, apostrophes, vowel marks, Chinese bigrams,
synonyms, prefixes), and that the cluster accepts the index definition.

Each test builds its indices under a throwaway alias and deletes them by name
afterwards (Elasticsearch 8 refuses wildcard deletes).
"""

import os
import uuid

import pytest
from elasticsearch import BadRequestError
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from search import service
from search.elasticsearch import lifecycle
from search.elasticsearch.mapping import alias_name
from search.results import Filters
from tests.factories.search import PublishedPageFactory, document_data

CONFIGURED = bool(os.environ.get("ELASTICSEARCH_URL") or os.environ.get("ELASTICSEARCH_CLOUD_ID"))
REQUIRED = bool(os.environ.get("ES_LIVE_REQUIRED"))
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not CONFIGURED and not REQUIRED, reason="set ELASTICSEARCH_URL to run (make test-es)"),
]


@pytest.fixture
def backend(settings):
    if not CONFIGURED:
        pytest.fail("make test-es needs ELASTICSEARCH_URL (or ELASTICSEARCH_CLOUD_ID) pointing at Elasticsearch 8")
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.SEARCH_ELASTICSEARCH_ALIAS = f"test-content-{uuid.uuid4().hex[:8]}"
    service._backend.cache_clear()
    live = service.get_backend()
    yield live
    lifecycle.drop(live.index_client, settings.SEARCH_ELASTICSEARCH_ALIAS)
    service._backend.cache_clear()


def flush(backend) -> None:
    """What the worker does, then a refresh so that searches see it at once."""
    result = backend.sync()
    assert not result.errors, result.errors
    backend.index_client.indices.refresh(index=alias_name())


def rebuild(backend, **options) -> None:
    backend.rebuild(**options)
    backend.index_client.indices.refresh(index=alias_name())


def titles(query, locale, filters=None, **window):
    return sorted(result.title for result in service.search(query, locale, filters, **window).page.results)


def in_locale(home, translate, locale, english_title, translated_title, body=None):
    """A page published in English and translated into `locale`."""
    page = PublishedPageFactory(parent=home, title=english_title)
    translate(home, locale, {})
    strings = {english_title: translated_title}
    if body:
        strings["The body of the page."] = body
    translated, _created = translate(page, locale, strings)
    return translated


def test_search_with_synonyms_facets_highlights_and_only_public(home, locales, backend):
    PublishedPageFactory(parent=home, title="World Urban Forum opens", hero_text="Delegates arrive.")
    PublishedPageFactory(parent=home, title="Housing", introduction="<p>Notes from the WUF.</p>")
    PublishedPageFactory(parent=home, title="WUF draft", publish=False, live=False)
    private = PublishedPageFactory(parent=home, title="WUF private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    rebuild(backend)
    answer = service.search("wuf", locales["en"])
    assert sorted(result.title for result in answer.page.results) == ["Housing", "World Urban Forum opens"]
    assert any("<mark>" in result.snippet for result in answer.page.results)
    assert answer.page.facets["type"][0].count == 2
    assert service.search("wuf", locales["en"], Filters(type="home")).page.count == 2


def test_stop_words_do_not_empty_a_search(home, locales, translate, backend):
    PublishedPageFactory(parent=home, title="The future of cities")
    in_locale(home, translate, locales["fr"], "City forum", "Le forum de la ville")
    rebuild(backend)
    assert titles("the future of cities", locales["en"]) == ["The future of cities"]
    assert "Le forum de la ville" in titles("forum de la ville", locales["fr"])


def test_apostrophes_and_elisions(home, locales, translate, backend, glossary, monkeypatch):
    monkeypatch.setitem(glossary, "fr", [*glossary["fr"], ("PLH", "plan local de l'habitat")])
    PublishedPageFactory(parent=home, title="Children’s playgrounds")
    in_locale(home, translate, locales["fr"], "Housing today", "L'habitat d'aujourd'hui",
              body="Le plan local de l'habitat est adopté.")  # fmt: skip
    rebuild(backend)
    assert titles("children’s", locales["en"]) == ["Children’s playgrounds"]
    assert titles("children's playgrounds", locales["en"]) == ["Children’s playgrounds"]
    assert "L'habitat d'aujourd'hui" in titles("aujourd'hui", locales["fr"])
    assert "L'habitat d'aujourd'hui" in titles("habitat", locales["fr"])
    assert "L'habitat d'aujourd'hui" in titles("PLH", locales["fr"]), "a glossary expansion with an apostrophe"


def test_arabic_words_with_vowel_marks(home, locales, translate, backend):
    in_locale(home, translate, locales["ar"], "Sustainable cities", "المدن المستدامة")
    rebuild(backend)
    assert "المدن المستدامة" in titles("المُدُن المُسْتَدَامَة", locales["ar"])


def test_chinese_matches_as_bigrams(home, locales, translate, backend, glossary, monkeypatch):
    monkeypatch.setitem(glossary, "zh-hans", [("城规", "城市规划")])
    in_locale(home, translate, locales["zh-hans"], "Urban planning and housing", "城市规划与住房")
    rebuild(backend)
    assert "城市规划与住房" in titles("城市规划", locales["zh-hans"])
    assert "城市规划与住房" in titles("住房", locales["zh-hans"])
    assert "城市规划与住房" in titles("城规", locales["zh-hans"]), "a Chinese glossary rule, read as bigrams"
    assert "城市规划与住房" not in titles("规住", locales["zh-hans"]), "characters that never touch"


def test_deep_pages_stop_at_ten_thousand(home, locales, backend):
    for number in range(3):
        PublishedPageFactory(parent=home, title=f"Report {number}")
    rebuild(backend)
    answer = service.search("report", locales["en"], offset=9_990, limit=10)
    assert answer.page.count == 3 and answer.page.results == []
    with pytest.raises(service.WindowTooDeep):
        service.search("report", locales["en"], offset=9_995, limit=10)
    with pytest.raises(BadRequestError, match="search_phase_execution_exception"):
        backend.search_client.search(index=alias_name(), from_=9_995, size=10)


def rebuild_while(backend, pages, change) -> None:
    """Rebuild in chunks of two; after the first chunk, `change(page)` one of the
    pages already in the new index, as an editor would, and let the worker send it
    (through the alias: to the old index)."""
    client = backend.index_client
    old = set(client.indices.get_alias(name=alias_name()))

    def during_rebuild(done, total):
        if done != 2:
            return
        (new,) = set(client.indices.get(index=f"{alias_name()}-*")) - old
        change(next(page for page in pages if client.exists(index=new, id=page.pk)))
        flush(backend)

    rebuild(backend, progress=during_rebuild, chunk_size=2)


def test_a_publish_during_a_rebuild(home, locales, backend):
    pages = [PublishedPageFactory(parent=home, title=f"Page {number}") for number in range(6)]
    rebuild(backend)
    flush(backend)

    def edit_and_publish(page):
        page.title = "Renamed while rebuilding"
        page.save_revision().publish()
        PublishedPageFactory(parent=home, title="Published while rebuilding")

    rebuild_while(backend, pages, edit_and_publish)
    found = titles("page", locales["en"])  # every page's text says "page"
    assert "Renamed while rebuilding" in found and "Published while rebuilding" in found
    assert len(found) == 7


def test_an_unpublish_during_a_rebuild(home, locales, backend):
    pages = [PublishedPageFactory(parent=home, title=f"Page {number}") for number in range(6)]
    rebuild(backend)
    flush(backend)
    gone = []

    def unpublish(page):
        page.unpublish()
        gone.append(page.title)

    rebuild_while(backend, pages, unpublish)
    found = titles("page", locales["en"])
    assert len(found) == 5 and gone[0] not in found


def test_writes_before_the_first_rebuild_create_no_index(home, locales, backend):
    PublishedPageFactory(parent=home, title="Early news")
    assert backend.sync().sent == 1
    assert not backend.index_client.indices.exists(index=alias_name())
    rebuild(backend)
    assert titles("early", locales["en"]) == ["Early news"]


def test_an_index_squatting_the_alias_name_is_replaced(home, locales, backend):
    backend.index_client.index(index=alias_name(), id="1", document={"content_type": "page"}, refresh=True)
    PublishedPageFactory(parent=home, title="Housing")
    rebuild(backend)
    answer = service.search("housing", locales["en"])
    assert [result.title for result in answer.page.results] == ["Housing"] and answer.page.facets["type"]


def test_two_rebuilds_in_the_same_second(home, backend):
    PublishedPageFactory(parent=home, title="One")
    with freeze_time("2026-03-01 12:00:00"):
        backend.rebuild()
        first = set(backend.index_client.indices.get_alias(name=alias_name()))
        backend.rebuild()
        second = set(backend.index_client.indices.get_alias(name=alias_name()))
    assert first and second and first != second
    assert not backend.index_client.indices.exists(index=next(iter(first)))


def test_autocomplete_on_unstemmed_prefixes_with_every_word(home, locales, backend):
    for title in ("Housing for all", "Urban forum", "Urban water", "Forest cities"):
        PublishedPageFactory(parent=home, title=title)
    rebuild(backend)

    def suggested(text):
        return sorted(item["title"] for item in service.autocomplete(text, locales["en"]))

    assert suggested("housi") == ["Housing for all"]
    assert suggested("urban fo") == ["Urban forum"]


def test_html_entities_and_long_fields(home, locales, backend, builder):
    builder(lambda page: document_data(page, body="word " * 250_000 if page.title == "Long" else page.introduction))
    PublishedPageFactory(parent=home, title="Jobs", hero_text="Homes & jobs")
    PublishedPageFactory(parent=home, title="Long")
    rebuild(backend)
    (jobs,) = service.search("jobs", locales["en"]).page.results
    assert "&amp;amp;" not in jobs.snippet and "Homes &amp; <mark>jobs</mark>" in jobs.snippet
    assert titles("word", locales["en"]) == ["Long"], "a field past 1,000,000 characters still highlights"


def test_glossary_changes_reach_the_synonyms_without_a_rebuild(home, locales, backend, glossary, monkeypatch):
    if not lifecycle.synonym_sets_supported(backend.index_client):
        pytest.skip("synonyms sets need Elasticsearch 8.10 or later")
    PublishedPageFactory(parent=home, title="Housing, land and property rights")
    rebuild(backend)
    body = {"query": {"match": {"title_en": "hlp"}}}

    def raw_hits():
        # Straight to the analyser, without the query plan's own expansion.
        return backend.search_client.search(index=alias_name(), body=body)["hits"]["total"]["value"]

    assert raw_hits() == 0
    monkeypatch.setitem(glossary, "en", [*glossary["en"], ("HLP", "housing land and property")])
    from search.elasticsearch.outbox import enqueue_glossary

    enqueue_glossary()
    flush(backend)
    assert raw_hits() == 1
