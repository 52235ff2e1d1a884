"""A client's repeated views of one page within the hour count once, by the same
rule as repeated downloads (publications.counting): a script posting the beacon
in a loop cannot inflate a publication's reach."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from publications.models import DownloadCount, ViewCount
from tests.factories.publications import PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def publication(index):
    return PublicationPageFactory(parent=index)


def beacon(page):
    return f"/beacon/publications/{page.pk}/"


def views():
    return sum(ViewCount.objects.values_list("count", flat=True))


def test_fifty_beacons_from_one_client_count_one_view(client, publication, browser_ua):
    answers = {
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.20", **browser_ua).status_code for _ in range(50)
    }
    assert answers == {204}
    assert views() == 1


def test_two_clients_count_two_views(client, publication, browser_ua):
    for address in ("198.51.100.21", "198.51.100.22", "198.51.100.21", "198.51.100.22"):
        client.post(beacon(publication), REMOTE_ADDR=address, **browser_ua)
    assert views() == 2


def test_the_same_client_counts_again_after_the_hour(client, publication, browser_ua):
    with freeze_time() as clock:
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.23", **browser_ua)
        clock.tick(timedelta(minutes=59))
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.23", **browser_ua)
        assert views() == 1
        clock.tick(timedelta(minutes=2))
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.23", **browser_ua)
        assert views() == 2


def test_one_client_reading_two_publications_counts_a_view_of_each(client, index, publication, browser_ua):
    other = PublicationPageFactory(parent=index)
    for page in (publication, other, publication, other):
        client.post(beacon(page), REMOTE_ADDR="198.51.100.24", **browser_ua)
    assert dict(ViewCount.objects.values_list("translation_key", "count")) == {
        publication.translation_key: 1,
        other.translation_key: 1,
    }


def test_a_bot_neither_counts_nor_uses_up_a_readers_view(client, publication, browser_ua):
    """A crawler and a reader behind one address (an office, a phone network):
    the crawler's beacons are not counted and do not swallow the reader's."""
    bot = {"HTTP_USER_AGENT": "Googlebot/2.1 (+http://www.google.com/bot.html)", "HTTP_ORIGIN": "http://testserver"}
    for _ in range(3):
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.25", **bot)
    assert views() == 0
    client.post(beacon(publication), REMOTE_ADDR="198.51.100.25", **browser_ua)
    assert views() == 1


def test_a_view_does_not_use_up_the_download_of_the_same_client(client, publication, browser_ua):
    """Views and downloads share the rule, not the marks: reading the abstract
    and then downloading the report is one view and one download."""
    client.post(beacon(publication), REMOTE_ADDR="198.51.100.26", **browser_ua)
    row = publication.documents.get()
    response = client.get(f"/downloads/publications/{row.pk}/", REMOTE_ADDR="198.51.100.26", **browser_ua)
    b"".join(response.streaming_content)
    assert (views(), sum(DownloadCount.objects.values_list("count", flat=True))) == (1, 1)


def test_a_repeated_beacon_costs_one_query_and_a_counted_one_two(
    client, publication, browser_ua, django_assert_num_queries
):
    """The repeat mark lives in the cache: a script's beacons cost the page
    lookup and nothing more, and a reader's costs one upsert on top."""
    with django_assert_num_queries(2):
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.27", **browser_ua)
    with django_assert_num_queries(1):
        client.post(beacon(publication), REMOTE_ADDR="198.51.100.27", **browser_ua)
