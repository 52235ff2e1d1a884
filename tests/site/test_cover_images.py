"""Cover images as visitors and front ends get them: renditions in a `srcset`
with width and height (no layout shift), lazy below the fold, alternative text
in the right language, `og:image` absolute, and the API's image object."""

import json
import re

import pytest

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.images import ImageFactory
from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory
from tests.translation_support import publish_confirmed

pytestmark = pytest.mark.django_db

IMG = re.compile(r"<img\b[^>]*>")


def attrs(tag: str) -> dict:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def images_with_class(html: str, css_class: str) -> list[dict]:
    return [attrs(tag) for tag in IMG.findall(html) if f'class="{css_class}"' in tag]


@pytest.fixture
def cover():
    image = ImageFactory(description="Rain gardens along a street in Dakar", file__width=1600, file__height=1000)
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 400, 500, 200, 100
    image.save()
    return image


@pytest.fixture
def publication(home, cover):
    index = PublicationIndexPageFactory(parent=home)
    credit = "UN-Habitat / A. Diallo"
    return PublicationPageFactory(
        parent=index, title="Streets that drink the rain", cover_image=cover, cover_image_credit=credit
    )


def test_cards_show_the_cover_in_several_widths_with_its_size_and_lazily(client, publication):
    html = client.get(publication.get_parent().url).content.decode()
    [card] = images_with_class(html, "card-image")
    widths = [int(entry.rsplit(" ", 1)[1].rstrip("w")) for entry in card["srcset"].split(", ")]
    assert widths == [320, 480, 640, 960]
    assert all(".webp" in entry for entry in card["srcset"].split(", "))
    assert card["sizes"] and card["loading"] == "lazy"
    assert (card["width"], card["height"]) == ("640", "400")  # 16:10, so the card keeps its space
    assert card["alt"] == "Rain gardens along a street in Dakar"


def test_the_page_shows_the_cover_at_once_with_its_credit_and_shares_it(client, publication):
    html = client.get(publication.url).content.decode()
    [lead] = images_with_class(html, "cover-image")
    assert "loading" not in lead and lead["fetchpriority"] == "high"
    assert lead["srcset"].count("w, ") == 3 and int(lead["width"]) > 0 and int(lead["height"]) > 0
    assert "Image: UN-Habitat / A. Diallo" in html
    og_image = re.search(r'<meta property="og:image" content="([^"]+)">', html).group(1)
    assert og_image.startswith("http://testserver/media/") and og_image.endswith(".jpg")
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta property="og:image:alt" content="Rain gardens along a street in Dakar">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]
    report = next(block for block in data if block.get("@type") in ("Report", "ScholarlyArticle"))
    assert report["image"] == og_image


def test_a_page_without_a_cover_has_a_small_card_and_no_og_image(client, home):
    index = PublicationIndexPageFactory(parent=home)
    page = PublicationPageFactory(parent=index)
    html = client.get(page.url).content.decode()
    assert "og:image" not in html and '<meta name="twitter:card" content="summary">' in html


def test_alt_text_in_another_language_says_so(client, publication, locales, translate):
    """The image's description is written once, in English; a French page with
    no alternative text of its own marks it as English for screen readers."""
    french, _ = translate(publication, locales["fr"], {publication.title: "Des rues qui boivent la pluie"})
    html = client.get(french.url).content.decode()
    [lead] = images_with_class(html, "cover-image")
    assert lead["alt"] == "Rain gardens along a street in Dakar" and lead["lang"] == "en"

    french.cover_image_alt = "Des jardins de pluie le long d’une rue de Dakar"
    publish_confirmed(french)  # the rest of its text is still English
    html = client.get(french.url).content.decode()
    [lead] = images_with_class(html, "cover-image")
    assert lead["alt"] == "Des jardins de pluie le long d’une rue de Dakar" and "lang" not in lead


def test_a_decorative_cover_has_empty_alt_text(client, publication):
    publication.cover_image_decorative = True
    publication.save_revision().publish()
    html = client.get(publication.get_parent().url).content.decode()
    [card] = images_with_class(html, "card-image")
    assert card["alt"] == ""


def test_flagship_and_project_cards_and_pages_show_their_covers(client, home, cover):
    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), cover_image=cover)
    project = DonationProjectPageFactory(parent=DonatePageFactory(parent=home), cover_image=cover)
    for listing in (flagship.get_parent(), project.get_parent()):
        assert images_with_class(client.get(listing.url).content.decode(), "card-image"), listing
    for page in (flagship, project):
        assert images_with_class(client.get(page.url).content.decode(), "cover-image"), page


def test_the_api_image_has_renditions_srcset_alt_and_focal_point(client, publication):
    item = client.get("/api/v1/publications").json()["items"][0]
    image = item["cover_image"]
    assert image["alt"] == "Rain gardens along a street in Dakar" and image["decorative"] is False
    assert image["credit"] == "UN-Habitat / A. Diallo"
    assert [rendition["width"] for rendition in image["renditions"]] == [320, 480, 640, 960]
    assert all(rendition["url"].startswith("http://testserver/media/") for rendition in image["renditions"])
    assert image["url"].startswith("http://testserver/media/") and (image["width"], image["height"]) == (640, 400)
    assert image["srcset"].split(", ")[0] == f"{image['renditions'][0]['url']} 320w"
    assert image["focal_point"] == {"x": 0.25, "y": 0.5, "width": 0.125, "height": 0.1}

    detail = client.get(item["api_url"]).json()
    assert detail["documents"][0]["url"].startswith("http://testserver/downloads/publications/")


def test_flagship_and_project_items_carry_their_cover(client, home, cover):
    FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), cover_image=cover)
    project = DonationProjectPageFactory(parent=DonatePageFactory(parent=home), cover_image=cover)
    flagship_item = client.get("/api/v1/flagships").json()["items"][0]
    assert flagship_item["cover_image"]["alt"] == "Rain gardens along a street in Dakar"
    detail = client.get(f"/api/v1/donate/projects/{project.pk}").json()
    assert detail["cover_image"]["renditions"][-1]["width"] == 1600  # the lead shape, up to the original's width


def test_document_links_in_rich_text_are_counted_and_absolute_in_the_api(client, publication):
    row = publication.documents.first()
    body = [
        {
            "type": "paragraph",
            "value": f'<p>Read <a linktype="document" id="{row.document_id}">the full report</a>.</p>',
        }
    ]
    publication.body = json.dumps(body)
    publication.save_revision().publish()
    counted = f"/downloads/publications/{row.pk}/"
    html = client.get(publication.url).content.decode()
    assert f'<a href="{counted}">the full report</a>' in html
    detail = client.get(f"/api/v1/publications/{publication.pk}").json()
    assert f'href="http://testserver{counted}"' in detail["read_online"]


def test_images_in_a_body_come_in_several_widths_and_lazily(client, home, cover):
    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), contacts=1)
    block = {"image": cover.pk, "alt_text": "A sea wall at high tide", "caption": "Beira, 2024"}
    flagship.body = json.dumps([{"type": "image", "value": block}])
    flagship.save_revision().publish()
    html = client.get(flagship.url).content.decode()
    [image] = [attrs(tag) for tag in IMG.findall(html) if "A sea wall at high tide" in tag]
    assert image["loading"] == "lazy" and image["srcset"].count("w, ") == 3 and image["width"] == "800"
