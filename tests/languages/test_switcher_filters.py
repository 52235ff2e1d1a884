"""The language switcher keeps a thematic-area filter: a French reader who filtered
a listing by "Logement" and switches to Arabic reads the Arabic listing filtered by
"الإسكان", the same area under its Arabic slug, not every item with a notice that
the filter is unknown. Walked as a reader does: from the locale's home page, the
main navigation, the filter form, then the switcher's link."""

from urllib.parse import unquote, urlencode

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from core.place_parameters import place_queries
from home.models import ThematicArea
from tests.factories.events import EventIndexPageFactory, EventPageFactory
from tests.factories.events import add_area as add_event_area
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory
from tests.factories.stories import add_area as add_story_area

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "ar", "zh-hans")
HOUSING = {"en": ("Housing", "housing"), "fr": ("Logement", "logement"), "ar": ("الإسكان", "الإسكان"),
           "zh-hans": ("住房", "住房")}  # fmt: skip
CLIMATE = {"en": ("Climate", "climate"), "fr": ("Climat", "climat"), "ar": ("المناخ", "المناخ"),
           "zh-hans": ("气候", "气候")}  # fmt: skip


def area_in_every_language(names, locales):
    english = ThematicAreaFactory(name=names["en"][0], slug=names["en"][1])
    for code in LANGUAGES:
        name, slug = names[code]
        ThematicAreaFactory(name=name, slug=slug, locale=locales[code], translation_key=english.translation_key)
    return english


@pytest.fixture
def site(home, locales, translate):
    housing = area_in_every_language(HOUSING, locales)
    climate = area_in_every_language(CLIMATE, locales)
    publications = PublicationIndexPageFactory(parent=home, title="Publications")
    PublicationPageFactory(parent=publications, title="Affordable homes", thematic_areas=[housing])
    PublicationPageFactory(parent=publications, title="Cooler streets", thematic_areas=[climate])
    stories = StoryIndexPageFactory(parent=home, title="Impact stories")
    add_story_area(StoryPageFactory(parent=stories, title="Homes rebuilt in Beira"), housing)
    add_story_area(StoryPageFactory(parent=stories, title="Shade for Dakar"), climate)
    events = EventIndexPageFactory(parent=home, title="Events")
    add_event_area(EventPageFactory(parent=events, title="Housing forum"), housing)
    add_event_area(EventPageFactory(parent=events, title="Heat summit"), climate)
    for code in LANGUAGES:
        translate(home, locales[code], {})
        for index in (publications, stories, events):
            translate(Page.objects.get(pk=index.pk).specific, locales[code], {})
    return {"publications": publications, "stories": stories, "events": events}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def follow_nav(client, home_url, section):
    """The listing's link in the main navigation of the locale's home page."""
    soup = soup_of(client, home_url)
    links = [a["href"] for a in soup.select("nav.main-nav a")]
    (url,) = [href for href in links if href.rstrip("/").endswith(f"/{section}") or href == f"/{section}/"]
    return url


def submit_filter(client, listing_url, area_name):
    """Choose the area by its visible name in the filter form and submit it, as a
    browser does: every field of the form, empty ones included."""
    soup = soup_of(client, listing_url)
    form = soup.select_one("form[role=search]")
    fields = []
    for field in form.find_all(["input", "select"]):
        if field.name == "select" and field["name"] == "thematic_area":
            (option,) = [o for o in field.find_all("option") if o.get_text(strip=True) == area_name]
            fields.append((field["name"], option["value"]))
        elif field.name == "select":
            chosen = field.find("option", selected=True) or field.find("option")
            fields.append((field["name"], chosen.get("value", "")))
        elif field.get("name"):
            fields.append((field["name"], field.get("value", "")))
    return f"{listing_url}?{urlencode(fields)}"


def switch(client, url, code):
    soup = soup_of(client, url)
    return soup.select_one(f'nav.languages a[hreflang="{code}"]')["href"]


def chosen_area(soup):
    option = soup.select_one('select[name="thematic_area"] option[selected]')
    return option.get_text(strip=True) if option else None


@pytest.mark.parametrize(
    ("section", "housing_item", "climate_item"),
    [
        ("publications", "Affordable homes", "Cooler streets"),
        ("stories", "Homes rebuilt in Beira", "Shade for Dakar"),
        ("events", "Housing forum", "Heat summit"),
    ],
)
@pytest.mark.parametrize(("source", "target", "home_url"), [("fr", "ar", "/fr/"), ("en", "zh-hans", "/")])
def test_switching_language_keeps_the_thematic_area_filter(
    client, site, section, housing_item, climate_item, source, target, home_url
):
    listing = follow_nav(client, home_url, section)
    filtered = submit_filter(client, listing, HOUSING[source][0])
    before = soup_of(client, filtered)
    assert chosen_area(before) == HOUSING[source][0]

    switched = switch(client, filtered, target)
    assert switched.startswith(f"/{target}/")
    after = soup_of(client, switched)
    assert after.html["lang"] == target
    # The same area, chosen under its name in the new language; no "unknown filter" notice.
    assert chosen_area(after) == HOUSING[target][0]
    assert after.select_one("form[role=search] ~ p.notice[role=status]") is None
    main = after.select_one("main").get_text(" ", strip=True)
    assert housing_item in main
    assert climate_item not in main


def test_a_language_without_the_listing_gets_the_filter_its_fallback_listing_knows(client, site, locales):
    """Spanish has no translated listing: its link is the English listing shown
    under /es/, which filters by the English slug."""
    from tests.translation_support import translate

    translate(Page.objects.get(pk=site["publications"].get_parent().pk).specific, locales["es"], {})
    filtered = submit_filter(client, follow_nav(client, "/fr/", "publications"), "Logement")
    switched = switch(client, filtered, "es")
    after = soup_of(client, switched)
    assert chosen_area(after) == "Housing"
    assert "Affordable homes" in after.select_one("main").get_text(" ", strip=True)
    assert "Cooler streets" not in after.select_one("main").get_text(" ", strip=True)


def test_the_other_filters_and_the_place_are_kept_beside_the_area(client, site):
    place = "view=month&month=2027-02&audience=member-states"
    switched = switch(client, f"/fr/events/?{place}&thematic_area=logement", "ar")
    assert switched == "/ar/events/?" + urlencode(
        {"view": "month", "month": "2027-02", "audience": "member-states", "thematic_area": "الإسكان"}
    )


def test_an_area_without_a_live_translation_falls_back_to_its_default_slug(client, site, locales):
    ThematicArea.objects.filter(slug="الإسكان").update(live=False)
    switched = switch(client, "/fr/publications/?thematic_area=logement", "ar")
    assert switched == "/ar/publications/?thematic_area=housing"
    after = soup_of(client, switched)
    assert chosen_area(after) == "Housing"


def test_an_unknown_area_is_left_behind(client, site):
    """The French listing already said it showed everything; Arabic does not repeat it."""
    assert switch(client, "/fr/publications/?thematic_area=nowhere&year=2024", "ar") == "/ar/publications/?year=2024"


def test_the_areas_of_every_language_are_read_in_one_query(site, locales, django_assert_num_queries, rf):
    request = rf.get("/fr/publications/", {"thematic_area": "logement", "page": "2"})
    targets = {code: locale.pk for code, locale in locales.items()}
    with django_assert_num_queries(1):
        queries = place_queries(request.GET, locales["fr"].pk, targets, locales["en"].pk)
    assert len(queries) == len(locales) >= 6
    assert queries["zh-hans"] == urlencode({"page": "2", "thematic_area": "住房"})
    assert queries["en"] == "page=2&thematic_area=housing"


def test_a_publication_type_filter_is_carried_over_the_same_way(client, site, locales):
    """Publication types are translatable snippets with per-language slugs too."""
    from tests.factories.publications import PublicationTypeFactory

    report = PublicationTypeFactory(name="Report", slug="report")
    for code, (name, slug) in {"fr": ("Rapport", "rapport"), "ar": ("تقرير", "تقرير")}.items():
        PublicationTypeFactory(name=name, slug=slug, locale=locales[code], translation_key=report.translation_key)
    switched = switch(client, "/fr/publications/?type=rapport&thematic_area=logement", "ar")
    assert switched == "/ar/publications/?" + urlencode({"type": "تقرير", "thematic_area": "الإسكان"})


def test_a_flagship_filter_follows_the_programmes_translated_slug(client, site, home, locales, translate):
    """A flagship page's slug is translated with its title: the stories listing's
    `flagship` filter is carried over as the programme's slug in the new language."""
    from flagships.models import FlagshipPage
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

    index = FlagshipIndexPageFactory(parent=home)
    flagship = FlagshipPageFactory(parent=index, title="Resilient cities", slug="resilient-cities", contacts=1)
    story = StoryPageFactory(parent=site["stories"], title="Sea walls in Maputo")
    type(story).objects.filter(pk=story.pk).update(related_flagship=flagship)
    for code, slug in (("fr", "villes-resilientes"), ("ar", "مدن-صامدة")):
        translate(Page.objects.get(pk=index.pk).specific, locales[code], {})
        translated, _ = translate(FlagshipPage.objects.get(pk=flagship.pk), locales[code], {})
        FlagshipPage.objects.filter(pk=translated.pk).update(slug=slug)

    switched = switch(client, "/fr/stories/?flagship=villes-resilientes", "ar")
    assert switched == "/ar/stories/?" + urlencode({"flagship": "مدن-صامدة"})
    main = soup_of(client, switched).select_one("main")
    assert main.select_one('select[name="flagship"] option[selected]')["value"] == "مدن-صامدة"
    assert "Sea walls in Maputo" in main.get_text(" ", strip=True)
    assert "Homes rebuilt in Beira" not in main.get_text(" ", strip=True)


def test_a_thematic_areas_page_switches_to_the_same_area(client, site, home, locales):
    """The area's own page is named by its slug: from the French home page's
    "Logement" to its page, then to Arabic, is the Arabic page of the same area
    (it was /ar/themes/logement/, a 404)."""
    from home.models import HomePage, HomePageThematicArea

    french_home = HomePage.objects.get(translation_key=home.translation_key, locale=locales["fr"])
    HomePageThematicArea.objects.create(
        home_page=french_home, thematic_area=ThematicArea.objects.get(slug="logement"), locale=locales["fr"]
    )
    home_soup = soup_of(client, "/fr/")
    (area_link,) = [a["href"] for a in home_soup.select("main a") if a.get_text(strip=True) == "Logement"]
    switched = switch(client, area_link, "ar")
    assert unquote(switched) == "/ar/themes/الإسكان/"
    after = soup_of(client, switched)
    assert after.h1.get_text(strip=True) == "الإسكان"
    assert "Affordable homes" in after.select_one("main").get_text(" ", strip=True)
    assert switch(client, area_link, "zh-hans").startswith("/zh-hans/themes/")
