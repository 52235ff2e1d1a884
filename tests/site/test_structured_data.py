"""What shares and search engines read: og:description from the abstract when no
SEO text is given, twitter:card, and schema.org JSON-LD that is valid JSON with
the properties each type needs."""

import json
import re

import pytest

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

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
        parent=index,
        title="Flood-proof homes",
        # 30 words at least: a published abstract's rule holds on every path to live.
        abstract="<p>Floods displace families. Homes built above the flood line keep them safe and dry through "
        "the rainy season, and this report shows how cities pay for them with fees, transfers and loans.</p>",
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
