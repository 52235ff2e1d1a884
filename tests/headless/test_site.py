"""The site endpoint, section pages and finding pages by a localised path: what
a front end needs to build every locale's shell and routes from the API alone."""

import pytest

from core.models import SiteContent, SiteLink
from tests.factories import HomePageFactory
from tests.factories.donate import DonatePageFactory
from tests.factories.publications import PublicationIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_tree(home, locales, translate):
    publications = PublicationIndexPageFactory(parent=home, introduction="<p>Our reports and guides.</p>")
    donate = DonatePageFactory(parent=home)
    privacy = HomePageFactory(parent=home, slug="privacy", title="Privacy")
    translate(home, locales["fr"], {})
    french_publications, _ = translate(
        publications, locales["fr"], {"Publications": "Publications FR", "Our reports and guides.": "Nos rapports."}
    )
    content = SiteContent(organisation_name="UN-Habitat", footer_text="Nairobi", locale=locales["en"])
    content.links = [
        SiteLink(menu="main", label="Publications", page=publications),
        SiteLink(menu="legal", label="Privacy", page=privacy),
        SiteLink(menu="social", label="LinkedIn", url="https://www.linkedin.com/company/un-habitat"),
    ]
    content.save()
    content.save_revision().publish()
    return {"publications": publications, "french_publications": french_publications, "donate": donate}


def test_site_in_french_keeps_links_and_routes_in_french(client, site_tree, locales, translate):
    english = SiteContent.objects.get(locale=locales["en"])
    translate(english, locales["fr"], {"UN-Habitat": "ONU-Habitat", "Publications": "Publications (fr)"})

    body = client.get("/api/v1/site", {"locale": "fr"}).json()

    assert body["organisation_name"] == "ONU-Habitat"
    assert body["translated"] is True
    assert body["direction"] == "ltr"
    [publications] = body["navigation"]
    assert publications["url"].startswith("/fr/")
    assert publications["api_url"].endswith("locale=fr")
    assert publications["type"] == "publication_index"
    assert body["routes"]["glossary"].startswith("/fr/")
    assert body["routes"]["search"].startswith("/fr/")
    assert body["routes"]["donate"].startswith("/fr/")
    assert body["routes"]["home"] == "/fr/"
    assert [link["label"] for link in body["social"]] == ["LinkedIn"]
    assert body["social"][0]["external"] is True
    assert body["legal"][0]["url"].startswith("/fr/")
    assert {locale["code"]: locale["direction"] for locale in body["locales"]}["ar"] == "rtl"


def test_untranslated_site_content_falls_back_and_says_so(client, site_tree):
    body = client.get("/api/v1/site", {"locale": "ar"}).json()
    assert body["organisation_name"] == "UN-Habitat"
    assert body["translated"] is False
    assert body["locale"] == "en"  # the content's own locale, not the one asked for
    assert body["direction"] == "rtl"
    assert body["routes"]["home"] is not None


def test_without_site_content_the_navigation_is_the_home_sections(client, home):
    PublicationIndexPageFactory(parent=home)
    body = client.get("/api/v1/site").json()
    labels = [link["label"] for link in body["navigation"]]
    assert labels[0] == "Publications"
    assert {"Glossary", "Search"} <= set(labels)


def test_section_detail_has_its_introduction_and_listing(client, site_tree):
    publications = site_tree["publications"]
    body = client.get(f"/api/v1/sections/{publications.pk}", {"locale": "fr"}).json()
    assert body["type"] == "publication_index"
    assert body["translated"] is True
    assert body["introduction"] == "<p>Nos rapports.</p>"
    assert body["listing_api_urls"] == ["/api/v1/publications?locale=fr"]
    assert {entry["locale"] for entry in body["translations"] if entry["translated"]} == {"en", "fr"}
    assert client.get(f"/api/v1/sections/{site_tree['donate'].pk}").status_code == 404


def test_find_honours_the_language_prefix_and_gives_api_urls_of_sections(client, site_tree):
    body = client.get("/api/v1/pages/find", {"path": "/fr/publications/"}).json()
    assert body["locale"] == "fr"
    assert body["title"] == "Publications FR"
    assert body["api_url"] == f"/api/v1/sections/{site_tree['french_publications'].pk}?locale=fr"
    assert client.get(body["api_url"]).status_code == 200
