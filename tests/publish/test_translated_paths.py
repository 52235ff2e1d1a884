"""Every page type × every path to live, for a French translation with parts
still in English (the sibling of test_paths_matrix.py, for translations).

Without a reviewer's confirmation of that revision, each path refuses it and
says why, and the French page stays off the site; with one, it goes live.
The users are real members of the real groups (`sync_translation_groups`):
the French translator, the French reviewer, the Arabic reviewer.
"""

import html
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone
from django.utils.translation import override
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from core.models import ScheduledPublishRefusal, UntranslatedPublishConfirmation
from core.models.untranslated_confirmation import confirm_untranslated
from core.publish_paths import refusal_text
from tests.translation_support import translate

from .support import KINDS, TOKEN, make_due, visible_anywhere

pytestmark = pytest.mark.django_db

REFUSAL = "a reviewer must confirm that"  # in the one-part and the many-parts message


@pytest.fixture(autouse=True)
def _english():
    """Messages raised outside a request are in the active language, which an
    earlier test's request may have left French: these tests read them in English."""
    with override("en"):
        yield


@pytest.fixture
def french_team(home, locales, django_user_model):
    """The French home page, the locales' groups and review workflows, and one
    user in each role that matters here."""
    translate(home, locales["fr"], {})
    translate(home, locales["ar"], {})
    call_command("sync_translation_groups", verbosity=0)
    users = {}
    for role, group in (
        ("translator", "Translators: French"),
        ("reviewer", "Reviewers: French"),
        ("arabic reviewer", "Reviewers: Arabic"),
        ("moderator", "Moderators"),
    ):
        user = django_user_model.objects.create_user(
            role.replace(" ", "-"), email=f"{role.replace(' ', '-')}@example.org", password="pw"
        )
        user.groups.add(Group.objects.get(name=group))
        users[role] = user
    return users


class Case:
    """A valid page of `kind`, live in English, with a French draft translation
    whose title alone is translated."""

    def __init__(self, kind, home, locales, users, client, settings):
        for name, value in kind.settings:
            setattr(settings, name, value)
        self.kind, self.users, self.client, self.locales = kind, users, client, locales
        parent = kind.parent(home)
        source = kind.valid(parent, f"{TOKEN} {kind.name}", f"quillwort-{kind.name.replace(' ', '-')}")
        source.get_latest_revision().publish()
        self.source = Page.objects.get(pk=source.pk).specific
        french, _created = translate(self.source, locales["fr"], {self.source.title: f"{TOKEN} (fr)"}, publish=False)
        self.page = Page.objects.get(pk=french.pk).specific
        self.translation = Translation.objects.get(
            source__object_id=self.source.translation_key, target_locale=locales["fr"]
        )
        total, done = self.translation.get_progress()
        self.missing = total - done
        assert self.missing > 0
        # The French reviewers publish under the French home page; a page kind that
        # lives elsewhere (a second site's home page) is published by a moderator.
        self.french_home = home.get_translation(locales["fr"])
        self.publisher = "reviewer" if self.page.is_descendant_of(self.french_home) else "moderator"

    def login(self, role):
        self.client.force_login(self.users[role])
        return self.client

    def reload(self):
        return Page.objects.get(pk=self.page.pk).specific

    def confirmations(self):
        """The confirmations given for this French page's revisions."""
        return UntranslatedPublishConfirmation.objects.filter(revision__object_id=str(self.page.pk))

    def confirm(self, role=None):
        return confirm_untranslated(self.reload().get_latest_revision(), self.users[role or self.publisher])


def text(response) -> str:
    return html.unescape(response.content.decode())


# --- The paths: each tries once without a confirmation (returns what it said),
# --- then `again` tries after the reviewer confirmed.


def bulk_publish(case, again=False):
    client = case.login(case.publisher)
    url = f"/admin/bulk/wagtailcore/page/publish/?id={case.page.pk}&next=/admin/"
    return text(client.post(url, {"include_descendants": ""}, follow=True))


def revision_publish(case, again=False):
    try:
        case.reload().get_latest_revision().publish(user=case.users[case.publisher])
    except ValidationError as error:
        return refusal_text(error)
    return ""


def admin_api(case, again=False):
    response = case.login(case.publisher).post(
        f"/admin/api/main/pages/{case.page.pk}/action/publish/", {}, content_type="application/json"
    )
    assert response.status_code == (200 if again else 400), response.content[:300]
    return str(response.json())


def scheduling(case, again=False):
    """Scheduling is publishing: refused when it is asked for; confirmed, it goes live when due."""
    revision = case.reload().get_latest_revision()
    if again:
        revision.publish(user=case.users[case.publisher])  # the go-live time, stored in the revision, is ahead
        revision.refresh_from_db()
        assert revision.approved_go_live_at is not None and not case.reload().live
        make_due(revision)
        call_command("publish_scheduled", verbosity=0)
        return ""
    obj = revision.as_object()
    obj.go_live_at = timezone.now() + timedelta(hours=1)
    scheduled = obj.save_revision(user=case.users[case.publisher])
    try:
        scheduled.publish(user=case.users[case.publisher])
    except ValidationError as error:
        return refusal_text(error)
    return ""


def scheduled_go_live(case, again=False):
    """Scheduled before the parts were left untranslated (or before the rule):
    refused when due, kept scheduled, its owner told once; confirmed, it goes live
    at the next run."""
    revision = case.reload().get_latest_revision()
    if not again:
        Page.objects.filter(pk=case.page.pk).update(owner=case.users[case.publisher])
        make_due(revision)
    call_command("publish_scheduled", verbosity=0)
    revision.refresh_from_db()
    refusal = ScheduledPublishRefusal.objects.filter(revision=revision).first()
    if again:
        assert refusal is None and revision.approved_go_live_at is None
        return ""
    assert revision.approved_go_live_at is not None  # the schedule is kept
    told = [message for message in mail.outbox if message.to == [case.users[case.publisher].email]]
    assert refusal.owner_notified and len(told) == 1
    return refusal.reasons + told[0].body


def translation_editor(case, again=False):
    """The reviewer's Publish in wagtail-localize's editor asks for the
    confirmation; only the ticked form records it (and publishes)."""
    client = case.login(case.publisher)
    response = client.post(f"/admin/pages/{case.page.pk}/edit/", {"action": "publish"})
    confirm_url = f"/admin/translation-review/{case.translation.pk}/publish/"
    assert response.status_code == 302 and response["Location"] == confirm_url
    if again:
        response = client.post(confirm_url, {"publish_untranslated": "on"})
        assert response.status_code == 302
        return ""
    return text(client.post(confirm_url, {}))


PATHS = [bulk_publish, revision_publish, admin_api, scheduling, scheduled_go_live, translation_editor]


@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.__name__)
@pytest.mark.parametrize("kind", KINDS, ids=str)
def test_a_translation_with_untranslated_parts_needs_a_reviewers_confirmation(
    kind, path, home, locales, french_team, client, settings, django_capture_on_commit_callbacks
):
    case = Case(kind, home, locales, french_team, client, settings)
    with django_capture_on_commit_callbacks(execute=True):
        said = path(case)
    if path is translation_editor:
        assert "confirm that they may be published in the original language" in said, said[:2000]
    else:
        assert REFUSAL in said, said[:2000]
    page = case.reload()
    assert not page.live
    assert visible_anywhere(client, page) == []
    assert not case.confirmations().exists()

    if path is not translation_editor:
        assert case.confirm() is not None
    with django_capture_on_commit_callbacks(execute=True):
        path(case, again=True)
    page = case.reload()
    assert page.live and page.title == f"{TOKEN} (fr)"
    confirmation = UntranslatedPublishConfirmation.objects.get(revision=page.live_revision)
    assert confirmation.confirmed_by == french_team[case.publisher]
    assert confirmation.untranslated == case.missing
    if page.is_descendant_of(case.french_home):
        assert "page" in visible_anywhere(client, page)


# --- One page type, the other paths and roles ------------------------------------------


def story_kind():
    return next(kind for kind in KINDS if kind.name == "story")


@pytest.fixture
def case(home, locales, french_team, client, settings):
    return Case(story_kind(), home, locales, french_team, client, settings)


def test_translators_and_other_locales_reviewers_cannot_confirm(case):
    revision = case.reload().get_latest_revision()
    for role in ("translator", "arabic reviewer"):
        with pytest.raises(PermissionDenied):
            confirm_untranslated(revision, case.users[role])
    assert not case.confirmations().exists()
    # Nor through the editor's confirmation page.
    response = case.login("translator").post(
        f"/admin/translation-review/{case.translation.pk}/publish/", {"publish_untranslated": "on"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not case.reload().live and not case.confirmations().exists()


def test_a_new_revision_needs_a_new_confirmation(case):
    first = case.confirm()
    assert first.confirmed_by == case.users["reviewer"] and first.untranslated == case.missing
    newer = case.reload().get_latest_revision_as_object().save_revision(user=case.users["translator"])
    with pytest.raises(ValidationError) as refused:
        newer.publish(user=case.users["reviewer"])
    assert REFUSAL in refusal_text(refused.value)
    assert not case.reload().live
    case.confirm()
    newer.publish(user=case.users["reviewer"])
    assert case.reload().live_revision_id == newer.pk
    assert case.confirmations().count() == 2


def test_more_untranslated_parts_than_confirmed_need_a_new_confirmation(case):
    """The confirmation covers the parts untranslated when it was given: a
    translation taken back (or a source grown since) leaves more in English."""
    from wagtail_localize.models import StringTranslation

    case.confirm()
    StringTranslation.objects.filter(locale=case.locales["fr"], data=f"{TOKEN} (fr)").delete()
    with pytest.raises(ValidationError) as refused:
        case.reload().get_latest_revision().publish(user=case.users["reviewer"])
    assert f"{case.missing + 1} parts of this translation are not translated yet" in refusal_text(refused.value)
    case.confirm()
    case.reload().get_latest_revision().publish(user=case.users["reviewer"])
    assert case.reload().live


def test_update_translations_publish_refuses_untranslated_parts(case, admin_user, django_capture_on_commit_callbacks):
    """ "Update translations" with "Publish" makes a new revision and publishes it
    at once: no one can have confirmed it, so it is refused, and says why."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get(object_id=case.source.translation_key, specific_content_type__isnull=False)
    client = case.client
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    said = text(response)
    assert "Not published:" in said and REFUSAL in said
    assert not case.reload().live


def _moderator():
    from tests.translation_support import moderator

    return moderator()


def test_review_task_approval_records_the_reviewers_confirmation(case, django_capture_on_commit_callbacks):
    from wagtail.models import TaskState

    translator = case.login("translator")
    assert translator.post(f"/admin/translation-review/{case.translation.pk}/submit/").status_code == 302
    state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    url = f"/admin/pages/workflow/action/{case.page.pk}/approve/{state.pk}/"
    # The translator may not approve; the reviewer may not without the tick.
    assert (
        translator.post(url, {"untranslated": str(case.missing), "publish_untranslated": "on"})["Location"] == "/admin/"
    )
    reviewer = case.login("reviewer")
    assert reviewer.post(url, {"comment": ""})["Location"] == "/admin/"
    assert not case.reload().live and not case.confirmations().exists()
    with django_capture_on_commit_callbacks(execute=True):
        reviewer.post(url, {"untranslated": str(case.missing), "publish_untranslated": "on", "comment": ""})
    page = case.reload()
    assert page.live
    confirmation = UntranslatedPublishConfirmation.objects.get(revision=page.live_revision)
    assert (confirmation.confirmed_by, confirmation.untranslated) == (case.users["reviewer"], case.missing)


def test_a_moderation_workflow_offers_no_approve_for_unconfirmed_untranslated_parts(case):
    """A task that does not ask for the confirmation (Wagtail's group approval)
    cannot approve the translation: its Approve is withheld, and said why."""
    from wagtail.models import Workflow

    moderator = _moderator()
    workflow = Workflow.objects.get(name="Moderators approval")
    workflow.start(case.page, moderator)
    state = case.reload().current_workflow_task_state
    offered = [name for name, _label, _modal in state.task.specific.get_actions(case.page, moderator)]
    assert "approve" not in offered
    case.client.force_login(moderator)
    response = case.client.post(f"/admin/pages/workflow/action/{case.page.pk}/approve/{state.pk}/", {})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not case.reload().live
    # Once the French reviewer has confirmed this revision, the moderators may approve it.
    case.confirm()
    offered = [name for name, _label, _modal in state.task.specific.get_actions(case.page, moderator)]
    assert "approve" in offered


def test_the_published_page_says_parts_are_in_the_original_language(case, client):
    case.confirm()
    case.reload().get_latest_revision().publish(user=case.users["reviewer"])
    page = case.reload()
    client.logout()
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(client.get(page.url).content.decode(), "html.parser")
    assert soup.html["lang"] == "fr"
    notice = soup.find(id="incomplete-notice")
    assert "ne sont pas encore traduites et s'affichent dans la langue d'origine" in notice.get_text()
    # Which parts: the standfirst, still English, is marked as English (core.source_language);
    # the translated title is not.
    standfirst = soup.find(string=lambda text: text and "In Beira, families who lost their homes" in text)
    assert standfirst is not None and standfirst.find_parent(attrs={"lang": "en"}) is not None
    title = soup.find("h1")
    assert title.get_text(strip=True) == f"{TOKEN} (fr)" and title.find_parent(attrs={"lang": "en"}) is None


def test_a_revision_is_stored_with_its_confirmation_only(case):
    """The confirmation belongs to a revision: deleting it goes with it."""
    confirmation = case.confirm()
    Revision.objects.filter(pk=confirmation.revision_id).delete()
    assert not case.confirmations().exists()


def test_the_refusal_is_in_the_reviewers_admin_language(case):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(case.users["reviewer"])
    profile.preferred_language = "fr"
    profile.save()
    said = bulk_publish(case)
    assert (
        f"{case.missing} parties de cette traduction ne sont pas encore traduites : "
        "un relecteur doit confirmer qu’elles peuvent être publiées dans la langue d’origine"
    ) in said
    assert not case.reload().live
