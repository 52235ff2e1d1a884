"""Fixtures every app's tests share."""

import pytest
from django.core.cache import cache
from wagtail.models import Collection, Locale, Page, Site

from tests.factories import HomePageFactory

LANGUAGE_CODES = ["en", "fr", "es", "ar", "zh-hans", "ru"]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Site root paths and API answers are cached; each test starts cold."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def restore_wagtail_tree(django_db_blocker):
    """A `transaction=True` test flushes every table, including the root page,
    the root collection and the locales that data migrations created. Recreate
    them so the next test (and this one) find what a migrated database has."""

    def _restore():
        with django_db_blocker.unblock():
            for code in LANGUAGE_CODES:
                Locale.objects.get_or_create(language_code=code)
            if not Page.objects.filter(depth=1).exists():
                Page.add_root(title="Root", slug="root", locale=Locale.objects.get(language_code="en"))
            if not Collection.objects.filter(depth=1).exists():
                Collection.add_root(name="Root")

    _restore()
    yield
    _restore()


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    return {code: Locale.objects.get(language_code=code) for code in LANGUAGE_CODES}


@pytest.fixture
def home(db, locales):
    """An English home page that the default site serves."""
    root = Page.get_first_root_node()
    page = HomePageFactory(parent=root, slug="home-en", locale=locales["en"])
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(hostname="localhost", port=80, root_page=page, is_default_site=True)
    else:
        site.root_page = page
        site.save()
    return page


@pytest.fixture
def translate():
    """Translate through wagtail-localize, as a translator would; publishing a
    half-done translation records a moderator's confirmation (tests/translation_support.py)."""
    from tests.translation_support import translate as translate_confirmed

    return translate_confirmed
