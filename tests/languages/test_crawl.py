"""A reader in each of the five other languages, following links from their
home page, never lands in English: no link leaves their locale (except the
language switcher), no page declares itself English, and every English
fragment shown to them (untranslated content) is marked lang="en"."""

from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from donate.models import DonateAllocation
from tests.factories.world import build_world

pytestmark = pytest.mark.django_db

NON_ENGLISH = ["fr", "es", "ar", "zh-hans", "ru"]
# Not pages: files, media, the API and the admin are the same in every language.
OUTSIDE_PAGES = ("/downloads/", "/documents/", "/media/", "/static/", "/api/", "/admin/", "/i18n/")
# Titles of the world's content that stays English in every locale but French
# for the publication (translated below).
ENGLISH_ONLY = ["Resilient cities", "Clean water for Kisumu", "Homes rebuilt in Beira"]


@pytest.fixture
def world(home, locales, translate):
    items = build_world(home)
    # Translations are published through the publish checks: the Donate page needs its allocation.
    DonateAllocation.objects.create(page=items["donate"], label="Projects", description="Work.", percentage=100)
    for code in NON_ENGLISH:
        translate(home, locales[code], {})
        for section in Page.objects.child_of(home).specific():
            translate(section, locales[code], {})
    translate(items["publication"], locales["fr"], {"Financing urban drainage": "Financer le drainage urbain"})
    return items


def _links(soup):
    for anchor in soup.find_all("a", href=True):
        if anchor.find_parent("nav", class_="languages"):
            continue
        yield anchor["href"]


def _english_fragments(soup, english):
    """Text nodes in the body showing English content, with the language they are marked in."""
    for text in soup.body.find_all(string=True):
        if any(title in text for title in english):
            marked = text.find_parent(attrs={"lang": True})
            yield text.strip(), marked.get("lang") if marked else None


def crawl(client, code, limit=200, english=None):
    """Pages reached from the locale's home page, and the problems found on them.
    `english`: titles of content shown in English in this locale (the world's by default)."""
    prefix = f"/{code}/"
    queue, seen, problems = [prefix], set(), []
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/html"):
            continue
        soup = BeautifulSoup(response.content, "html.parser")
        if soup.html.get("lang") != code:
            problems.append(f"{url} declares lang={soup.html.get('lang')!r}")
        shown_in_english = english
        if shown_in_english is None:
            shown_in_english = ENGLISH_ONLY + (["Financing urban drainage"] if code != "fr" else [])
        for text, lang in _english_fragments(soup, shown_in_english):
            if lang != "en":
                problems.append(f"{url}: {text[:60]!r} is English but marked {lang!r}")
        for href in _links(soup):
            target = urljoin(url, href)
            parts = urlsplit(target)
            if parts.scheme in ("mailto", "tel") or parts.netloc not in ("", "testserver"):
                continue
            if parts.path.startswith(OUTSIDE_PAGES):
                continue
            if "/email/" in parts.path:
                # The issue as emailed to its own language's subscribers: a
                # document in the issue's language, linked from under /fr/.
                continue
            if not parts.path.startswith(prefix):
                problems.append(f"{url} links out of /{code}/ to {href}")
                continue
            if parts.path not in seen:
                queue.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return seen, problems


def test_every_locale_keeps_its_reader(client, world):
    for code in NON_ENGLISH:
        seen, problems = crawl(client, code)
        # The home page, five sections, their items, the glossary and search.
        assert len(seen) >= 12, (code, sorted(seen))
        assert f"/{code}/flagships/resilient-cities/" in seen
        assert not problems, "\n".join(problems)
