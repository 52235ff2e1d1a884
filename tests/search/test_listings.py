"""The home page's latest work and the thematic area pages, read from the search
documents: public items only, compact cards, the visitor's language."""

import pytest

from search.listings import teaser
from tests.factories.home import ThematicAreaFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

LONG = (
    "Cities where floods displace families need housing that is affordable and safe, and this report follows "
    "forty cities over ten years to show what worked for them and what did not work at all. Second sentence."
)


def test_a_card_teaser_is_the_first_sentence_or_thirty_words():
    assert teaser("Floods displace families. Housing helps.") == "Floods displace families."
    assert teaser(LONG).endswith("…") and len(teaser(LONG).split()) == 30
    assert teaser("السكن الميسر للجميع؟ نعم.") == "السكن الميسر للجميع؟"


def test_home_page_leads_with_the_latest_publications(client, home):
    index = PublicationIndexPageFactory(parent=home)
    area = ThematicAreaFactory(name="Housing", slug="housing")
    PublicationPageFactory(parent=index, title="Older report", thematic_areas=[area])
    PublicationPageFactory(parent=index, title="Draft report", thematic_areas=[area], publish=False)
    html = client.get("/").content.decode()
    assert "Latest publications" in html and "Older report" in html
    assert "Draft report" not in html


def test_a_thematic_area_page_gathers_its_public_items(client, home):
    index = PublicationIndexPageFactory(parent=home)
    housing = ThematicAreaFactory(name="Housing", slug="housing")
    water = ThematicAreaFactory(name="Water", slug="water")
    PublicationPageFactory(parent=index, title="Homes for all", thematic_areas=[housing])
    PublicationPageFactory(parent=index, title="Clean water", thematic_areas=[water])
    PublicationPageFactory(parent=index, title="Unpublished homes", thematic_areas=[housing], publish=False)
    response = client.get("/themes/housing/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Housing" in html and "Homes for all" in html
    assert "Clean water" not in html and "Unpublished homes" not in html
    assert "thematic_area=housing" in html, "a link to search everything on the theme"
    assert client.get("/themes/no-such-theme/").status_code == 404
