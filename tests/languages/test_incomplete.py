"""A translation published with segments still in the source language says so."""

import pytest
from wagtail_localize.models import StringSegment, TranslationSource

from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db


def test_half_translated_page_says_parts_are_in_the_original_language(client, home, locales, translate):
    translate(home, locales["fr"], {})
    page = HomePageFactory(parent=home, slug="coasts", title="Resilient coasts", hero_text="<p>Sea walls.</p>")
    half, _ = translate(page, locales["fr"], {"Resilient coasts": "Villes côtières résilientes"})
    html = client.get(half.url).content.decode()
    assert "Villes côtières résilientes" in html
    assert 'id="incomplete-notice"' in html
    assert "ne sont pas encore traduites" in html
    done = HomePageFactory(parent=home, slug="done", title="Done", hero_text="<p>All.</p>")
    source, _ = TranslationSource.get_or_create_from_instance(done)
    strings = {
        s.string.data: f"FR {s.string.data}"
        for s in StringSegment.objects.filter(source=source).select_related("string")
    }
    complete, _ = translate(done, locales["fr"], strings)
    assert 'id="incomplete-notice"' not in client.get(complete.url).content.decode()
