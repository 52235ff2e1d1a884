"""A story's publish rules, on the registry every path to live uses, and in the edit form."""

import json

import pytest
from django.core.exceptions import ValidationError

from core.publish_checks import check_publishable
from stories.models import StoryPage
from tests.factories.stories import STANDFIRST

pytestmark = pytest.mark.django_db


def errors_of(page) -> dict:
    with pytest.raises(ValidationError) as raised:
        check_publishable(page)
    return raised.value.message_dict


def draft(story_index, **fields) -> StoryPage:
    page = StoryPage(title="Rebuilt after the cyclone", slug="rebuilt", live=False, **fields)
    story_index.add_child(instance=page)
    page.save_revision()
    return page


def test_a_draft_with_only_a_headline_saves_but_cannot_go_live(story_index):
    page = draft(story_index)
    revision = page.get_latest_revision()
    assert set(errors_of(revision.as_object())) == {
        "standfirst",
        "lead_image",
        "lead_image_alt",
        "lead_image_credit",
        "region",
        "thematic_areas",
        "body",
    }


def test_a_complete_story_passes(make_story):
    story = make_story()
    check_publishable(story.get_latest_revision_as_object() if story.latest_revision else story)


@pytest.mark.parametrize(
    ("text", "language", "message"),
    [
        ("Too short to say anything.", "en", "it has 5 words; write 20 to 80"),
        (" ".join(["word"] * 81), "en", "it has 81 words; write 20 to 80"),
        ("城市" * 10, "zh-hans", "it has 20 characters; in Chinese write 40 to 160"),
    ],
)
def test_the_standfirst_must_be_20_to_80_words(make_story, locales, text, language, message):
    story = make_story(standfirst=text)
    story.locale = locales[language]
    assert message in errors_of(story)["standfirst"][0]


def test_the_lead_image_needs_alt_text_and_a_credit(make_story):
    story = make_story(lead_image_alt=" ", lead_image_credit="")
    assert set(errors_of(story)) == {"lead_image_alt", "lead_image_credit"}


def test_a_country_must_be_an_iso_code(make_story):
    story = make_story()
    story.country = "xx"  # as a revision restored from before the field was validated could hold
    assert "ISO 3166-1" in errors_of(story)["country"][0]


def test_thematic_areas_are_read_from_the_revision_in_memory(make_story, editor):
    story = make_story()
    revision_page = story.get_latest_revision_as_object()
    revision_page.thematic_areas = []
    revision = revision_page.save_revision(user=editor)
    assert "thematic_areas" in errors_of(revision.as_object())


def test_the_edit_form_shows_the_checks_on_the_fields(admin_client, story_index, area):
    page = draft(story_index)
    url = f"/admin/pages/{page.pk}/edit/"
    data = {
        "title": "Rebuilt after the cyclone",
        "slug": "rebuilt",
        "standfirst": "Too short.",
        "date": "2024-05-10",
        "lead_image_alt": "",
        "lead_image_credit": "",
        "region": "",
        "country": "",
        "body-count": "0",
        "thematic_areas-TOTAL_FORMS": "0",
        "thematic_areas-INITIAL_FORMS": "0",
        "thematic_areas-MIN_NUM_FORMS": "0",
        "thematic_areas-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Standfirst: it has 2 words; write 20 to 80." in content
    assert "Region: choose where the story happened" in content
    assert not StoryPage.objects.get(pk=page.pk).live

    # Saving the same as a draft works.
    data.pop("action-publish")
    response = admin_client.post(url, data)
    assert response.status_code == 302


def test_the_edit_form_publishes_a_complete_story(admin_client, story_index, area):
    from wagtail_factories import ImageFactory

    page = draft(story_index)
    image = ImageFactory()
    response = admin_client.post(
        f"/admin/pages/{page.pk}/edit/",
        {
            "title": "Rebuilt after the cyclone",
            "slug": "rebuilt",
            "standfirst": STANDFIRST,
            "date": "2024-05-10",
            "lead_image": image.pk,
            "lead_image_alt": "A rebuilt house",
            "lead_image_credit": "UN-Habitat",
            "region": "africa",
            "country": "mz",
            "body-count": "1",
            "body-0-type": "text",
            "body-0-value": json.dumps({"blocks": [{"key": "a", "text": "The story."}], "entityMap": {}}),
            "body-0-deleted": "",
            "body-0-order": "0",
            "thematic_areas-TOTAL_FORMS": "1",
            "thematic_areas-INITIAL_FORMS": "0",
            "thematic_areas-MIN_NUM_FORMS": "0",
            "thematic_areas-MAX_NUM_FORMS": "1000",
            "thematic_areas-0-thematic_area": area.pk,
            "thematic_areas-0-ORDER": "1",
            "thematic_areas-0-DELETE": "",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert StoryPage.objects.get(pk=page.pk).live
