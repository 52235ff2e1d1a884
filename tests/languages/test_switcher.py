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


def test_switching_language_keeps_the_calendar_month_and_the_listing_page(client, flagship, locales, translate, home):
    """Found by the user test: /fr/events/?view=month&month=2027-02 → "English" went to /events/."""
    from tests.factories.events import EventIndexPageFactory

    events = EventIndexPageFactory(parent=home)
    translate(events, locales["fr"], {})
    _soup, links, current = _switcher(client, "/fr/events/?view=month&month=2027-02&audience=member-states")
    assert current == ["fr"]
    assert links["en"] == "/events/?view=month&month=2027-02&audience=member-states"
    assert links["ar"] == "/ar/events/?view=month&month=2027-02&audience=member-states"
    # The English month it leads to is February 2027.
    soup = BeautifulSoup(client.get(links["en"]).content, "html.parser")
    assert soup.find(id="month-heading").get_text(strip=True) == "February 2027"
    # A page of results is kept; anything else (a preview token, tracking) is not, and hreflang stays bare.
    soup, links, _current = _switcher(client, "/fr/flagships/?page=2&utm_source=mail&token=abc")
    assert links["en"] == "/flagships/?page=2"
    alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate")}
    assert alternates["fr"].endswith("/fr/flagships/")
