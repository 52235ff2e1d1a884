"""What shares and search engines read: og:description from the abstract when no
SEO text is given, twitter:card, and schema.org JSON-LD that is valid JSON with
the properties each type needs."""

import json
import re

import pytest

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

SECOND_SENTENCE = (
    "This report follows forty coastal cities over ten years to show which housing, drainage and finance "
    "choices kept families safe, and what the cities would do differently next time."
)
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def blocks(html: str) -> dict[str, dict]:
    found = {}
    for text in JSON_LD.findall(html):
        data = json.loads(text)
        assert data["@context"] == "https://schema.org"
        found[data["@type"]] = data
    return found


def meta(html: str, name: str) -> str | None:
    match = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)"', html)
    return match.group(1) if match else None


def test_a_publication_describes_itself_for_shares_and_search_engines(client, home):
    index = PublicationIndexPageFactory(parent=home)
    page = PublicationPageFactory(
        parent=index, title="Flood-proof homes", abstract=f"<p>Floods displace families. {SECOND_SENTENCE}</p>"
    )
    page.keywords.add("flood")
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert meta(html, "og:description") == "Floods displace families."
    assert meta(html, "twitter:card") == "summary"
    found = blocks(html)
    assert found["Organization"]["name"] and found["Organization"]["url"].startswith("http")
    report = found["Report"]
    assert report["name"] == "Flood-proof homes" and report["inLanguage"] == "en"
    assert report["abstract"].startswith("Floods displace families.")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", report["datePublished"])
    assert report["url"].endswith(page.url) and report["keywords"] == ["flood"]


def test_text_cannot_close_the_json_ld_script(client, home):
    index = PublicationIndexPageFactory(parent=home)
    page = PublicationPageFactory(parent=index, title="</script><script>alert(1)</script>")
    html = client.get(page.url).content.decode()
    assert "</script><script>alert(1)" not in html
    assert blocks(html)["Report"]["name"] == "</script><script>alert(1)</script>"


def test_a_project_to_fund_is_a_donate_action(client, home):
    project = DonationProjectPageFactory(parent=DonatePageFactory(parent=home), slug="water")
    found = blocks(client.get(project.url).content.decode())
    action = found["DonateAction"]
    assert action["recipient"]["@type"] == "Organization" and action["recipient"]["name"]
    assert action["priceSpecification"]["priceCurrency"] == "USD"


def test_an_event_is_a_schema_org_event(client, home):
    from tests.factories.events import EventIndexPageFactory, EventPageFactory

    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), title="World Urban Forum")
    response = client.get(event.url)
    assert response.status_code == 200
    data = blocks(response.content.decode())["Event"]
    assert data["name"] == "World Urban Forum"
    assert re.match(r"\d{4}-\d{2}-\d{2}T09:30:00\+03:00", data["startDate"]), "local time with its offset"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["location"] == {
        "@type": "Place",
        "name": "UN Gigiri complex, Nairobi",
        "address": {"@type": "PostalAddress", "addressCountry": "KE"},
    }
