"""Every page type with a publish rule × every path to live.

A page that breaks its rules stays off the API, its URL, search and the sitemap,
and the path says why; a page that keeps them goes live. The rules are the same
registered checks everywhere (core.publish_checks, core.publish_paths).
"""

import html
from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, Workflow

from core.models import ScheduledPublishRefusal
from core.publish_paths import messages_of, refusal_text

from .support import KINDS, TOKEN, create_form_data, edit_form_data, latest_revision_errors, make_due, visible_anywhere

pytestmark = pytest.mark.django_db


class Case:
    def __init__(self, kind, valid, home, client, user, locales, capture):
        self.kind, self.valid, self.client, self.user, self.locales = kind, valid, client, user, locales
        self.capture, self.home = capture, home
        self.parent = kind.parent(home)
        title = f"{TOKEN} {kind.name}"
        slug = f"quillwort-{kind.name.replace(' ', '-')}"
        build = kind.valid if valid else kind.broken
        self.page = build(self.parent, title, slug)
        self.expected = None if valid else messages_of(latest_revision_errors(self.page))[0]
        # On its own field the form shows the message after the field's label ("Month: …").
        self.on_field = None if valid else self.expected.split(": ", 1)[-1]

    def reload(self, page=None):
        page = page or self.page
        return Page.objects.get(pk=page.pk).specific

    def text(self, response) -> str:
        return html.unescape(response.content.decode())

    def publish_source(self):
        self.page.get_latest_revision().publish()
        self.page = self.reload()

    def other_parent(self):
        """Where a second page of the kind may go (one donate page per home page)."""
        return self.kind.second_parent(self.home) if self.kind.second_parent else self.parent

    def translation(self, complete=False):
        """A draft French translation; `complete` translates every segment (a
        translation with untranslated parts needs a reviewer's confirmation,
        which only the translation editor's Publish and the review ask for)."""
        from wagtail_localize.models import StringSegment, TranslationSource

        from tests.translation_support import translate

        strings = {}
        if complete:
            source, _created = TranslationSource.get_or_create_from_instance(self.page)
            segments = StringSegment.objects.filter(source=source).select_related("string")
            # Each segment "translated" as itself: a longer text could pass a field's
            # limit, which the translation editor refuses (core.translated_text), and
            # codes (countries, slugs) must stay valid.
            strings = {segment.string.data: segment.string.data for segment in segments}
        translated, _created = translate(self.page, self.locales["fr"], strings, publish=False)
        return translated


# --- The paths -------------------------------------------------------------------------


def edit_form(case):
    data = edit_form_data(case.page, case.user) | {"action-publish": "action-publish"}
    response = case.client.post(f"/admin/pages/{case.page.pk}/edit/", data)
    assert response.status_code in (200, 302)
    return case.page, case.text(response)


def create_form(case):
    slug = f"{case.page.slug}-new"
    data = create_form_data(case.page, case.user, slug) | {"action-publish": "action-publish"}
    app, model = case.kind.model_path.split("/")
    response = case.client.post(f"/admin/pages/add/{app}/{model}/{case.other_parent().pk}/", data)
    assert response.status_code in (200, 302)
    created = Page.objects.filter(slug=slug).first()
    return created, case.text(response)


def bulk_publish(case):
    url = f"/admin/bulk/wagtailcore/page/publish/?id={case.page.pk}&next=/admin/"
    response = case.client.post(url, {"include_descendants": ""}, follow=True)
    assert response.status_code == 200
    return case.page, case.text(response)


def revision_publish(case):
    try:
        case.page.get_latest_revision().publish()
    except ValidationError as error:
        return case.page, refusal_text(error)
    return case.page, ""


def admin_api(case):
    response = case.client.post(
        f"/admin/api/main/pages/{case.page.pk}/action/publish/", {}, content_type="application/json"
    )
    assert response.status_code in (200, 400), response.content[:500]
    return case.page, str(response.json())


def workflow_approval(case):
    workflow = Workflow.objects.get(name="Moderators approval")
    workflow.start(case.page, case.user)
    state = case.reload().current_workflow_task_state
    offered = [name for name, _label, _modal in state.task.specific.get_actions(case.page, case.user)]
    assert ("approve" in offered) is case.valid
    response = case.client.post(f"/admin/pages/workflow/action/{case.page.pk}/approve/{state.pk}/", {})
    assert response.status_code in (302, 403)
    editor = case.client.get(f"/admin/pages/{case.page.pk}/edit/")
    return case.page, case.text(editor)


def scheduling(case):
    obj = case.page.get_latest_revision_as_object()
    obj.go_live_at = timezone.now() + timedelta(hours=1)
    revision = obj.save_revision(user=case.user)
    try:
        revision.publish(user=case.user)
    except ValidationError as error:
        return case.page, refusal_text(error)
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None and not case.reload().live
    # The go-live time comes: the project's publish_scheduled makes it live.
    make_due(revision)
    call_command("publish_scheduled")
    return case.page, ""


def scheduled_go_live(case):
    # Scheduled before the rule existed: the revision is due, whatever it holds.
    Page.objects.filter(pk=case.page.pk).update(owner=case.user)  # the owner is told of a refusal
    revision = case.page.get_latest_revision()
    make_due(revision)
    call_command("publish_scheduled")
    revision.refresh_from_db()
    refusal = ScheduledPublishRefusal.objects.filter(revision=revision).first()
    if case.valid:
        assert refusal is None and revision.approved_go_live_at is None
        return case.page, ""
    assert revision.approved_go_live_at is not None  # the schedule is kept
    assert refusal.owner_notified and len(mail.outbox) == 1
    call_command("publish_scheduled")  # tried again: the owner is not told twice
    assert len(mail.outbox) == 1
    return case.page, refusal.reasons + mail.outbox[0].body


def copy_and_publish(case):
    if case.valid:
        case.publish_source()
    else:
        Page.objects.filter(pk=case.page.pk).update(live=True)  # live since before the rule
    slug = f"{case.page.slug}-copy"
    response = case.client.post(
        f"/admin/pages/{case.page.pk}/copy/",
        {
            "new_title": f"{TOKEN} copy",
            "new_slug": slug,
            "new_parent_page": case.other_parent().pk,
            "publish_copies": "on",
        },
        follow=True,
    )
    assert response.status_code == 200
    copy = Page.objects.filter(slug=slug).first()
    if not case.valid:
        assert copy is None or not copy.live
    return copy, case.text(response)


def translation_editor_new(case):
    translated = case.translation()
    with case.capture(execute=True):
        response = case.client.post(f"/admin/pages/{translated.pk}/edit/", {"action": "publish"}, follow=True)
        assert response.status_code == 200
        if "/translation-review/" in response.request["PATH_INFO"]:
            # Nothing is translated yet: the reviewer confirms the parts left in English.
            response = case.client.post(response.request["PATH_INFO"], {"publish_untranslated": "on"}, follow=True)
            assert case.valid, "a refused translation is refused before the confirmation"
    assert response.status_code == 200
    return translated, case.text(response)


def update_translations_publish(case):
    from wagtail_localize.models import TranslationSource

    translated = case.translation(complete=case.valid)
    source = TranslationSource.objects.get(object_id=case.page.translation_key, specific_content_type__isnull=False)
    with case.capture(execute=True):
        response = case.client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}, follow=True)
    assert response.status_code == 200
    return translated, case.text(response)


def convert_to_alias(case):
    translated = case.translation()  # a draft translation, then the source is live
    if case.valid:
        case.publish_source()
    else:
        Page.objects.filter(pk=case.page.pk).update(live=True)  # live since before the rule
    response = case.client.post(f"/admin/localize/page/{translated.pk}/convert_to_alias/", {}, follow=True)
    assert response.status_code == 200
    return translated, case.text(response)


FORM_PATHS = (edit_form, create_form)

PATHS = [
    edit_form,
    create_form,
    bulk_publish,
    revision_publish,
    admin_api,
    workflow_approval,
    scheduling,
    scheduled_go_live,
    copy_and_publish,
    translation_editor_new,
    update_translations_publish,
    convert_to_alias,
]


@pytest.fixture
def run_case(home, locales, admin_client, admin_user, django_capture_on_commit_callbacks, settings):
    admin_user.email = "owner@example.org"
    admin_user.save()

    def run(kind, valid):
        for name, value in kind.settings:
            setattr(settings, name, value)
        return Case(kind, valid, home, admin_client, admin_user, locales, django_capture_on_commit_callbacks)

    return run


# A live copy of a valid brief is a second brief for its month: refused, see
# test_a_published_copy_of_a_brief_is_refused_for_its_month below.
NO_VALID_LIVE_COPY = {"monthly brief"}

CASES = [
    pytest.param(kind, path, valid, id=f"{kind}-{path.__name__}-{'valid' if valid else 'broken'}")
    for kind in KINDS
    for path in PATHS
    for valid in (False, True)
    if not (valid and path is copy_and_publish and kind.name in NO_VALID_LIVE_COPY)
]


@pytest.mark.parametrize(("kind", "path", "valid"), CASES)
def test_every_path_to_live_keeps_the_rules(run_case, client, kind, path, valid):
    case = run_case(kind, valid)
    target, said = path(case)
    if not valid:
        # The form shows the message on its field, after the field's label; elsewhere it is whole.
        assert case.expected in said or (path in FORM_PATHS and case.on_field in said), said[:3000]
    if target is None:  # nothing was created: the refusal is all there is to see
        assert not valid
        return
    target = case.reload(target)
    if valid:
        assert target.live, said[:2000]
        # Served to visitors when under the site's English tree (a copy to a second home is not).
        if target.locale.language_code == "en" and target.is_descendant_of(case.home):
            assert "api" in visible_anywhere(client, target)
    else:
        assert not target.live
        assert visible_anywhere(client, target) == []


def test_a_published_copy_of_a_brief_is_refused_for_its_month(run_case, client):
    """Copy keeps the month (the copy dialog cannot change it), so "Publish copies"
    would put a second brief for May live: the copy is not made, and the editor is told."""
    brief_kind = next(kind for kind in KINDS if kind.name == "monthly brief")
    case = run_case(brief_kind, True)
    copy, said = copy_and_publish(case)
    assert copy is None or not case.reload(copy).live
    assert "Month: a brief for this month is already published; update that one instead." in said
    assert case.reload().live
