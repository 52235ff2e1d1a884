"""The language switcher and the API's links keep the reader's place and language."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagship(home, locales, translate):
    index = FlagshipIndexPageFactory(parent=home)
    page = FlagshipPageFactory(parent=index, title="Resilient cities", slug="resilient-cities")
    for code in ("fr", "ar"):
        translate(home, locales[code], {})
        translate(Page.objects.get(pk=index.pk).specific, locales[code], {})
    return page


def _switcher(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    links = soup.select("nav.languages a")
    current = [a["hreflang"] for a in links if a.get("aria-current") == "true"]
    return soup, {a["hreflang"]: a["href"] for a in links}, current


def test_on_a_fallback_page_the_switcher_keeps_the_page_and_marks_the_readers_language(client, flagship):
    soup, links, current = _switcher(client, "/ar/flagships/resilient-cities/")
    assert soup.html["lang"] == "ar" and soup.html["dir"] == "rtl"
    assert current == ["ar"]
    assert links == {
        "en": "/flagships/resilient-cities/",
        "fr": "/fr/flagships/resilient-cities/",
        "ar": "/ar/flagships/resilient-cities/",
    }
    assert soup.find(id="fallback-notice") is not None
    assert soup.h1["lang"] == "en" and soup.h1["dir"] == "ltr"


@pytest.mark.parametrize("path", ["glossary/", "search/?q=water"])
def test_views_without_a_page_switch_to_the_same_view(client, flagship, path):
    _soup, links, current = _switcher(client, f"/fr/{path}")
    assert current == ["fr"]
    assert links["ar"] == f"/ar/{path}"
    assert links["en"] == f"/{path}"


def test_api_links_point_into_the_requested_locale(client, flagship):
    items = client.get("/api/v1/flagships?locale=FR").json()["items"]
    assert [(item["url"], item["translated"]) for item in items] == [("/fr/flagships/resilient-cities/", False)]
    detail = client.get(f"/api/v1/flagships/{flagship.pk}?locale=ar").json()
    assert detail["url"] == "/ar/flagships/resilient-cities/"
    assert detail["translated"] is False
