"""Stored XSS: payloads in every editable text field of every page type, inline
row and snippet, read back through the reference pages, search and the API.

Plain-text fields hold the payload as text (the templates escape it, the API
returns it as a JSON string for the front end to escape); rich text goes
through the admin's whitelist on the way in (as the editor's form does) and the
rendering path on the way out. Either way no payload may come out executable.
"""

import json
from xml.etree import ElementTree

import pytest
from django.db import models
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.fields import RichTextField
from wagtail.models import Page

from tests.factories.world import build_world

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '<script>alert("xss-1")</script>',
    "\"><img src=x onerror=alert('xss-2')>",
    "<svg onload=alert('xss-3')>",
    "<a href=\"javascript:alert('xss-4')\">x</a>",
]
EXECUTABLE = ["<script>alert", "<img src=x onerror", "<svg onload", 'href="javascript:']
SKIPPED = {"slug", "url_path", "path", "draft_title", "translation_key", "latest_revision_created_at", "currency"}


def text_fields(instance):
    for field in instance._meta.concrete_fields:
        if field.name in SKIPPED or field.choices or isinstance(field, models.EmailField | models.URLField):
            continue
        if isinstance(field, RichTextField):
            yield field, "rich"
        elif (
            isinstance(field, models.CharField | models.TextField)
            and (field.max_length or 1000) >= 60
            and all(validator.__class__.__name__ == "MaxLengthValidator" for validator in field.validators)
        ):
            yield field, "plain"


def poison(instance, payload: str) -> int:
    count = 0
    for field, kind in text_fields(instance):
        if kind == "rich":
            features = field.features
            value = EditorHTMLConverter(features=features).to_database_format(f"<p>{payload} text</p>")
        else:
            value = f"{payload} text"[: field.max_length or None]
        setattr(instance, field.name, value)
        count += 1
    instance.save()
    return count


@pytest.fixture(params=range(len(PAYLOADS)), ids=[f"payload-{n}" for n in range(len(PAYLOADS))])
def poisoned(request, home):
    payload = PAYLOADS[request.param]
    world = build_world(home)
    fields = 0
    for page in Page.objects.filter(depth__gt=1).specific():
        fields += poison(page, payload)
        for relation in ("allocations", "updates", "reports"):
            for row in getattr(page, relation).all() if hasattr(page, relation) else []:
                fields += poison(row, payload)
    for key in ("area", "contact"):
        fields += poison(world[key], payload)
    from glossary.models import Abbreviation
    from publications.models import PublicationType

    for model in (Abbreviation, PublicationType):
        for row in model.objects.all():
            fields += poison(row, payload)
    from search.sync import rebuild_all

    rebuild_all()
    assert fields >= 25
    return world


def executable_in_html(body: str) -> list[str]:
    return [marker for marker in EXECUTABLE if marker in body]


def html_values_with_markup(value, path="") -> list[str]:
    """JSON strings that are HTML fragments (they hold tags of their own) and carry a live payload."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found += html_values_with_markup(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += html_values_with_markup(item, f"{path}[{index}]")
    elif isinstance(value, str) and ("</p>" in value or "<abbr" in value or "<mark>" in value):
        found += [f"{path}: {marker}" for marker in EXECUTABLE if marker in value]
    return found


def test_reference_pages_and_search_never_execute_a_payload(client, poisoned):
    urls = ["/", "/search/?q=text", "/search/?q=alert"]
    for page in Page.objects.filter(depth__gt=2).specific():
        urls.append("/" + page.url_path.split("/", 2)[-1])
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert executable_in_html(response.content.decode()) == [], url


def test_feed_items_never_carry_an_executable_payload(client, poisoned):
    """Feed readers render an item's description as HTML (after XML unescaping) and
    its title as text: descriptions must be safe HTML."""
    response = client.get(poisoned["publication"].get_parent().specific.feed_url())
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    # RSS <description>, Atom <summary>/<content>, whichever the feed uses.
    descriptions = [
        element.text or "" for element in root.iter() if element.tag.rsplit("}", 1)[-1] in ("description", "summary")
    ]
    assert descriptions and all(executable_in_html(text) == [] for text in descriptions)


def test_api_html_fragments_never_carry_a_payload(client, poisoned):
    urls = [
        "/api/v1/home",
        "/api/v1/thematic-areas",
        "/api/v1/contacts",
        "/api/v1/glossary",
        "/api/v1/publications",
        f"/api/v1/publications/{poisoned['publication'].pk}",
        "/api/v1/flagships",
        f"/api/v1/flagships/{poisoned['flagship'].pk}",
        "/api/v1/donate",
        f"/api/v1/donate/projects/{poisoned['project'].pk}",
        "/api/v1/search?q=text",
        "/api/v1/search?q=alert",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert html_values_with_markup(json.loads(response.content)) == [], url


def test_plain_text_comes_back_as_typed(client, poisoned):
    """The payload is kept (not mangled) where it is plain text: the front end escapes it."""
    title = client.get(f"/api/v1/publications/{poisoned['publication'].pk}").json()["title"]
    assert title.endswith(" text") and "<" in title
