"""A page's or a document collection's password cannot be guessed without limit:
after ten wrong passwords from one address, the form answers 429 for a while,
even with the right password; other addresses and other pages are not held back."""

import pytest
from django.core.cache import cache
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from tests.factories.publications import DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

PASSWORD = "harbour-lights-7"


@pytest.fixture(autouse=True)
def fresh_counts():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def restricted(home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="password", password=PASSWORD)
    return page, restriction


def guess(client, page, restriction, password, address="203.0.113.7", prefix=""):
    url = f"{prefix}/_util/authenticate_with_password/{restriction.pk}/{page.pk}/"
    data = {"password": password, "return_url": page.url}
    return client.post(url, data, REMOTE_ADDR=address)


def test_ten_wrong_passwords_then_even_the_right_one_waits(client, restricted):
    page, restriction = restricted
    for _ in range(10):
        assert guess(client, page, restriction, "wrong").status_code == 200  # the form again
    held = guess(client, page, restriction, PASSWORD)
    assert held.status_code == 429
    assert "Too many wrong passwords" in held.content.decode()
    assert client.get(page.url).status_code == 200 and "password" in client.get(page.url).content.decode().lower()
    # Another address is not held back, and the right password still opens the page.
    assert guess(client, page, restriction, PASSWORD, address="198.51.100.4").status_code == 302


def test_the_right_password_is_never_counted(client, restricted):
    page, restriction = restricted
    for _ in range(15):
        assert guess(client, page, restriction, PASSWORD).status_code == 302


def test_the_french_form_is_limited_too(client, restricted, locales):
    page, restriction = restricted
    for _ in range(10):
        guess(client, page, restriction, "faux", prefix="/fr")
    assert guess(client, page, restriction, PASSWORD, prefix="/fr").status_code == 429


def test_document_collection_passwords_are_limited(client, home):
    collection = Collection.get_first_root_node().add_child(name="Board papers")
    DocumentFactory(collection=collection)
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password=PASSWORD
    )
    url = f"/documents/authenticate_with_password/{restriction.pk}/"
    for _ in range(10):
        assert client.post(url, {"password": "wrong", "return_url": "/"}).status_code == 200
    assert client.post(url, {"password": PASSWORD, "return_url": "/"}).status_code == 429
