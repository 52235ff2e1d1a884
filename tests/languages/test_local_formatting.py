"""Names, lists, time zones and the footer in the reader's language (found by the
user test): countries named from their ISO code in the reader's language, lists
joined with the language's own pattern (no Latin comma in Arabic), time zones
named as readers name them instead of IANA ids, the usual supporter roles and
the organisation's name in the footer translated. Pages are reached by
following links from each language's home page."""

from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from tests.factories.events import EventIndexPageFactory, EventPageFactory, add_supporter
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory, add_place

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "ar", "zh-hans")


@pytest.fixture
def site_pages(home, locales, translate):
    flagships = FlagshipIndexPageFactory(parent=home)
    coastal = FlagshipPageFactory(parent=flagships, title="Resilient coastal cities", slug="resilient-coastal-cities")
    for code, name in (("mz", "Mozambique"), ("bd", "Bangladesh"), ("ec", "Ecuador")):
        add_place(coastal, code, name)
    events = EventIndexPageFactory(parent=home)
    event = EventPageFactory(parent=events, title="Youth cities summit", slug="youth-cities-summit")
    add_supporter(event, country="eg", role="host")
    add_supporter(event, partner_name="UN-Habitat Youth Board", role="co-organiser")
    for code in LANGUAGES:
        translate(home, locales[code], {})
        for section in (flagships, events):
            translate(Page.objects.get(pk=section.pk).specific, locales[code], {})
    return {"flagship": coastal, "event": event}


def _soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def _follow(client, url, slug):
    """Open `url` and follow its first link whose address contains `slug`."""
    soup = _soup(client, url)
    href = next(a["href"] for a in soup.find_all("a", href=True) if slug in a["href"])
    target = urljoin(url, href)
    return target, _soup(client, target)


def _fact(soup, label):
    term = soup.find("dt", string=label)
    return term.find_next_sibling("dd").get_text(strip=True)


@pytest.mark.parametrize(
    ("code", "countries", "footer"),
    [
        ("fr", "Mozambique, Bangladesh et Équateur", "ONU-Habitat"),
        ("ar", "موزمبيق وبنغلاديش والإكوادور", "موئل الأمم المتحدة"),
        ("zh-hans", "莫桑比克、孟加拉国和厄瓜多尔", "联合国人居署"),
    ],
)
def test_countries_lists_and_footer_in_the_readers_language(client, site_pages, code, countries, footer):
    url, _index = _follow(client, f"/{code}/", "/flagships/")
    url, soup = _follow(client, url, "resilient-coastal-cities")
    assert url.startswith(f"/{code}/")
    assert countries in [dd.get_text(strip=True) for dd in soup.select("dl dd")]
    assert "Ecuador" not in soup.main.get_text()
    legal = soup.select_one(".footer-legal").get_text(" ", strip=True)
    assert "UN-Habitat" not in legal and footer in legal


@pytest.mark.parametrize(
    ("code", "zone", "role"),
    [
        ("fr", "heure normale d’Afrique de l’Est", "co-organisateur"),
        ("ar", "توقيت شرق أفريقيا", "جهة مشاركة في التنظيم"),
        ("zh-hans", "东部非洲时间", "联合主办方"),
    ],
)
def test_time_zones_and_supporter_roles_are_named_in_the_readers_language(client, site_pages, code, zone, role):
    listing_url, listing = _follow(client, f"/{code}/", "/events/")
    card_zone = listing.select_one(".event-card .time-zone").get_text(strip=True)
    assert card_zone == f"({zone})"
    assert "Africa/Nairobi" not in listing.main.get_text()
    _url, event = _follow(client, listing_url, "youth-cities-summit")
    assert zone in event.select_one(".event-facts").get_text()
    assert "Africa/Nairobi" not in event.main.get_text()
    spotlight = event.select_one(".spotlight").get_text(" ", strip=True)
    assert role in spotlight and "co-organiser" not in spotlight
