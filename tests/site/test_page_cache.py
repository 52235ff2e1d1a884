"""Reference pages are cached for anonymous visitors per locale, fresh at once
after publishing, and never when they embed a CSRF token or the visitor is signed in."""

import pytest
from django.core.cache import cache

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.search import PublishedPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def test_a_page_is_served_from_the_cache_until_something_is_published(client, home):
    page = PublishedPageFactory(parent=home, title="Housing report", slug="housing")
    first = client.get("/housing/")
    assert first.status_code == 200 and first["X-Page-Cache"] == "miss"
    second = client.get("/housing/")
    assert second["X-Page-Cache"] == "hit" and second.content == first.content
    assert client.get("/housing/", HTTP_IF_NONE_MATCH=second["ETag"]).status_code == 304
    page.title = "Housing report 2025"
    page.save_revision().publish()
    fresh = client.get("/housing/")
    assert fresh["X-Page-Cache"] == "miss" and "Housing report 2025" in fresh.content.decode()


def test_each_locale_has_its_own_copy(client, home, locales, translate):
    translate(home, locales["fr"], {})
    english = client.get("/")
    french = client.get("/fr/")
    assert english["X-Page-Cache"] == french["X-Page-Cache"] == "miss"
    assert client.get("/fr/")["X-Page-Cache"] == "hit"
    assert 'lang="fr"' in client.get("/fr/").content.decode()
    assert 'lang="en"' in client.get("/").content.decode()


def test_signed_in_editors_get_the_live_page(client, home, django_user_model):
    client.get("/")
    user = django_user_model.objects.create_user("editor", password="x")
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 200 and "X-Page-Cache" not in response


def test_a_page_with_a_giving_form_is_never_cached(client, home):
    donate = DonatePageFactory(parent=home)
    project = DonationProjectPageFactory(parent=donate, slug="water")
    first = client.get(project.url)
    assert first.status_code == 200 and "csrfmiddlewaretoken" in first.content.decode()
    assert "X-Page-Cache" not in first and "X-Page-Cache" not in client.get(project.url)
