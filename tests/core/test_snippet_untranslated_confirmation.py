"""A translated snippet (a thematic area, a glossary entry) goes live with parts
still in English only with a reviewer's confirmation of that revision, as a
translated page does (core.models.untranslated_confirmation).

Every translatable snippet is draftable, so its translation reaches visitors
only when a revision is published; until this rule, the French reviewer's
Publish in the translation editor, "Update translations → Publish", scheduled
publishing and `revision.publish()` put English text in front of French
visitors unasked. The users are the real French translator and reviewer
(`sync_translation_groups`) and the Arabic reviewer."""

import html

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils.translation import override
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from core.models import ScheduledPublishRefusal, UntranslatedPublishConfirmation
from core.models.untranslated_confirmation import confirm_untranslated
from core.publish_paths import refusal_text
from glossary.models import Abbreviation
from home.models import ThematicArea
from tests.factories.glossary import AbbreviationFactory
from tests.factories.home import ThematicAreaFactory
from tests.publish.support import make_due
from tests.translation_support import translate

pytestmark = pytest.mark.django_db

REFUSAL = "a reviewer must confirm that"
ASKED = "confirm that they may be published in the original language"


@pytest.fixture(autouse=True)
def _english():
    with override("en"):
        yield


@pytest.fixture
def french_team(home, locales, django_user_model):
    translate(home, locales["fr"], {})
    call_command("sync_translation_groups", verbosity=0)
    users = {}
    for role, group in (
        ("translator", "Translators: French"),
        ("reviewer", "Reviewers: French"),
        ("arabic reviewer", "Reviewers: Arabic"),
    ):
        name = role.replace(" ", "-")
        user = django_user_model.objects.create_user(name, email=f"{name}@example.org", password="pw")
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return users


SNIPPETS = {
    # The French name is translated; the description (the area's page text) is not.
    "thematic area": (
        lambda: ThematicAreaFactory(name="Housing", slug="housing", description="Homes people can afford."),
        {"Housing": "Logement", "housing": "logement"},
    ),
    # "ODD" is translated; its expansion, read in every French page's <abbr title>, is not.
    "abbreviation": (
        lambda: AbbreviationFactory(abbreviation="SDG", expansion="Sustainable Development Goal"),
        {"SDG": "ODD"},
    ),
}


class Case:
    """A live English snippet and its French translation, saved as a draft with parts untranslated."""

    def __init__(self, name, locales, users, client):
        build, strings = SNIPPETS[name]
        self.users, self.client, self.locales = users, client, locales
        self.source = build()
        french, _created = translate(self.source, locales["fr"], strings, publish=False)
        self.model = type(french)
        self.pk = french.pk
        self.translation = Translation.objects.get(
            source__object_id=self.source.translation_key, target_locale=locales["fr"]
        )
        total, done = self.translation.get_progress()
        self.missing = total - done
        assert 0 < self.missing < total
        assert not self.reload().live
        self.edit_url = AdminURLFinder().get_edit_url(self.reload())
        self.confirm_url = f"/admin/translation-review/{self.translation.pk}/publish/"

    def reload(self):
        return self.model.objects.get(pk=self.pk)

    def login(self, role):
        self.client.force_login(self.users[role])
        return self.client

    def confirmations(self):
        return UntranslatedPublishConfirmation.objects.filter(
            revision__object_id=str(self.pk), revision__content_type__model=self.model._meta.model_name
        )


@pytest.fixture(params=list(SNIPPETS))
def case(request, locales, french_team, client):
    return Case(request.param, locales, french_team, client)


def text(response) -> str:
    return " ".join(html.unescape(response.content.decode()).split())


def test_the_reviewers_publish_in_the_translation_editor_asks_for_the_confirmation(
    case, django_capture_on_commit_callbacks
):
    reviewer = case.login("reviewer")
    response = reviewer.post(case.edit_url, {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == case.confirm_url
    page = reviewer.get(case.confirm_url)
    assert page.status_code == 200
    said = text(page)
    assert f"{case.missing} part" in said and "not translated yet" in said
    # Without the tick: asked again, nothing published.
    assert ASKED in text(reviewer.post(case.confirm_url, {}))
    assert not case.reload().live and not case.confirmations().exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = reviewer.post(case.confirm_url, {"publish_untranslated": "on"})
    assert response.status_code == 302 and response["Location"] == case.edit_url
    snippet = case.reload()
    assert snippet.live
    confirmation = UntranslatedPublishConfirmation.objects.get(revision=snippet.live_revision)
    assert (confirmation.confirmed_by, confirmation.untranslated) == (case.users["reviewer"], case.missing)


def test_the_translator_can_neither_publish_nor_confirm(case):
    translator = case.login("translator")
    response = translator.post(case.edit_url, {"action": "publish"})
    assert response.status_code in (302, 403) and response.get("Location") != case.confirm_url
    response = translator.post(case.confirm_url, {"publish_untranslated": "on"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    revision = case.reload().get_latest_revision()
    for role in ("translator", "arabic reviewer"):
        with pytest.raises(PermissionDenied):
            confirm_untranslated(revision, case.users[role])
    assert not case.reload().live and not case.confirmations().exists()


def test_revision_publish_is_refused_until_the_reviewer_confirms(case):
    revision = case.reload().get_latest_revision()
    with pytest.raises(ValidationError) as refused:
        revision.publish(user=case.users["reviewer"])
    assert REFUSAL in refusal_text(refused.value)
    assert not case.reload().live
    confirm_untranslated(revision, case.users["reviewer"])
    revision.publish(user=case.users["reviewer"])
    assert case.reload().live_revision_id == revision.pk


def test_the_snippet_edit_form_cannot_publish_it(case):
    """wagtail-localize answers a synced translation's edit URL with its
    editor: the ordinary form's Publish saves and publishes nothing."""
    reviewer = case.login("reviewer")
    snippet = case.reload()
    data = {field.name: getattr(snippet, field.attname) or "" for field in snippet._meta.fields if field.editable}
    data |= {"action-publish": "action-publish"}
    response = reviewer.post(case.edit_url, data)
    assert response.status_code == 302 and response["Location"] == case.edit_url
    assert not case.reload().live and not case.confirmations().exists()


def test_update_translations_publish_is_refused_and_says_why(case, admin_user, django_capture_on_commit_callbacks):
    """ "Update translations" with "Publish" (a sync from the source) makes a new
    revision and publishes it at once: no one can have confirmed it."""
    source = TranslationSource.objects.get(object_id=case.source.translation_key)
    case.client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = case.client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}, follow=True)
    said = text(response)
    assert "Not published:" in said and REFUSAL in said
    assert not case.reload().live


def test_scheduled_go_live_is_refused_and_kept_until_confirmed(case):
    revision = case.reload().get_latest_revision()
    make_due(revision)
    call_command("publish_scheduled", verbosity=0)
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None and not case.reload().live
    assert REFUSAL in ScheduledPublishRefusal.objects.get(revision=revision).reasons
    confirm_untranslated(revision, case.users["reviewer"])
    call_command("publish_scheduled", verbosity=0)
    assert case.reload().live


def test_a_published_translation_with_new_source_text_stays_as_it_was(locales, french_team, client, admin_user):
    """The source grew a sentence after the French area went live: syncing with
    "Publish" is refused and French visitors keep the reviewed text."""
    area = ThematicAreaFactory(name="Water", slug="water", description="Clean water.")
    translate(area, locales["fr"], {"Water": "Eau", "water": "eau", "Clean water.": "De l’eau propre."})
    french = ThematicArea.objects.get(translation_key=area.translation_key, locale=locales["fr"])
    assert french.live
    area.description = "Clean water for every home."
    area.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(ThematicArea.objects.get(pk=area.pk))
    client.force_login(admin_user)
    response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}, follow=True)
    assert REFUSAL in text(response)
    items = client.get("/api/v1/thematic-areas", {"locale": "fr"}).json()["items"]
    assert [(item["name"], item["description"]) for item in items] == [("Eau", "De l’eau propre.")]


def test_every_translatable_snippet_is_draftable():
    """The rule holds at publish time: a translatable snippet without draft
    state would be live, untranslated, the moment it is synced."""
    from wagtail.models import DraftStateMixin

    translatable = [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]
    assert {ThematicArea, Abbreviation} <= set(translatable)
    assert [model for model in translatable if not issubclass(model, DraftStateMixin)] == []
