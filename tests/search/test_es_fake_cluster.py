"""The fake cluster answers the real client as Elasticsearch 8 would: these are
the failures the issue lists, reproduced with raw client calls, so that the
backend's tests elsewhere mean something."""

import elastic_transport
import pytest
from elasticsearch import ApiError, BadRequestError, NotFoundError

from search.elasticsearch import connection
from tests.search.fake_elasticsearch import FakeCluster


@pytest.fixture
def fake(monkeypatch, settings):
    cluster = FakeCluster()
    monkeypatch.setattr(connection, "NODE_CLASS", cluster.node_class())
    settings.ELASTICSEARCH_CLOUD_ID = ""
    settings.ELASTICSEARCH_API_KEY = ""
    settings.ELASTICSEARCH_CA_CERTS = ""
    return cluster


@pytest.fixture
def client(fake):
    return connection.build_client("http://es.test:9200")


def reason(error) -> str:
    return error.body["error"]["root_cause"][0]["reason"]


def test_a_write_to_a_missing_alias_auto_creates_an_index_with_dynamic_mappings(fake, client):
    document = {"content_type": "page", "areas": [{"slug": "housing"}]}
    client.bulk(operations=[{"index": {"_index": "content", "_id": 1}}, document])
    assert "content" in fake.indices and "content" not in fake.aliases
    properties = fake.indices["content"].mappings["properties"]
    assert properties["content_type"]["type"] == "text", "strings become text: no facet on them"
    assert "type" not in properties["areas"], "objects are not nested"


def test_require_alias_refuses_the_write_instead(fake, client):
    answer = client.bulk(operations=[{"index": {"_index": "content", "_id": 1}}, {"title": "x"}], require_alias=True)
    (item,) = answer["items"]
    assert answer["errors"] and item["index"]["status"] == 404
    assert item["index"]["error"]["type"] == "index_not_found_exception"
    assert "[require_alias] request flag is [true] and [content] is not an alias" in item["index"]["error"]["reason"]
    assert not fake.indices


def test_an_alias_cannot_take_an_index_name_unless_the_same_request_removes_it(fake, client):
    client.indices.create(index="content")
    client.indices.create(index="content-1")
    with pytest.raises(BadRequestError) as refused:
        client.indices.update_aliases(actions=[{"add": {"index": "content-1", "alias": "content"}}])
    assert refused.value.error == "invalid_alias_name_exception"
    assert "an index or data stream exists with the same name as the alias" in reason(refused.value)
    client.indices.update_aliases(
        actions=[{"add": {"index": "content-1", "alias": "content"}}, {"remove_index": {"index": "content"}}]
    )
    assert fake.alias_target("content") == ["content-1"]


def test_index_names_are_unique_and_cannot_be_an_alias(fake, client):
    client.indices.create(index="content-20240101000000")
    with pytest.raises(BadRequestError) as twice:
        client.indices.create(index="content-20240101000000")
    assert twice.value.error == "resource_already_exists_exception"
    client.indices.update_aliases(actions=[{"add": {"index": "content-20240101000000", "alias": "content"}}])
    with pytest.raises(BadRequestError) as alias:
        client.indices.create(index="content")
    assert reason(alias.value) == "Invalid index name [content], already exists as alias"


def test_the_result_window_stops_at_ten_thousand(fake, client):
    client.indices.create(index="content")
    client.search(index="content", body={"from": 9_990, "size": 10})
    with pytest.raises(BadRequestError) as deep:
        client.search(index="content", body={"from": 9_995, "size": 10})
    assert deep.value.error == "search_phase_execution_exception"
    assert reason(deep.value).startswith("Result window is too large, from + size must be less than or equal to")


def test_bulk_items_fail_one_by_one(fake, client):
    client.indices.create(index="content", mappings={"properties": {"year": {"type": "integer"}}})
    answer = client.bulk(
        operations=[
            {"index": {"_index": "content", "_id": 1}},
            {"year": 2024},
            {"index": {"_index": "content", "_id": 2}},
            {"year": "soon"},
            {"delete": {"_index": "content", "_id": 3}},
        ]
    )
    first, second, third = (next(iter(item.values())) for item in answer["items"])
    assert answer["errors"] is True
    assert first["status"] == 201 and "error" not in first
    assert second["status"] == 400 and second["error"]["type"] == "document_parsing_exception"
    assert "failed to parse field [year] of type [integer]" in second["error"]["reason"]
    assert third["result"] == "not_found" and "error" not in third, "deleting a missing document is no error"


def test_a_full_disk_blocks_writes_item_by_item(fake, client):
    client.indices.create(index="content", settings={"index.blocks.read_only_allow_delete": True})
    answer = client.bulk(operations=[{"index": {"_index": "content", "_id": 1}}, {"title": "x"}])
    (item,) = answer["items"]
    assert item["index"]["status"] == 429 and item["index"]["error"]["type"] == "cluster_block_exception"


def test_wildcard_and_alias_deletes_are_refused(fake, client):
    client.indices.create(index="content-1")
    client.indices.update_aliases(actions=[{"add": {"index": "content-1", "alias": "content"}}])
    with pytest.raises(BadRequestError) as wildcard:
        client.indices.delete(index="content-*")
    assert reason(wildcard.value) == "Wildcard expressions or all indices are not allowed"
    with pytest.raises(BadRequestError) as alias:
        client.indices.delete(index="content")
    assert "matches an alias" in reason(alias.value)
    client.indices.delete(index="content-1")
    assert not fake.indices and not fake.aliases


def test_facets_on_an_auto_created_index_answer_400(fake, client):
    client.bulk(operations=[{"index": {"_index": "content", "_id": 1}}, {"content_type": "page"}])
    with pytest.raises(BadRequestError) as refused:
        client.search(index="content", body={"aggs": {"type": {"terms": {"field": "content_type"}}}})
    assert "Text fields are not optimised" in reason(refused.value)


def test_long_fields_fail_highlighting_unless_the_request_caps_it(fake, client):
    client.indices.create(index="content", mappings={"properties": {"text_en": {"type": "text"}}})
    client.bulk(operations=[{"index": {"_index": "content", "_id": 1}}, {"text_en": "word " * 200_001}])
    with pytest.raises(BadRequestError) as refused:
        client.search(index="content", body={"highlight": {"fields": {"text_en": {}}}})
    assert "exceeds the [index.highlight.max_analyzed_offset] limit [1000000]" in reason(refused.value)
    client.search(index="content", body={"highlight": {"fields": {"text_en": {}}, "max_analyzed_offset": 100_000}})


def test_analysis_rules(fake, client):
    updateable = {"type": "synonym_graph", "synonyms": ["a, b"], "updateable": True}
    with pytest.raises(BadRequestError) as index_time:
        client.indices.create(
            index="one",
            settings={"analysis": {"filter": {"syn": updateable},
                                   "analyzer": {"idx": {"tokenizer": "standard", "filter": ["syn"]}}}},
            mappings={"properties": {"t": {"type": "text", "analyzer": "idx"}}},
        )  # fmt: skip
    assert "not allowed to run in index time mode" in reason(index_time.value)
    with pytest.raises(BadRequestError) as after_ngrams:
        client.indices.create(
            index="two",
            settings={"analysis": {"filter": {"syn": {"type": "synonym_graph", "synonyms": ["a, b"]}},
                                   "analyzer": {"s": {"tokenizer": "standard", "filter": ["edge_ngram", "syn"]}}}},
        )  # fmt: skip
    assert reason(after_ngrams.value) == "Token filter [edge_ngram] cannot be used to parse synonyms"


def test_an_index_needs_its_synonyms_set_to_exist_first(fake, client):
    settings = {"analysis": {"filter": {"syn": {"type": "synonym_graph", "synonyms_set": "g", "updateable": True}},
                             "analyzer": {"s": {"tokenizer": "standard", "filter": ["syn"]}}}}  # fmt: skip
    client.indices.create(index="early", settings=settings)
    with pytest.raises(ApiError) as unusable:
        client.search(index="early")
    assert unusable.value.meta.status == 503
    client.synonyms.put_synonym(id="g", synonyms_set=[{"synonyms": "wuf, world urban forum"}])
    client.indices.create(index="late", settings=settings)
    client.search(index="late")
    client.synonyms.put_synonym(id="g", synonyms_set=[])
    assert ("g", "late") in fake.reloaded, "updating a set reloads the analysers that use it"


def test_an_outage_is_a_transport_error(fake, client):
    fake.outage = "refused"
    with pytest.raises(elastic_transport.ConnectionError):
        client.info()
    fake.outage = "timeout"
    with pytest.raises(elastic_transport.ConnectionTimeout):
        client.options(max_retries=0).info()
    fake.outage = None
    with pytest.raises(NotFoundError):
        client.indices.get_alias(name="nothing")
