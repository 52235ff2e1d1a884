"""Admin forms posted with malformed input answer the form with a message, never a 500.

The three posts the attacker test sent (an Editor's fake GIF, a copy form without
a usable parent, a preview without the StreamField's management data), through the
admin views, as a member of Wagtail's Editors group.
"""

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Page

from tests.factories.stories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user("ed", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture
def story(home):
    index = StoryIndexPageFactory(parent=home)
    return StoryPageFactory(parent=index)


@pytest.mark.parametrize("content", [b"GIF89a<script>alert(1)</script>", b"GIF89a", b"\x89PNG\r\n\x1a\n"])
def test_file_that_only_starts_like_an_image_is_refused_with_a_message(editor_client, content):
    name = "x.gif" if content.startswith(b"GIF") else "x.png"
    response = editor_client.post(
        reverse("wagtailimages:add"),
        {"title": "x", "file": SimpleUploadedFile(name, content, content_type="image/gif"), "collection": 1},
    )
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_chooser_upload_of_a_fake_gif_is_refused_with_a_message(editor_client):
    response = editor_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "x",
            "image-chooser-upload-file": SimpleUploadedFile("x.gif", b"GIF89a<b>", content_type="image/gif"),
            "image-chooser-upload-collection": 1,
        },
    )
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("parent", [None, "abc", "-1", "99999999999999999999", "10\x00", "999999"])
def test_copy_form_with_a_bad_parent_answers_the_form_again(editor_client, story, parent):
    data = {"new_title": "Copy", "new_slug": "copy-of-story"}
    if parent is not None:
        data["new_parent_page"] = parent
    pages_before = Page.objects.count()
    response = editor_client.post(reverse("wagtailadmin_pages:copy", args=[story.pk]), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "This field is required" in body
    assert Page.objects.count() == pages_before


def test_preview_without_streamfield_data_is_an_invalid_form_not_a_500(editor_client, story):
    response = editor_client.post(
        reverse("wagtailadmin_pages:preview_on_edit", args=[story.pk]),
        {"title": "Changed", "slug": story.slug, "standfirst": "x"},
    )
    assert response.status_code == 200
    assert response.json()["is_valid"] is False


def test_edit_post_without_streamfield_data_keeps_the_body(editor_client, story):
    story.refresh_from_db()
    body_before = story.body.raw_data
    response = editor_client.post(
        reverse("wagtailadmin_pages:edit", args=[story.pk]), {"title": "Changed", "slug": story.slug}
    )
    assert response.status_code == 200
    assert "arrived incomplete" in response.content.decode()
    story.refresh_from_db()
    assert story.title != "Changed" and list(story.body.raw_data) == list(body_before)
