"""The index's life cycle against the fake cluster: the outbox that publishing
writes to, rebuilds behind the alias, failures, and the glossary's synonyms."""

import datetime
import logging

import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import PageViewRestriction

from search import service
from search.elasticsearch import connection, lifecycle
from search.elasticsearch.mapping import alias_name
from search.elasticsearch.outbox import enqueue_glossary
from search.models import IndexBuild, IndexUpdate
from tests.factories.glossary import AbbreviationFactory
from tests.factories.search import PublishedPageFactory

pytestmark = pytest.mark.django_db


def backend():
    return service.get_backend()


def indexed_titles(cluster) -> list[str]:
    return sorted(document["title"] for document in cluster.documents(alias_name()).values())


def test_publishing_queues_the_change_and_sends_nothing(home, cluster):
    page = PublishedPageFactory(parent=home, title="Queued")
    assert cluster.attempts == [], "publishing made no request to the cluster"
    (update,) = IndexUpdate.objects.all()
    assert update.translation_keys == [str(page.translation_key)] and update.sent_at is None


def test_publishing_before_the_first_rebuild_creates_no_index(home, cluster, locales):
    PublishedPageFactory(parent=home, title="Early news")
    result = backend().sync()
    assert result.sent == 1 and not result.errors
    assert not cluster.indices, "the write went through the alias only: nothing auto-created under its name"
    assert IndexUpdate.objects.get().last_error.startswith("no index yet")
    backend().rebuild()
    assert indexed_titles(cluster) == ["Early news"]
    assert [result.title for result in service.search("early", locales["en"]).page.results] == ["Early news"]


def test_an_index_squatting_the_alias_name_is_swapped_out(home, cluster, locales):
    # What a publish before the first rebuild left behind with require_alias off:
    # an auto-created index named like the alias, with dynamic mappings.
    connection.build_client().bulk(operations=[{"index": {"_index": alias_name(), "_id": "1"}}, {"content_type": "x"}])
    assert alias_name() in cluster.indices
    PublishedPageFactory(parent=home, title="Housing")
    backend().rebuild()
    assert alias_name() not in cluster.indices
    (live,) = cluster.alias_target(alias_name())
    assert live.startswith(f"{alias_name()}-") and list(cluster.indices) == [live]
    answer = service.search("housing", locales["en"])
    assert [result.title for result in answer.page.results] == ["Housing"]
    assert answer.page.facets["type"][0].count == 1, "facets work on the real mapping"


def test_two_rebuilds_in_the_same_second_get_different_indices(home, cluster):
    PublishedPageFactory(parent=home, title="One")
    with freeze_time("2026-03-01 12:00:00"):
        backend().rebuild()
        first = cluster.alias_target(alias_name())
        backend().rebuild()
        second = cluster.alias_target(alias_name())
    assert first != second and first[0].startswith(f"{alias_name()}-20260301120000-")
    assert list(cluster.indices) == second, "the old index is deleted"


def test_rebuild_fills_a_new_index_swaps_the_alias_and_records_itself(home, cluster):
    for number in range(3):
        PublishedPageFactory(parent=home, title=f"Page {number}")
    progress = []
    message = backend().rebuild(progress=lambda done, total: progress.append((done, total)), chunk_size=2)
    assert progress == [(2, 3), (3, 3)]
    assert indexed_titles(cluster) == ["Page 0", "Page 1", "Page 2"]
    build = IndexBuild.objects.get()
    assert (build.documents, build.error, build.index) == (3, "", cluster.alias_target(alias_name())[0])
    assert build.started_at <= build.finished_at
    assert build.index in message and "3" in message
    settings = cluster.indices[build.index].settings
    assert settings["index.number_of_replicas"] == 1


def test_changes_made_during_a_rebuild_reach_the_new_index(home, cluster):
    """The worker keeps writing to the alias, the old index, while a rebuild runs;
    the rebuild sends what changed since it started before and after the swap."""
    pages = [PublishedPageFactory(parent=home, title=f"Page {number}") for number in range(6)]
    backend().rebuild()
    worker = backend()
    worker.sync()
    old = cluster.alias_target(alias_name())

    def during_rebuild(done, total):
        if done != 2:
            return
        (new,) = set(cluster.indices) - set(old)
        already = {int(doc_id) for doc_id in cluster.indices[new].documents}
        edited, unpublished = [page for page in pages if page.pk in already][:2]
        edited.title = "Renamed while rebuilding"
        edited.save_revision().publish()
        unpublished.unpublish()
        PublishedPageFactory(parent=home, title="Published while rebuilding")
        assert worker.sync().sent == 3, "the worker sends them through the alias, to the old index"

    backend().rebuild(progress=during_rebuild, chunk_size=2)
    titles = indexed_titles(cluster)
    assert "Renamed while rebuilding" in titles and "Published while rebuilding" in titles
    assert len(titles) == 6, "the unpublished page is gone and the renamed one is there once"


def test_a_page_made_private_during_a_rebuild_leaves_the_new_index(home, cluster):
    pages = [PublishedPageFactory(parent=home, title=f"Page {number}") for number in range(4)]

    def during_rebuild(done, total):
        if done == 2:
            PageViewRestriction.objects.create(page=pages[0], restriction_type="password", password="x")

    backend().rebuild(progress=during_rebuild, chunk_size=2)
    assert "Page 0" not in indexed_titles(cluster)


def test_a_change_made_while_the_cluster_is_down_is_sent_when_it_is_back(home, cluster):
    backend().rebuild()
    cluster.outage = "refused"
    PublishedPageFactory(parent=home, title="Published during the outage")
    failed = backend().sync()
    assert failed.failed == 1 and "cannot reach Elasticsearch" in failed.errors[0]
    update = IndexUpdate.objects.get(sent_at__isnull=True)
    assert update.attempts == 1 and update.next_attempt_at > timezone.now()
    cluster.outage = None
    assert backend().sync().sent == 0, "not due yet: retries back off"
    with freeze_time(timezone.now() + datetime.timedelta(minutes=1)):
        assert backend().sync().sent == 1
    assert indexed_titles(cluster) == ["Published during the outage"]


def test_refused_documents_are_logged_with_their_reasons_and_fail_the_worker(home, cluster, caplog):
    backend().rebuild()
    page = PublishedPageFactory(parent=home, title="Refused")
    cluster.overloaded_ids.add(str(page.pk))
    with caplog.at_level(logging.ERROR), pytest.raises(CommandError) as failed:
        call_command("sync_search_index", verbosity=0)
    assert "es_rejected_execution_exception" in str(failed.value)
    assert f"Elasticsearch refused index of document {page.pk}" in caplog.text
    assert "rejected execution of coordinating operation" in caplog.text
    update = IndexUpdate.objects.get()
    assert update.sent_at is None and "es_rejected_execution_exception" in update.last_error
    cluster.overloaded_ids.clear()
    update.next_attempt_at = None
    update.save()
    call_command("sync_search_index", verbosity=0)
    assert indexed_titles(cluster) == ["Refused"]


def test_a_failed_rebuild_says_why_and_deletes_its_index(home, cluster):
    first_page = PublishedPageFactory(parent=home, title="First")
    backend().rebuild()
    (live,) = cluster.alias_target(alias_name())
    cluster.overloaded_ids.add(str(first_page.pk))
    with pytest.raises(lifecycle.RebuildFailed) as failed:
        backend().rebuild()
    message = str(failed.value)
    assert "es_rejected_execution_exception" in message and "still serves the previous index" in message
    assert list(cluster.indices) == [live] and cluster.alias_target(alias_name()) == [live]
    assert "es_rejected_execution_exception" in IndexBuild.objects.first().error
    with pytest.raises(CommandError, match="es_rejected_execution_exception"):
        call_command("rebuild_search_documents", "--index-only", verbosity=0)
    assert list(cluster.indices) == [live]


def test_a_rebuild_that_cannot_reach_the_cluster_says_so(home, cluster):
    cluster.outage = "refused"
    with pytest.raises(lifecycle.RebuildFailed, match="cannot reach Elasticsearch"):
        backend().rebuild()


def test_the_glossary_lives_in_synonyms_sets_updated_without_a_rebuild(home, cluster, locales):
    backend().rebuild()
    (live,) = cluster.alias_target(alias_name())
    english = f"{alias_name()}-glossary-en"
    assert [rule["synonyms"] for rule in cluster.synonyms[english]] == [
        "sdg, sustainable development goal",
        "wuf, world urban forum",
    ]
    assert cluster.indices[live].settings["index.analysis.filter.en_glossary.synonyms_set"] == english
    AbbreviationFactory(abbreviation="UNGA", expansion="United Nations General Assembly", locale=locales["en"])
    assert IndexUpdate.objects.filter(kind=IndexUpdate.GLOSSARY, sent_at__isnull=True).count() == 1
    backend().sync()
    assert "unga, united nations general assembly" in [rule["synonyms"] for rule in cluster.synonyms[english]]
    assert (english, live) in cluster.reloaded, "the index's search analysers were reloaded"
    assert cluster.alias_target(alias_name()) == [live], "no rebuild"


def test_before_elasticsearch_8_10_the_glossary_is_inline(home, cluster, caplog):
    cluster.version = "8.9.2"
    backend().rebuild()
    (live,) = cluster.alias_target(alias_name())
    settings = cluster.indices[live].settings
    assert settings["index.analysis.filter.en_glossary.synonyms"] == [
        "sdg, sustainable development goal",
        "wuf, world urban forum",
    ]
    assert not cluster.synonyms
    enqueue_glossary()
    with caplog.at_level(logging.INFO):
        assert backend().sync().sent == 1
    assert "rebuild it to use the new synonyms" in caplog.text


def test_drop_deletes_every_index_of_an_alias_by_name(home, cluster):
    """What the live suite's teardown does: Elasticsearch 8 refuses `DELETE alias-*`."""
    PublishedPageFactory(parent=home, title="One")
    backend().rebuild()
    client = connection.build_client()
    client.indices.create(index=f"{alias_name()}-orphan")
    assert len(cluster.indices) == 2
    lifecycle.drop(client, alias_name())
    assert not cluster.indices and not cluster.aliases and not cluster.synonyms
    assert not [request for request in cluster.requests if request.method == "DELETE" and "*" in request.path]


def test_failures_are_listed_for_admins_in_the_reports(home, cluster, admin_client, client, django_user_model):
    backend().rebuild()
    page = PublishedPageFactory(parent=home, title="Refused")
    cluster.overloaded_ids.add(str(page.pk))
    backend().sync()
    html = admin_client.get("/admin/reports/search-index/", {"status": "failing"}).content.decode()
    assert "es_rejected_execution_exception" in html and "failing" in html
    export = admin_client.get("/admin/reports/search-index/", {"export": "csv"})
    assert b"es_rejected_execution_exception" in b"".join(export.streaming_content)
    assert "/admin/reports/search-index/" in admin_client.get("/admin/").content.decode()
    editor = django_user_model.objects.create_user("editor", password="x")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/reports/search-index/").status_code in (302, 403), "admins only"


def test_the_report_is_not_offered_with_the_database_backend(admin_client, settings):
    settings.SEARCH_BACKEND = "database"
    assert "/admin/reports/search-index/" not in admin_client.get("/admin/").content.decode()
