"""No download is lost when many people download the same file at once (PostgreSQL)."""

import threading

import pytest
from django.db import connection, connections
from django.test import Client

from publications.models import DownloadCount
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

THREADS, DOWNLOADS_EACH = 64, 20


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_64_threads_downloading_20_times_each_count_exactly_1280(restore_wagtail_tree, home):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL")
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    url = f"/downloads/publications/{page.documents.get().pk}/"
    start = threading.Barrier(THREADS)
    failures = []

    def download_many(thread: int):
        client = Client(HTTP_USER_AGENT="Mozilla/5.0 Firefox/128.0")
        try:
            start.wait()
            for download in range(DOWNLOADS_EACH):
                # A reader per request: one client's repeats count once (publications.counting).
                response = client.get(url, REMOTE_ADDR=f"10.0.{thread}.{download + 1}")
                b"".join(response.streaming_content)
                response.close()
                if response.status_code != 200:
                    failures.append(response.status_code)
        except Exception as error:  # reported below; a thread cannot fail the test itself
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=download_many, args=(thread,)) for thread in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    assert DownloadCount.objects.count() == 1
    assert DownloadCount.objects.get().count == THREADS * DOWNLOADS_EACH == 1280
