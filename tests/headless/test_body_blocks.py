"""StreamField bodies as typed blocks beside the HTML: every block type in its own
schema, its text treated as the HTML body's is, its images in the API's image
shape, in the reader's locale, at a fixed number of queries."""

import json
import uuid

import pytest
from jsonschema import Draft202012Validator
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from core.models import DraftShareLink
from flagships.body_blocks import BODY_BLOCKS
from flagships.models import FlagshipPage
from publications.body_blocks import READ_ONLINE_BLOCKS
from publications.models import PublicationPage
from stories.models import StoryPage
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory
from tests.factories.glossary import AbbreviationFactory
from tests.factories.images import ImageFactory
from tests.factories.publications import DocumentFactory, PublicationIndexPageFactory, PublicationPageFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def block(kind: str, value) -> dict:
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def figures(*pairs) -> list[dict]:
    # List items in Wagtail's block format, as the editor saves them.
    return [block("item", {"value": value, "label": label}) for value, label in pairs]


def storytelling_body(*, link_to, document, image, repeat: int = 1) -> str:
    blocks = []
    for _ in range(repeat):
        blocks += [
            block("quote", {"quote": "The SDG came first.\nThen the plan.", "attribution": "A mayor"}),
            block(
                "text",
                f'<h2>What changed</h2><p>Read <a linktype="page" id="{link_to.pk}">the publication</a> '
                f'and <a linktype="document" id="{document.pk}">the report</a> on the SDG.</p>',
            ),
            block("image", {"image": image.pk, "alt_text": "A sea wall at dawn", "caption": "Beira, 2024"}),
            block("key_figures", figures(("14", "cities with SDG plans"), ("2.1 million", "people warned"))),
            block("video", {"video": VIDEO, "caption": "The programme in two minutes"}),
        ]
    return json.dumps(blocks)


@pytest.fixture
def library(home):
    publications = PublicationIndexPageFactory(parent=home)
    report = DocumentFactory(title="Drainage report", slug="drainage-report")
    publication = PublicationPageFactory(
        parent=publications, title="Financing drainage", slug="financing-drainage", documents=[report]
    )
    image = ImageFactory(description="Described in the library", file__width=1600, file__height=1000)
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 800, 500, 200, 100
    image.save()
    AbbreviationFactory(abbreviation="SDG", expansion="Sustainable Development Goal")
    Embed.objects.create(
        url=VIDEO,
        hash=get_embed_hash(VIDEO),
        type="video",
        html='<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
        title="Resilient cities",
        provider_name="YouTube",
        thumbnail_url="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg",
        width=480,
        height=270,
    )
    flagships = FlagshipIndexPageFactory(parent=home)
    return {"publication": publication, "document": report, "image": image, "home": home, "flagships": flagships}


def flagship_with(library, slug="coastal", **body) -> FlagshipPage:
    page = FlagshipPageFactory(
        parent=library["flagships"],
        slug=slug,
        body=storytelling_body(
            link_to=library["publication"], document=library["document"], image=library["image"], **body
        ),
    )
    return FlagshipPage.objects.get(pk=page.pk)


def openapi_validator(client, path: str):
    document = client.get("/api/v1/openapi.json").json()
    schema = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": document["components"]})


def test_every_flagship_block_type_comes_typed_and_matches_the_openapi_document(client, library):
    page = flagship_with(library)
    answer = client.get(f"/api/v1/flagships/{page.pk}").json()
    openapi_validator(client, "/api/v1/flagships/{page_id}").validate(answer)

    blocks = answer["body_blocks"]
    assert [item["type"] for item in blocks] == ["quote", "text", "image", "key_figures", "video"]
    assert [item["id"] for item in blocks] == [child.id for child in page.body]
    quote, text, image, key_figures, video = (item["value"] for item in blocks)
    # The glossary spells the term out at its first use in the item, as in the HTML body.
    assert quote == {
        "quote": "The Sustainable Development Goal (SDG) came first.<br>Then the plan.",
        "attribution": "A mayor",
    }
    assert '<abbr title="Sustainable Development Goal">SDG</abbr>' in text
    # Links: the page at its public URL, the document through the counting route, absolute.
    assert '<a href="/publications/financing-drainage/">the publication</a>' in text
    download = f"http://testserver/downloads/publications/{library['publication'].documents.get().pk}/"
    assert f'<a href="{download}">the report</a>' in text
    # The rich text is the HTML body's own, headings at the same levels.
    assert text in answer["body"]
    assert text.startswith("<h2>What changed</h2>")
    assert image["caption"] == "Beira, 2024"
    assert image["image"]["alt"] == "A sea wall at dawn" and not image["image"]["decorative"]
    assert [rendition["width"] for rendition in image["image"]["renditions"]] == [480, 800, 1200, 1600]
    assert image["image"]["srcset"].startswith("http://testserver/media/images/")
    assert image["image"]["focal_point"] == {"x": 0.5, "y": 0.5, "width": 0.125, "height": 0.1}
    assert key_figures == [
        {"value": "14", "label": 'cities with <abbr title="Sustainable Development Goal">SDG</abbr> plans'},
        {"value": "2.1 million", "label": "people warned"},
    ]
    assert video["url"] == VIDEO and video["caption"] == "The programme in two minutes"
    assert video["embed"]["provider_name"] == "YouTube" and video["embed"]["html"].startswith("<iframe")


def test_a_publication_costs_the_same_queries_for_four_paragraphs_and_for_forty(client, library):
    target, report, image = library["publication"], library["document"], library["image"].pk

    def publication(slug: str, repeat: int):
        paragraph = (
            f'<p><a linktype="page" id="{target.pk}">The report</a> and '
            f'<a linktype="document" id="{report.pk}">its PDF</a> on the SDG.</p>'
        )
        page = PublicationPageFactory(parent=target.get_parent(), slug=slug)
        page.body = json.dumps(
            [block("heading", "Findings")]
            + [block("paragraph", paragraph) for _ in range(repeat)]
            + [block("image", {"image": image, "alt_text": "A drain", "decorative": False}) for _ in range(repeat)]
        )
        page.save_revision().publish()
        return page

    few = count_queries(client, f"/api/v1/publications/{publication('short', 4).pk}")
    many = count_queries(client, f"/api/v1/publications/{publication('long', 40).pk}")
    assert many == few, (few, many)


def test_the_detail_costs_the_same_queries_for_five_blocks_and_for_fifty(client, library):
    few = flagship_with(library, repeat=1)
    few_count = count_queries(client, f"/api/v1/flagships/{few.pk}")
    many = flagship_with(library, slug="coastal-at-length", repeat=10)
    assert len(many.body) == 50
    many_count = count_queries(client, f"/api/v1/flagships/{many.pk}")
    assert many_count == few_count, (few_count, many_count)


def test_publication_blocks_keep_the_heading_levels_and_text_of_read_online(client, library, admin_user):
    image = library["image"]
    publication = library["publication"]
    publication.body = json.dumps(
        [
            block("heading", "Why SDG drains fail"),
            block("paragraph", "<h3>Fees</h3><p>Fees cover the SDG target <b>twice</b>.</p><h4>Loans</h4>"),
            block("image", {"image": image.pk, "alt_text": "", "decorative": True}),
            block("quote", {"text": "Drains are\ncheap.", "attribution": ""}),
        ]
    )
    publication.save_revision().publish()
    answer = client.get(f"/api/v1/publications/{publication.pk}").json()
    openapi_validator(client, "/api/v1/publications/{page_id}").validate(answer)

    heading, paragraph, picture, quote = answer["read_online_blocks"]
    assert heading == {
        "type": "heading",
        "id": heading["id"],
        "value": "Why Sustainable Development Goal (SDG) drains fail",
    }
    # The section heading is an h3 under "Read online" (h2), so the paragraph's h3 is an h4, as in read_online.
    assert "<h3>Why Sustainable Development Goal (SDG) drains fail</h3>" in answer["read_online"]
    assert paragraph["value"].startswith("<h4>Fees</h4>") and paragraph["value"].endswith("<h5>Loans</h5>")
    assert paragraph["value"] in answer["read_online"]
    assert '<abbr title="Sustainable Development Goal">SDG</abbr>' in paragraph["value"]
    assert picture["value"]["decorative"] is True and picture["value"]["alt"] == ""
    assert picture["value"]["width"] == 800 and picture["value"]["renditions"][-1]["width"] == 1600
    assert quote["value"] == {"text": "Drains are<br>cheap.", "attribution": ""}

    # The preview answers the same blocks for the draft.
    draft = PublicationPage.objects.get(pk=publication.pk)
    draft.body = json.dumps([block("paragraph", "<p>Only in the draft.</p>")])
    link = DraftShareLink.create_preview(draft, admin_user, minutes=5)
    item = client.get(f"/api/v1/preview/{link.token}").json()["item"]
    assert [item["value"] for item in item["read_online_blocks"]] == ["<p>Only in the draft.</p>"]
    assert client.get(f"/api/v1/publications/{publication.pk}").json()["read_online_blocks"][0]["type"] == "heading"


def test_a_translation_answers_its_own_blocks_and_a_fallback_the_default_locales(client, library, locales, translate):
    home = library["home"]
    for code in ("fr", "es"):
        translate(home, locales[code], {})
        translate(library["flagships"], locales[code], {})
    page = FlagshipPageFactory(
        parent=library["flagships"],
        slug="homes",
        contacts=1,
        body=json.dumps(
            [
                block("text", "<p>Homes for everyone.</p>"),
                block("text", f'<p>See <a linktype="page" id="{library["publication"].pk}">the report</a>.</p>'),
                block("quote", {"quote": "Built with us.", "attribution": "A resident"}),
            ]
        ),
    )
    french, _ = translate(
        page,
        locales["fr"],
        {"Homes for everyone.": "Des logements pour tous.", "Built with us.": "Construit avec nous."},
    )

    answer = client.get(f"/api/v1/flagships/{page.pk}", {"locale": "fr"}).json()
    assert answer["id"] == french.pk and answer["translated"] is True and answer["locale"] == "fr"
    text, linked, quote = answer["body_blocks"]
    assert text["value"] == "<p>Des logements pour tous.</p>"
    assert quote["value"]["quote"] == "Construit avec nous."
    # A link to an untranslated page stays in French: the locale's fallback URL.
    assert '<a href="/fr/publications/financing-drainage/">' in linked["value"]
    # The blocks keep their ids across translations.
    english = client.get(f"/api/v1/flagships/{page.pk}").json()["body_blocks"]
    assert [item["id"] for item in english] == [item["id"] for item in answer["body_blocks"]]

    fallback = client.get(f"/api/v1/flagships/{page.pk}", {"locale": "es"}).json()
    assert fallback["id"] == page.pk and fallback["translated"] is False and fallback["locale"] == "en"
    text, linked, quote = fallback["body_blocks"]
    assert text["value"] == "<p>Homes for everyone.</p>" and quote["value"]["quote"] == "Built with us."
    assert '<a href="/es/publications/financing-drainage/">' in linked["value"]
    assert linked["value"] in fallback["body"]


@pytest.mark.parametrize(
    ("schema", "field", "model"),
    [
        ("PublicationOut", "read_online_blocks", PublicationPage),
        ("FlagshipOut", "body_blocks", FlagshipPage),
        ("StoryOut", "body_blocks", StoryPage),
    ],
)
def test_every_block_type_has_a_writer_and_a_schema_under_one_discriminator(client, schema, field, model):
    """A block type added to a body without its writer and schema fails here, not in a front end."""
    stream_block = model._meta.get_field("body").stream_block
    block_types = set(stream_block.child_blocks)
    writers = READ_ONLINE_BLOCKS if model is PublicationPage else BODY_BLOCKS
    assert set(writers) == block_types

    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    items = schemas[schema]["properties"][field]["items"]
    assert items["discriminator"]["propertyName"] == "type"
    mapping = items["discriminator"]["mapping"]
    assert set(mapping) == block_types
    assert sorted(variant["$ref"] for variant in items["oneOf"]) == sorted(mapping.values())
    for block_type, ref in mapping.items():
        variant = schemas[ref.rsplit("/", 1)[1]]
        assert variant["properties"]["type"]["const"] == block_type
        assert set(variant["required"]) == {"type", "id", "value"}
