"""One escaping contract for search snippets, whatever the content type and backend:
`snippet` is plain text, `snippet_html` escapes everything but <mark>."""

import datetime

import pytest

from search.results import Result, snippet_html, snippet_text
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.factories.search import PublishedPageFactory, document_data

XSS = '<img src=x onerror="alert(1)"> R&D <script>alert(2)</script>'


def result(snippet, highlighted=False):
    return Result(1, "page", "T", snippet, "/t/", None, [], "en", True, highlighted=highlighted)


def test_plain_snippet_is_escaped_with_query_words_marked():
    html = snippet_html(result("Cities & housing for all"), {"housing"})
    assert html == "Cities &amp; <mark>housing</mark> for all"


def test_highlighted_excerpt_keeps_only_mark():
    raw = "<mark>Housing</mark> &lt;b&gt; <img src=x onerror=alert(1)> <mark>unclosed"
    html = snippet_html(result(raw, highlighted=True), set())
    assert html.count("<mark>") == 2 and html.count("</mark>") == 2
    assert "<img" not in html and "&lt;img" in html and "&lt;b&gt;" in html
    assert snippet_text(result(raw, highlighted=True)) == "Housing <b> <img src=x onerror=alert(1)> unclosed"


def test_accents_and_case_do_not_hide_a_match():
    assert snippet_html(result("Développement urbain"), {"developpement"}) == "<mark>Développement</mark> urbain"


@pytest.mark.django_db
def test_api_snippet_is_plain_text_for_raw_editor_text(client, home, builder):
    builder(lambda page: document_data(page, snippet=XSS, date=datetime.date(2024, 1, 1)))
    PublishedPageFactory(parent=home, title="Research and development")
    item = client.get("/api/v1/search", {"q": "research"}).json()["items"][0]
    assert item["snippet"] == XSS
    assert "<img" not in item["snippet_html"] and "<script" not in item["snippet_html"]
    assert "&lt;img src=x" in item["snippet_html"] and "R&amp;D" in item["snippet_html"]


@pytest.mark.django_db
def test_publication_snippet_is_decoded_once_in_api_and_page(client, home):
    index = PublicationIndexPageFactory(parent=home)
    abstract = "<p>" + "Research &amp; development in secondary cities. " * 8 + "</p>"
    PublicationPageFactory(parent=index, title="Drainage finance", abstract=abstract)
    item = client.get("/api/v1/search", {"q": "drainage"}).json()["items"][0]
    assert item["snippet"].startswith("Research & development")
    assert "&amp;amp;" not in item["snippet_html"]
    page = client.get("/search/", {"q": "research"}).content.decode()
    assert "<mark>Research</mark> &amp; development" in page
    assert "&amp;amp;" not in page


@pytest.mark.django_db
def test_openapi_states_the_contract(client):
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]["SearchResultOut"]
    assert "plain text" in schema["properties"]["snippet"]["description"]
    assert "<mark>" in schema["properties"]["snippet_html"]["description"]
