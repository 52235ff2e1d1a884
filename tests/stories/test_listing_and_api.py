"""Stories as visitors and API clients see them: filters, bad input, languages,
the flagship and home pages' latest stories, search documents, query budgets."""

import pytest

from core.search_registry import builder_for
from stories.models import StoryPage
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db


def test_listing_filters_by_region_country_area_and_flagship(client, make_story, flagship):
    make_story(title="Beira rebuilds", region="africa", country="mz", related_flagship=flagship)
    make_story(title="Quito plans", region="latin-america-caribbean", country="ec")
    make_story(title="Draft", live=False)

    def titles(**params):
        response = client.get("/api/v1/stories", params)
        assert response.status_code == 200, response.content
        return [item["title"] for item in response.json()["items"]]

    assert sorted(titles()) == ["Beira rebuilds", "Quito plans"]
    assert titles(region="africa") == ["Beira rebuilds"]
    assert titles(region="AFRICA") == ["Beira rebuilds"]
    assert titles(country="EC") == ["Quito plans"]
    assert titles(country="fr") == []
    assert sorted(titles(thematic_area="climate-action")) == ["Beira rebuilds", "Quito plans"]
    assert titles(flagship=flagship.slug) == ["Beira rebuilds"]
    # Several values: any of them matches, repeated or comma-separated.
    assert sorted(titles(region=["africa", "latin-america-caribbean"])) == ["Beira rebuilds", "Quito plans"]
    assert sorted(titles(country="mz,EC")) == ["Beira rebuilds", "Quito plans"]
    assert titles(country="fr,mz") == ["Beira rebuilds"]


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"region": "atlantis"}, "region"),
        ({"country": "zz"}, "country"),
        ({"country": "k\x00"}, "country"),
        ({"thematic_area": "nothing"}, "thematic_area"),
        ({"flagship": "no-such-programme"}, "flagship"),
        ({"locale": "xx"}, "locale"),
        ({"limit": "0"}, "limit"),
        ({"offset": str(2**64)}, "offset"),
    ],
)
def test_bad_filters_are_problems_that_say_what_to_use(client, make_story, params, parameter):
    make_story()
    response = client.get("/api/v1/stories", params)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["parameter"] == parameter


@pytest.mark.parametrize("page_id", ["0", str(2**63), str(2**70), "abc"])
def test_out_of_range_ids_are_problems_not_errors(client, page_id):
    response = client.get(f"/api/v1/stories/{page_id}")
    assert response.status_code in (400, 404)
    assert response["Content-Type"] == "application/problem+json"


def test_the_detail_falls_back_to_english_and_hides_drafts(client, make_story, translate, locales):
    story = make_story(title="Beira rebuilds")
    french, _ = translate(story, locales["fr"], {"Beira rebuilds": "Beira se reconstruit"})
    body = client.get(f"/api/v1/stories/{story.pk}", {"locale": "fr"}).json()
    assert body["title"] == "Beira se reconstruit" and body["translated"] is True
    assert body["standfirst"].startswith("<p>In Beira") and body["place"]["country_name"] == "Mozambique"
    assert body["lead_image"]["credit"] == "UN-Habitat / A. Photographer"

    spanish = client.get(f"/api/v1/stories/{story.pk}", {"locale": "es"}).json()
    assert spanish["title"] == "Beira rebuilds" and spanish["translated"] is False

    story.unpublish()
    french_page = StoryPage.objects.get(pk=french.pk)
    french_page.unpublish()
    assert client.get(f"/api/v1/stories/{story.pk}").status_code == 404


def test_the_contact_shows_but_never_internal_notes(client, make_story):
    from tests.factories.home import ContactFactory

    story = make_story(contact=ContactFactory(name="Amina Odhiambo", internal_notes="Private: call after 6."))
    body = client.get(f"/api/v1/stories/{story.pk}").json()
    assert body["contact"]["name"] == "Amina Odhiambo"
    assert "Private" not in str(body)


def test_the_story_page_and_the_index(client, make_story, story_index, flagship):
    story = make_story(title="Beira rebuilds", related_flagship=flagship)
    page = client.get(story.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert html.index("In Beira, families") < html.index("The story itself")  # the standfirst first
    assert 'Image: <span class="credit">UN-Habitat / A. Photographer</span>' in html and "Mozambique, Africa" in html
    assert flagship.url in html

    index = client.get(story_index.url, {"region": "atlantis"})
    assert index.status_code == 200 and "There is no “atlantis” to filter by" in index.content.decode()


def test_the_flagship_and_home_pages_show_the_latest_stories(client, make_story, flagship, home):
    make_story(title="About the programme", related_flagship=flagship)
    make_story(title="About something else")
    flagship_html = client.get(flagship.url).content.decode()
    assert "About the programme" in flagship_html and "About something else" not in flagship_html
    home_html = client.get(home.url).content.decode()
    assert "About the programme" in home_html and "About something else" in home_html


def test_a_story_is_a_search_document(make_story):
    story = make_story(title="Beira rebuilds")
    document = builder_for(StoryPage)(story)
    assert document.content_type == "story" and document.snippet.startswith("In Beira")
    assert document.countries == ["mz"] and document.thematic_areas == [("climate-action", "Urban climate action")]


@pytest.mark.parametrize("params", [{}, {"locale": "fr"}, {"region": "africa", "thematic_area": "climate-action"}])
def test_listing_api_query_count_is_flat(client, make_story, params):
    for _ in range(5):
        make_story()
    small = count_queries(client, "/api/v1/stories", {"limit": 100, **params})
    for _ in range(45):
        make_story()
    assert count_queries(client, "/api/v1/stories", {"limit": 100, **params}) == small


def test_index_page_query_count_is_flat(client, make_story, story_index):
    for _ in range(5):
        make_story()
    small = count_queries(client, story_index.url)
    for _ in range(45):
        make_story()
    assert count_queries(client, story_index.url) == small
