"""The Elasticsearch backend, without a server: the index definition and the
query bodies are pinned by snapshots (UPDATE_SNAPSHOTS=1 rewrites them), and the
backend is driven against a recording stand-in for the client."""

import datetime
import json
import os
from pathlib import Path

import pytest
from wagtail.models import Locale

from search.backends import elasticsearch as es
from search.models import SearchDocument
from search.query import parse_query
from search.results import Filters
from tests.factories.search import PublishedPageFactory, document_data

pytestmark = pytest.mark.django_db

SNAPSHOTS = Path(__file__).parent / "snapshots"


def matches_snapshot(name: str, value) -> None:
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False, default=str) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"No snapshot {path.name}: run with UPDATE_SNAPSHOTS=1 and review it"
    assert json.loads(path.read_text(encoding="utf-8")) == json.loads(text), f"{name} changed; see {path}"


def test_index_definition_snapshot(locales):
    definition = es.index_definition("outreach-public-content-test", es.rules_by_language()).to_dict()
    matches_snapshot("es_index", definition)


def test_each_language_has_its_own_analysed_fields(locales):
    definition = es.index_definition("x", {}).to_dict()
    properties = definition["mappings"]["properties"]
    analysers = definition["settings"]["analysis"]["analyzer"]
    for language, stemmer in [("en", "english_stemmer"), ("fr", "french_stemmer"), ("es", "spanish_stemmer"),
                              ("ar", "arabic_stemmer"), ("ru", "russian_stemmer"), ("zh", "cjk_bigram")]:  # fmt: skip
        assert properties[f"text_{language}"] == {
            "type": "text",
            "analyzer": f"{language}_index",
            "search_analyzer": f"{language}_search",
        }
        assert stemmer in analysers[f"{language}_index"]["filter"]
        assert f"{language}_glossary" in analysers[f"{language}_search"]["filter"]
        assert f"{language}_glossary" not in analysers[f"{language}_index"]["filter"]


def test_synonyms_come_from_each_locales_glossary(locales):
    rules = es.rules_by_language()
    assert rules["en"] == ["sdg, sustainable development goal", "wuf, world urban forum"]
    assert rules["fr"] == ["fum, forum urbain mondial", "odd, objectifs de développement durable"]
    assert rules.get("zh", []) == []
    filters = es.index_definition("x", rules).to_dict()["settings"]["analysis"]["filter"]
    assert filters["fr_glossary"] == {
        "type": "synonym_graph",
        "lenient": True,
        "synonyms": ["fum, forum urbain mondial", "odd, objectifs de développement durable"],
    }


@pytest.mark.parametrize(
    ("name", "query", "locale", "filters"),
    [
        ("es_query_english", "housing policy", "en", Filters()),
        ("es_query_abbreviation", "WUF 2024", "en", Filters()),
        ("es_query_french_filtered", "ODD logement", "fr", Filters(type="page", thematic_area="logement", year=2024)),
        ("es_query_chinese", "城市规划", "zh-hans", Filters(country="KE")),
    ],
)
def test_query_body_snapshots(locales, name, query, locale, filters):
    plan = parse_query(query, locales[locale])
    matches_snapshot(name, es.search_body(plan, locale, "en", filters, offset=20, limit=10))


def test_autocomplete_body_snapshot(locales):
    matches_snapshot("es_autocomplete_french", es.autocomplete_body("urba", "fr", "en", 8))


def test_french_query_reads_french_fields_and_english_stand_ins(locales):
    body = es.search_body(parse_query("logement", locales["fr"]), "fr", "en", Filters(), 0, 10)
    fields = json.dumps(body["query"])
    assert "title_fr" in fields and "title_en" in fields and "title_es" not in fields
    assert body["highlight"]["fields"] == {"text_fr": {}, "text_en": {}}
    assert "post_filter" not in body, "no filters: facets and hits agree"


class FakeIndices:
    def __init__(self, calls, aliases):
        self.calls, self.aliases = calls, aliases

    def create(self, index, **body):
        self.calls.append(("create", index, sorted(body)))

    def refresh(self, index):
        self.calls.append(("refresh", index))

    def exists_alias(self, name):
        return bool(self.aliases)

    def get_alias(self, name, ignore_unavailable=False):
        return {index: {} for index in self.aliases}

    def update_aliases(self, actions):
        self.calls.append(("update_aliases", actions))

    def delete(self, index, ignore_unavailable=False):
        self.calls.append(("delete", index))


class FakeClient:
    """Records what the backend sends; answers searches with `response`."""

    def __init__(self, response=None, aliases=()):
        self.calls: list = []
        self.indices = FakeIndices(self.calls, list(aliases))
        self.response = response
        self.bulk_actions: list = []

    def search(self, index, body):
        self.calls.append(("search", index, body))
        return self.response

    def bulk(self, operations):
        self.bulk_actions.append(json.loads(json.dumps(operations, default=str)))
        return {"errors": False, "items": []}


def test_rebuild_fills_a_new_index_and_swaps_the_alias(home, settings):
    settings.SEARCH_ELASTICSEARCH_ALIAS = "content"
    for index in range(3):
        PublishedPageFactory(parent=home, title=f"Page {index}")
    client = FakeClient(aliases=["content-old"])
    progress = []
    message = es.ElasticsearchBackend("http://unused", client=client).rebuild(
        progress=lambda d, t: progress.append((d, t))
    )
    create, refresh, swap, delete = client.calls
    new_index = create[1]
    assert new_index.startswith("content-") and create[2] == ["mappings", "settings"]
    assert refresh == ("refresh", new_index)
    assert swap == (
        "update_aliases",
        [{"remove": {"index": "content-old", "alias": "content"}}, {"add": {"index": new_index, "alias": "content"}}],
    )
    assert delete == ("delete", "content-old")
    assert progress[-1] == (3, 3)
    sent = [line for batch in client.bulk_actions for line in batch if "title" in line]
    assert sorted(line["title"] for line in sent) == ["Page 0", "Page 1", "Page 2"]
    assert "3" in message


def test_publish_and_unpublish_update_the_index(home, monkeypatch, locales, translate):
    from search import service

    client = FakeClient()
    monkeypatch.setattr(service, "get_backend", lambda: es.ElasticsearchBackend("http://unused", client=client))

    def sent():
        return [line for batch in client.bulk_actions for line in batch]

    page = PublishedPageFactory(parent=home, title="Housing")
    indexed = [line for line in sent() if line.get("title") == "Housing"]
    assert indexed[-1]["available_locales"] == ["en"] and indexed[-1]["text_en"]
    client.bulk_actions.clear()
    translate(home, locales["fr"], {})
    translate(page, locales["fr"], {"Housing": "Logement"})
    by_title = {line["title"]: line for line in sent() if "title" in line}
    assert by_title["Housing"]["available_locales"] == ["en", "fr"], "the English copy stops standing in for French"
    assert by_title["Logement"]["title_fr"] == "Logement"
    client.bulk_actions.clear()
    page.unpublish()
    assert [line for line in sent() if "delete" in line] == [
        {"delete": {"_index": "outreach-public-content", "_id": page.pk}}
    ]


def test_search_response_becomes_results_and_facets(home, builder, locales):
    builder(lambda page: document_data(page, date=datetime.date(2024, 2, 1)))
    response = {
        "hits": {
            "total": {"value": 1, "relation": "eq"},
            "hits": [
                {
                    "_source": {
                        "page_id": 7, "content_type": "page", "title": "Housing", "snippet": "Homes <for> all",
                        "url": "/housing/", "date": "2024-02-01", "locale": "en",
                        "thematic_areas": [{"slug": "housing", "name": "Housing"}],
                    },
                    "highlight": {"text_en": ["<mark>Housing</mark> for all"]},
                }
            ],
        },
        "aggregations": {
            "type": {"buckets": [{"key": "page", "doc_count": 1}]},
            "year": {"buckets": [{"key": 2024, "doc_count": 1}]},
            "thematic_area": {"slug": {"buckets": [{"key": "housing", "doc_count": 1,
                                                    "name": {"buckets": [{"key": "Housing", "doc_count": 1}]}}]}},
        },
    }  # fmt: skip
    client = FakeClient(response=response)
    backend = es.ElasticsearchBackend("http://unused", client=client)
    page = backend.search(parse_query("housing", locales["fr"]), locales["fr"], Filters(), 0, 10)
    result = page.results[0]
    assert (result.snippet, result.highlighted, result.translated) == ("<mark>Housing</mark> for all", True, False)
    assert result.date == datetime.date(2024, 2, 1)
    assert [(f.value, f.label, f.count) for f in page.facets["thematic_area"]] == [("housing", "Housing", 1)]
    assert [(f.value, f.count) for f in page.facets["year"]] == [("2024", 1)]
    assert client.calls[0][1] == "outreach-public-content"


def test_no_server_reachable_does_not_block_publishing(home, settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    from search import service

    service._backend.cache_clear()
    try:
        page = PublishedPageFactory(parent=home, title="Still published")
        assert page.live and SearchDocument.objects.filter(page=page).exists()
    finally:
        service._backend.cache_clear()


def test_unknown_locale_code_uses_english_fields():
    assert es.language_of("zh-hans") == "zh"
    assert es.language_of("pt") == "en"
    assert Locale  # imported for the fixtures' locales


def test_an_unreachable_server_falls_back_to_the_database(home, settings, locales):
    PublishedPageFactory(parent=home, title="Housing")
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    from search import service

    service._backend.cache_clear()
    try:
        assert [r.title for r in service.search("housing", locales["en"]).page.results] == ["Housing"]
        assert [item["title"] for item in service.autocomplete("hous", locales["en"])] == ["Housing"]
    finally:
        service._backend.cache_clear()
