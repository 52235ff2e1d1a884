"""Every page type has one h1, headings that never skip a level (editors'
headings in bodies are shifted under the template's), and breadcrumbs whose
links stay in the visitor's language, also as schema.org BreadcrumbList."""

import json
import re

import pytest

from core.headings import normalise_headings
from tests.factories.world import build_world

pytestmark = pytest.mark.django_db

HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1>", re.DOTALL)
BREADCRUMBS = re.compile(r'<nav class="breadcrumbs"[^>]*>(.*?)</nav>', re.DOTALL)


def headings(html: str) -> list[tuple[int, str]]:
    return [(int(level), re.sub(r"<[^>]+>", "", text).strip()) for level, text in HEADING.findall(html)]


def outline_problems(html: str) -> list[str]:
    found = headings(html)
    problems = []
    if [level for level, _text in found].count(1) != 1:
        problems.append(f"{[level for level, _ in found].count(1)} h1")
    if found and found[0][0] != 1:
        problems.append(f"starts at h{found[0][0]}")
    for (before, _), (level, text) in zip(found, found[1:], strict=False):
        if level > before + 1:
            problems.append(f"h{before} then h{level} ({text})")
    return problems


@pytest.fixture
def world(home):
    world = build_world(home)
    publication = world["publication"]
    # Headings as an editor writes them: a section heading block, then h4 and h3 in paragraphs.
    publication.body = json.dumps(
        [
            {"type": "heading", "value": "What we measured"},
            {"type": "paragraph", "value": "<h4>In the dry season</h4><p>Text.</p><h3>In the rains</h3><p>More.</p>"},
            {"type": "paragraph", "value": "<h4>Straight to a small heading</h4><p>Text.</p>"},
        ]
    )
    publication.save_revision().publish()
    return world


def page_urls(world) -> dict[str, str]:
    urls = {"home": "/"}
    for name in ("publication", "flagship", "donate", "project", "story", "event", "meeting", "brief", "newsletter"):
        page = world[name]
        urls[name] = page.url
        parent = page.get_parent()
        if parent.depth > 2:
            urls[f"{name} index"] = parent.url
    urls["theme"] = f"/themes/{world['area'].slug}/"
    return urls


def test_every_page_type_has_one_h1_and_skips_no_heading_level(client, world):
    problems = {}
    for url in page_urls(world).values():
        for prefix in ("", "/ar"):
            response = client.get(prefix + url)
            assert response.status_code == 200, (prefix + url, response.status_code)
            found = outline_problems(response.content.decode())
            if found:
                problems[prefix + url] = found
    assert problems == {}


def test_publication_headings_sit_under_read_online(client, world):
    html = client.get(world["publication"].url).content.decode()
    body = html[html.index('id="read-online"') :]
    assert headings(body)[:5] == [
        (2, "Read online"),
        (3, "What we measured"),
        (4, "In the dry season"),
        (4, "In the rains"),
        (5, "Straight to a small heading"),  # under "In the rains", one level down
    ]
    detail = client.get(f"/api/v1/publications/{world['publication'].pk}").json()
    read_online = detail["read_online"]
    assert "<h3>What we measured</h3>" in read_online and "<h4>In the dry season</h4>" in read_online


def test_normalise_headings_never_skips_and_starts_where_asked():
    html = "<h4>a</h4><h2>b</h2><h4 id='x'>c</h4>"
    assert normalise_headings(html, 2) == "<h2>a</h2><h2>b</h2><h3 id='x'>c</h3>"
    assert normalise_headings(html, 3) == "<h3>a</h3><h3>b</h3><h4 id='x'>c</h4>"
    assert normalise_headings("<p>no headings</p>", 2) == "<p>no headings</p>"


def crumbs(html: str) -> list[tuple[str | None, str]]:
    nav = BREADCRUMBS.search(html).group(1)
    return [
        (href or None, re.sub(r"<[^>]+>", "", text))
        for href, text in re.findall(r'<li>(?:<a href="([^"]*)"[^>]*>|<span[^>]*>)(.*?)</(?:a|span)></li>', nav)
    ]


def test_breadcrumbs_on_every_page_type_but_home(client, world):
    for name, url in page_urls(world).items():
        html = client.get(url).content.decode()
        if name == "home":
            assert "breadcrumbs" not in html
            continue
        trail = crumbs(html)
        assert trail[0] == ("/", "Home"), name
        assert trail[-1][0] is None and 'aria-current="page"' in html, name


def test_breadcrumbs_stay_in_the_readers_language_and_are_structured_data(client, world, locales, translate):
    publication = world["publication"]
    index = publication.get_parent()
    translate(index, locales["fr"], {index.title: "Publications (fr)"})
    # The publication itself is not translated: read under /fr/ with the notice.
    html = client.get("/fr" + publication.url).content.decode()
    assert crumbs(html) == [
        ("/fr/", "Accueil"),
        ("/fr/publications/", "Publications (fr)"),
        (None, publication.title),
    ]
    blocks = [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]
    trail = next(block for block in blocks if block.get("@type") == "BreadcrumbList")
    assert [item["item"] for item in trail["itemListElement"]] == [
        "http://testserver/fr/",
        "http://testserver/fr/publications/",
        f"http://testserver/fr{publication.url}",
    ]
    assert [item["position"] for item in trail["itemListElement"]] == [1, 2, 3]
