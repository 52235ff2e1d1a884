"""Event, meeting and donation project summaries hold at most 1000 characters, as
flagship and publication summaries do, on every path that writes one: the edit
form (a message on the field, the typed text kept in the form), every path to
live (a revision written past the form), and the translation editor (the segment
is marked with the message and never reaches the page).

Testers pasted a 70,000-character text into these summaries: it was stored,
published and served in the API and on every listing."""

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils.html import escape
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.models.text_rules import SUMMARY_MAX_LENGTH
from core.publish_paths import latest_revision_errors, messages_of
from tests.publish.support import KINDS, edit_form_data

pytestmark = pytest.mark.django_db

BOUNDED = [kind for kind in KINDS if kind.name in ("event", "meeting", "donation project")]
TOO_LONG = ("Clean water for every household. " * 40).strip()  # 1,319 characters
FORM_MESSAGE = f"Ensure this value has at most {SUMMARY_MAX_LENGTH} characters (it has {len(TOO_LONG)})."


@pytest.fixture(params=BOUNDED, ids=str)
def kind(request):
    return request.param


@pytest.fixture
def live_page(home, kind):
    page = kind.valid(kind.parent(home), "Water for towns", "water-for-towns")
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_the_model_declares_the_bound(kind):
    from django.apps import apps

    field = apps.get_model(*kind.model_path.split("/"))._meta.get_field("summary")
    assert field.max_length == SUMMARY_MAX_LENGTH
    assert any(getattr(validator, "limit_value", None) == SUMMARY_MAX_LENGTH for validator in field.validators)


@pytest.mark.parametrize("action", ["action-publish", None], ids=["publish", "save draft"])
def test_the_edit_form_refuses_a_long_summary_and_keeps_what_was_typed(admin_client, admin_user, live_page, action):
    before = live_page.summary
    data = edit_form_data(live_page, admin_user) | {"summary": TOO_LONG, "title": "Water for towns (edited)"}
    if action:
        data[action] = action
    response = admin_client.post(f"/admin/pages/{live_page.pk}/edit/", data)
    assert response.status_code == 200
    assert FORM_MESSAGE in str(response.context["form"].errors["summary"])
    # Nothing typed is lost: the form comes back with the text and the other edits.
    html = response.content.decode()
    assert escape(TOO_LONG) in html and "Water for towns (edited)" in html
    page = type(live_page).objects.get(pk=live_page.pk)
    assert page.summary == before and page.get_latest_revision_as_object().summary == before


def test_a_summary_of_exactly_the_limit_saves(admin_client, admin_user, live_page):
    exactly = ("x" * 99 + " ") * 9 + "x" * 100
    assert len(exactly) == SUMMARY_MAX_LENGTH
    data = edit_form_data(live_page, admin_user) | {"summary": exactly}
    response = admin_client.post(f"/admin/pages/{live_page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert type(live_page).objects.get(pk=live_page.pk).get_latest_revision_as_object().summary == exactly


def test_a_revision_written_past_the_form_is_refused_at_publish(live_page):
    obj = live_page.get_latest_revision_as_object()
    obj.summary = TOO_LONG
    revision = obj.save_revision(clean=False)
    error = latest_revision_errors(type(live_page).objects.get(pk=live_page.pk))
    assert error is not None
    assert f"at most {SUMMARY_MAX_LENGTH} characters (it has {len(TOO_LONG)})" in " ".join(messages_of(error))
    with pytest.raises(ValidationError):
        revision.publish()
    assert type(live_page).objects.get(pk=live_page.pk).summary != TOO_LONG


def test_full_clean_refuses_a_long_summary(live_page):
    live_page.summary = TOO_LONG
    with pytest.raises(ValidationError) as refused:
        live_page.full_clean()
    assert "summary" in refused.value.message_dict


@pytest.fixture
def french(home, locales, translate, live_page):
    translate(home, locales["fr"], {})
    parent = live_page.get_parent().specific
    if parent.pk != home.pk:
        # A draft is enough to hold the translated page (a Donate page needs its allocations to go live).
        translate(parent, locales["fr"], {}, publish=False)
    french, _created = translate(live_page, locales["fr"], {"Water for towns": "De l'eau pour les villes"})
    return french


@pytest.fixture
def french_reviewer(french, django_user_model):
    call_command("sync_translation_groups", verbosity=0)
    user = django_user_model.objects.create_user("revfr", "revfr@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name="Reviewers: French"))
    return user


def test_the_translation_editor_refuses_a_long_summary(client, french, french_reviewer):
    translation = Translation.objects.get(source__object_id=french.translation_key, target_locale=french.locale)
    segment = StringSegment.objects.get(source=translation.source, context__path="summary")
    client.force_login(french_reviewer)
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    response = client.generic("PUT", url, _multipart({"value": TOO_LONG}), content_type=_MULTIPART)
    assert response.status_code in (200, 201), response.content[:500]
    assert response.json()["error"] == (
        f"Shorten this text to at most {SUMMARY_MAX_LENGTH} characters (it has {len(TOO_LONG)})."
    )
    stored = StringTranslation.objects.get(translation_of_id=segment.string_id, locale=french.locale)
    assert stored.has_error and stored.data == TOO_LONG  # kept for the translator to shorten
    translation.save_target(publish=False)
    assert type(french).objects.get(pk=french.pk).get_latest_revision_as_object().summary != TOO_LONG


_BOUNDARY = "BoUnDaRyStRiNg"
_MULTIPART = f"multipart/form-data; boundary={_BOUNDARY}"


def _multipart(data):
    from django.test.client import encode_multipart

    return encode_multipart(_BOUNDARY, data)
