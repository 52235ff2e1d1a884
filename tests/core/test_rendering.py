"""The one rendering path: templates and the API see the same processed text."""

import pytest

from core.rendering import plain_text_to_html, register_text_processor, render_text, unregister_text_processor

pytestmark = pytest.mark.django_db


@pytest.fixture
def shouting_processor():
    """A stand-in for the glossary: marks each fragment with its position in the item."""

    def processor(fragments, locale):
        marked = [
            f"{html}<!-- {index} of {len(fragments)} in {locale.language_code} -->"
            for index, html in enumerate(fragments)
        ]
        return marked, [{"abbreviation": "TEST", "expansion": "A test term", "description": ""}]

    register_text_processor(processor)
    yield processor
    unregister_text_processor(processor)


def test_links_to_pages_are_resolved(home, locales):
    rendered = render_text([("body", f'<p><a linktype="page" id="{home.pk}">Home</a></p>')], locales["en"])
    assert rendered["body"] == '<p><a href="/">Home</a></p>'
    assert rendered.abbreviations == []


def test_plain_text_is_escaped_and_keeps_paragraphs():
    assert plain_text_to_html("A & B\n\n<script>") == "<p>A &amp; B</p>\n\n<p>&lt;script&gt;</p>"


def test_processors_see_the_whole_item_in_display_order(locales, shouting_processor):
    rendered = render_text([("summary", "<p>a</p>"), ("body", "<p>b</p>")], locales["fr"])
    assert rendered["summary"] == "<p>a</p><!-- 0 of 2 in fr -->"
    assert rendered["body"] == "<p>b</p><!-- 1 of 2 in fr -->"
    assert rendered.abbreviations[0]["abbreviation"] == "TEST"


def test_template_and_api_share_the_path(client, home, shouting_processor):
    html = client.get("/").content.decode()
    api = client.get("/api/v1/home").json()
    assert "<!-- 1 of 2 in en -->" in html
    assert api["introduction"].endswith("<!-- 1 of 2 in en -->")
    assert api["abbreviations"] == [{"abbreviation": "TEST", "expansion": "A test term", "description": ""}]
