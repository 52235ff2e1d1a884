"""Reaching the cluster: settings to node configuration (through the real client),
timeouts and retries, the circuit breaker, and when the database answers instead."""

import base64
import datetime
import logging

import pytest
from django.core.checks import run_checks
from django.utils import timezone
from elasticsearch import BadRequestError
from freezegun import freeze_time

from search import service
from search.elasticsearch import connection
from search.elasticsearch.mapping import alias_name
from tests.factories.search import PublishedPageFactory

pytestmark = pytest.mark.django_db


def node(cluster):
    """The node configuration the real client built from the settings."""
    service._backend.cache_clear()
    service.get_backend().client.info()
    return cluster.node_configs[-1]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://es", ("http", "es", 9200, "")),
        ("https://search.example.org", ("https", "search.example.org", 443, "")),
        ("http://es:9201", ("http", "es", 9201, "")),
        ("https://search.example.org/elastic/", ("https", "search.example.org", 443, "/elastic")),
        ("http://[::1]", ("http", "::1", 9200, "")),
    ],
)
def test_a_url_with_or_without_a_port(cluster, settings, url, expected):
    settings.ELASTICSEARCH_URL = url
    config = node(cluster)
    assert (config.scheme, config.host, config.port, config.path_prefix) == expected


def test_several_nodes(cluster, settings):
    settings.ELASTICSEARCH_URL = "http://es-1, http://es-2:9201"
    node(cluster)
    assert {(config.host, config.port) for config in cluster.node_configs} == {("es-1", 9200), ("es-2", 9201)}


def test_user_and_password_in_the_url(cluster, settings):
    settings.ELASTICSEARCH_URL = "https://elastic:p%40ss%3Aword@search.example.org"
    node(cluster)
    assert cluster.requests[-1].headers["authorization"] == "Basic " + base64.b64encode(b"elastic:p@ss:word").decode()


ENCODED_KEY = base64.b64encode(b"VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw").decode()


@pytest.mark.parametrize("key", ["VuaCfGcBCdbkQm-e5aOx:ui2lp2axTNmsyakw9tvNnw", ENCODED_KEY])
def test_an_api_key_as_id_and_key_or_encoded(cluster, settings, key):
    settings.ELASTICSEARCH_URL = "https://search.example.org:9200"
    settings.ELASTICSEARCH_API_KEY = key
    node(cluster)
    assert cluster.requests[-1].headers["authorization"] == f"ApiKey {ENCODED_KEY}"


def test_a_ca_certificate_for_a_self_managed_cluster(cluster, settings, tmp_path):
    ca = tmp_path / "http_ca.crt"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    settings.ELASTICSEARCH_URL = "https://127.0.0.1:9200"
    settings.ELASTICSEARCH_CA_CERTS = str(ca)
    assert node(cluster).ca_certs == str(ca)


def test_a_cloud_id_replaces_the_url(cluster, settings):
    settings.ELASTICSEARCH_URL = ""
    settings.ELASTICSEARCH_CLOUD_ID = "site:" + base64.b64encode(b"eu-west-1.aws.found.io$abc123$def456").decode()
    config = node(cluster)
    assert (config.scheme, config.host, config.port) == ("https", "abc123.eu-west-1.aws.found.io", 443)


def test_a_url_without_scheme_is_refused_clearly():
    with pytest.raises(ValueError, match="must be an http:// or https:// URL"):
        connection.with_default_port("es.example.org:9200")


def test_settings_checks(settings):
    settings.SEARCH_BACKEND = "elasticsearch"
    settings.ELASTICSEARCH_URL, settings.ELASTICSEARCH_CLOUD_ID = "", ""
    assert "search.E002" in {message.id for message in run_checks()}
    settings.ELASTICSEARCH_URL = "search.example.org"
    assert "search.E003" in {message.id for message in run_checks()}
    settings.ELASTICSEARCH_URL = "http://search.example.org:9200"
    settings.ELASTICSEARCH_API_KEY, settings.DEBUG = "id:key", False
    settings.ELASTICSEARCH_CA_CERTS, settings.ELASTICSEARCH_REPLICAS = "/nowhere/ca.crt", 0
    ids = {message.id for message in run_checks()}
    assert {"search.W002", "search.E004", "search.W003"} <= ids
    settings.SEARCH_BACKEND = "elastic"
    assert "search.E001" in {message.id for message in run_checks()}


# --- searching through an outage ---------------------------------------------------


@pytest.fixture
def indexed(home, cluster, locales):
    PublishedPageFactory(parent=home, title="Housing")
    service.get_backend().rebuild()
    cluster.attempts.clear()
    return cluster


def searched_titles(locales):
    return [result.title for result in service.search("housing", locales["en"]).page.results]


def test_searches_use_a_short_timeout(indexed, locales, settings):
    settings.ELASTICSEARCH_SEARCH_TIMEOUT = 1.5
    service._backend.cache_clear()
    assert searched_titles(locales) == ["Housing"]
    assert [attempt[2] for attempt in indexed.attempts] == [1.5]


def test_a_refused_connection_is_retried_once_then_the_database_answers(indexed, locales):
    indexed.outage = "refused"
    assert searched_titles(locales) == ["Housing"]
    assert len(indexed.attempts) == 2, "one retry"


def test_an_outage_costs_one_timeout_not_one_per_search(indexed, locales, settings):
    indexed.outage = "timeout"
    for _ in range(3):
        assert searched_titles(locales) == ["Housing"], "answered from the database"
        assert [item["title"] for item in service.autocomplete("hous", locales["en"])] == ["Housing"]
    assert len(indexed.attempts) == 1, "no retry after a timeout, then the breaker skips the cluster"
    indexed.outage = None
    later = timezone.now() + datetime.timedelta(seconds=settings.ELASTICSEARCH_CIRCUIT_SECONDS + 1)
    with freeze_time(later):
        assert searched_titles(locales) == ["Housing"]
        assert len(indexed.attempts) == 2, "after the pause, the cluster is asked again"
        searched_titles(locales)
        assert len(indexed.attempts) == 3, "and the breaker is closed"


def test_the_breaker_is_shared_through_the_cache(indexed, locales):
    indexed.outage = "timeout"
    searched_titles(locales)
    service._backend.cache_clear()  # another process: a new backend, the same cache
    searched_titles(locales)
    assert len(indexed.attempts) == 1


def test_a_failing_cluster_5xx_falls_back_to_the_database(indexed, locales, caplog):
    indexed.outage = 503
    with caplog.at_level(logging.WARNING):
        assert searched_titles(locales) == ["Housing"]
    assert "Elasticsearch is unavailable (503" in caplog.text


def test_no_index_yet_falls_back_and_says_what_to_run(home, cluster, locales, caplog):
    PublishedPageFactory(parent=home, title="Housing")
    with caplog.at_level(logging.WARNING):
        assert searched_titles(locales) == ["Housing"]
    assert "rebuild_search_documents" in caplog.text


def test_a_400_is_a_bug_raised_and_logged_not_hidden_by_the_fallback(home, cluster, locales, caplog):
    # An index auto-created under the alias's name (dynamic mappings) refuses the
    # facets with a 400: the fallback used to hide exactly this.
    connection.build_client().bulk(operations=[{"index": {"_index": alias_name(), "_id": "1"}}, {"content_type": "x"}])
    with caplog.at_level(logging.ERROR), pytest.raises(BadRequestError):
        service.search("housing", locales["en"])
    assert "Elasticsearch refused a search request, a bug to fix: 400 illegal_argument_exception" in caplog.text
