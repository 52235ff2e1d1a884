"""F13: the translation editor refuses a NUL byte, control characters and a value
longer than the target field allows; nothing of it reaches the French page or
the API, on SQLite and PostgreSQL.

The tester (Reviewers: French) pasted "Les villes côtières\\0 " and 70,000 "x"
into a flagship's Summary in wagtail-localize's editor (PUT …/strings/<id>/edit/,
201, no message) and published it."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from core.models.untranslated_confirmation import confirm_untranslated
from core.publish_paths import latest_revision_errors, messages_of
from flagships.models import FlagshipPage
from tests.translation_support import moderator

pytestmark = pytest.mark.django_db

HOSTILE = {
    "nul": ("Les villes côtières\x00 résilientes", "Remove the NUL character"),
    "bell": ("Les villes côtières\x07 résilientes", "control character U+0007"),
    "huge": ("Les villes côtières " + "x" * 70_000, "at most 1000 characters"),
}


@pytest.fixture
def reviewer(home, locales, django_user_model):
    call_command("sync_translation_groups", verbosity=0)
    user = django_user_model.objects.create_user("revfr", "revfr@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name="Reviewers: French"))
    return user


@pytest.fixture
def french(home, locales, make_flagship, translate):
    translate(home, locales["fr"], {})
    translate(home.get_children().get().specific, locales["fr"], {})
    page = make_flagship(title="Resilient coastal cities", slug="resilient-coastal-cities", summary="Coastal cities.")
    page.save_revision().publish()
    french, _created = translate(page, locales["fr"], {"Resilient coastal cities": "Villes côtières résilientes"})
    return FlagshipPage.objects.get(pk=french.pk)


def summary_segment(french):
    translation = Translation.objects.get(source__object_id=french.translation_key, target_locale=french.locale)
    segment = StringSegment.objects.get(source=translation.source, context__path="summary")
    return translation, segment


@pytest.mark.parametrize("case", HOSTILE, ids=str)
def test_the_editor_refuses_hostile_text_with_a_message(client, french, reviewer, case):
    value, message = HOSTILE[case]
    translation, segment = summary_segment(french)
    client.force_login(reviewer)
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    response = client.generic("PUT", url, _multipart({"value": value}), content_type=_MULTIPART)
    assert response.status_code in (200, 201), response.content[:500]
    assert message in response.json()["error"]
    stored = StringTranslation.objects.get(translation_of_id=segment.string_id, locale=french.locale)
    assert stored.has_error and "\x00" not in stored.data
    # The editor shows the same message when the translator comes back.
    page = client.get(f"/admin/pages/{french.pk}/edit/")
    assert page.status_code == 200
    # Published (as a moderator confirms the untranslated parts): the summary stays
    # in English, and neither the French page nor the API carries the text.
    translation.source.create_or_update_translation(french.locale, user=moderator(), publish=False, fallback=True)
    french = FlagshipPage.objects.get(pk=french.pk)
    revision = french.get_latest_revision()
    assert latest_revision_errors(french) is None
    confirm_untranslated(revision, moderator())
    revision.publish()
    html = client.get(french.url).content.decode()
    api = client.get(f"/api/v1/flagships/{french.pk}").content.decode()
    assert "\x00" not in html and "\\u0000" not in api and "\x07" not in html
    assert "x" * 2000 not in html and "x" * 2000 not in api
    assert "Coastal cities." in html


def test_stored_hostile_text_is_refused_at_publish(french):
    """Text written past the editor (a row stored before the guard) never goes live."""
    obj = french.get_latest_revision_as_object()
    # A BEL, not a NUL: PostgreSQL refuses a NUL in a revision's JSON by itself.
    obj.summary = "Villes\x07 côtières"
    obj.save_revision(clean=False)
    error = latest_revision_errors(Page.objects.get(pk=french.pk).specific)
    assert error is not None and "control character U+0007" in " ".join(messages_of(error))


def test_a_fixed_translation_clears_the_error(client, french, reviewer):
    translation, segment = summary_segment(french)
    client.force_login(reviewer)
    url = f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/"
    client.generic("PUT", url, _multipart({"value": "Villes\x00"}), content_type=_MULTIPART)
    response = client.generic("PUT", url, _multipart({"value": "Villes côtières."}), content_type=_MULTIPART)
    assert response.status_code == 200 and response.json()["error"] is None
    stored = StringTranslation.objects.get(translation_of_id=segment.string_id, locale=french.locale)
    assert not stored.has_error and stored.data == "Villes côtières."


_BOUNDARY = "BoUnDaRyStRiNg"
_MULTIPART = f"multipart/form-data; boundary={_BOUNDARY}"


def _multipart(data):
    from django.test.client import encode_multipart

    return encode_multipart(_BOUNDARY, data)
