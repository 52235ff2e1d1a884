"""Listings reuse rendered text: an abstract is expanded once per text, locale
and glossary version, not on every uncached API request (issue 13)."""

import pytest

from core import rendering
from glossary import matcher
from glossary.expander import expand_fragments

pytestmark = pytest.mark.django_db


@pytest.fixture
def counted_expander():
    """The glossary's own expander, counting how often it runs."""
    calls = []

    def counting(fragments, locale):
        calls.append(list(fragments))
        return expand_fragments(fragments, locale)

    rendering.unregister_text_processor(expand_fragments)
    rendering.register_text_processor(counting, version=matcher.version)
    yield calls
    rendering.unregister_text_processor(counting)
    rendering.register_text_processor(expand_fragments, version=matcher.version)


def test_a_listing_expands_each_abstract_once(glossary, locales, counted_expander):
    items = [([("abstract", f"<p>The WUF, item {n}.</p>")], locales["en"]) for n in range(3)]
    first = rendering.render_many(items)
    again = rendering.render_many(items)
    assert [text["abstract"] for text in first] == [text["abstract"] for text in again]
    assert first[0]["abstract"] == "<p>The World Urban Forum (WUF), item 0.</p>"
    assert [term["abbreviation"] for term in again[0].abbreviations] == ["WUF"]
    assert len(counted_expander) == 3  # the second listing expanded nothing


def test_a_glossary_change_is_shown_at_once(glossary, locales, counted_expander):
    items = [([("abstract", "<p>The WUF.</p>")], locales["en"])]
    assert rendering.render_many(items)[0]["abstract"] == "<p>The World Urban Forum (WUF).</p>"
    entry = glossary["WUF"]
    entry.expansion = "World Urban Forum of UN-Habitat"
    entry.save_revision().publish()
    assert rendering.render_many(items)[0]["abstract"] == "<p>The World Urban Forum of UN-Habitat (WUF).</p>"


def test_a_processor_without_a_version_renders_every_time(locales):
    calls = []

    def unversioned(fragments, locale):
        calls.append(1)
        return fragments, []

    rendering.register_text_processor(unversioned)
    try:
        items = [([("abstract", "<p>Text.</p>")], locales["en"])]
        rendering.render_many(items)
        rendering.render_many(items)
    finally:
        rendering.unregister_text_processor(unversioned)
    assert len(calls) == 2
