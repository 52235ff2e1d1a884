"""The glossary through the one rendering path, and its cache."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossary.expander import expand_fragments
from glossary.models import Abbreviation
from tests.factories.glossary import AbbreviationFactory

pytestmark = pytest.mark.django_db


def _render(locale, text="<p>The WUF.</p>"):
    return expand_fragments([text], locale)[0][0]


def test_templates_and_the_api_show_the_same_expanded_text(client, home, glossary):
    home.hero_text = "The SDG first."
    home.introduction = "<p>Then the SDG and the WUF.</p>"
    home.save_revision().publish()
    page = client.get("/").content.decode()
    api = client.get("/api/v1/home").json()
    later = '<abbr title="Sustainable Development Goal">SDG</abbr>'
    assert "The Sustainable Development Goal (SDG) first." in page
    assert f"Then the {later} and the World Urban Forum (WUF)." in page
    assert api["hero_text"] == "<p>The Sustainable Development Goal (SDG) first.</p>"
    assert api["introduction"] == f"<p>Then the {later} and the World Urban Forum (WUF).</p>"
    assert [term["abbreviation"] for term in api["abbreviations"]] == ["SDG", "WUF"]


def test_an_unchanged_glossary_costs_no_query(glossary, locales):
    _render(locales["en"])
    with CaptureQueriesContext(connection) as queries:
        _render(locales["en"])
    assert len(queries) == 0


def test_publishing_a_new_version_is_used_at_once(glossary, locales):
    assert _render(locales["en"]) == "<p>The World Urban Forum (WUF).</p>"
    entry = glossary["WUF"]
    entry.expansion = "World Urban Forum of UN-Habitat"
    entry.save_revision().publish()
    assert _render(locales["en"]) == "<p>The World Urban Forum of UN-Habitat (WUF).</p>"


def test_publishing_a_new_entry_is_used_at_once(glossary, locales):
    assert _render(locales["en"], "<p>NUA</p>") == "<p>NUA</p>"
    entry = Abbreviation.objects.create(
        abbreviation="NUA", expansion="New Urban Agenda", locale=locales["en"], live=False
    )
    assert _render(locales["en"], "<p>NUA</p>") == "<p>NUA</p>"  # a draft is not used
    entry.save_revision().publish()
    assert _render(locales["en"], "<p>NUA</p>") == "<p>New Urban Agenda (NUA)</p>"


def test_unpublishing_removes_it(glossary, locales):
    assert _render(locales["en"]) != "<p>The WUF.</p>"
    glossary["WUF"].unpublish()
    assert _render(locales["en"]) == "<p>The WUF.</p>"


def test_deleting_removes_it(glossary, locales):
    assert _render(locales["en"]) != "<p>The WUF.</p>"
    glossary["WUF"].delete()
    assert _render(locales["en"]) == "<p>The WUF.</p>"


def test_a_change_in_one_locale_leaves_the_others_cached(glossary, locales):
    _render(locales["en"])
    AbbreviationFactory(abbreviation="ONU", expansion="Organisation des Nations Unies", locale=locales["fr"])
    with CaptureQueriesContext(connection) as queries:
        _render(locales["en"])
    assert len(queries) == 0
    assert _render(locales["fr"], "<p>ONU</p>") == "<p>Organisation des Nations Unies (ONU)</p>"


def test_a_lost_cache_rebuilds_rather_than_serving_stale_terms(glossary, locales):
    from django.core.cache import cache

    _render(locales["en"])
    Abbreviation.objects.filter(abbreviation="WUF").update(expansion="Changed behind the signals' back")
    cache.clear()
    assert _render(locales["en"]) == "<p>The Changed behind the signals' back (WUF).</p>"


def test_translation_through_wagtail_localize_uses_the_locale_abbreviation(client, locales, translate):
    english = AbbreviationFactory(abbreviation="SDG", expansion="Sustainable Development Goal", live=False)
    english.save_revision().publish()
    french, created = translate(
        english, locales["fr"], {"SDG": "ODD", "Sustainable Development Goal": "objectif de développement durable"}
    )
    assert created and french.live and french.abbreviation == "ODD"
    assert _render(locales["fr"], "<p>Les ODD</p>") == "<p>Les objectif de développement durable (ODD)</p>"
