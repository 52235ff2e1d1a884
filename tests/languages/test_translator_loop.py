"""The translator's and reviewer's loop, as the French translator and the French
reviewer meet it (real groups from sync_translation_groups, no superusers).

A translator translates in wagtail-localize's editor, submits for review from the
bar above it; the reviewers are emailed a share link showing the French draft;
the reviewer publishes, confirming the parts still in English.
"""

import json
import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import TranslationReviewTask
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db

STRINGS = {"Resilient coasts": "Côtes résilientes", "Sea walls and mangroves.": "Digues et mangroves."}


@pytest.fixture
def world(home, locales, translate, django_user_model):
    translate(home, locales["fr"], {})
    translate(home, locales["ar"], {})
    page = HomePageFactory(
        parent=home,
        slug="coasts",
        title="Resilient coasts",
        hero_text="Sea walls and mangroves.",
        introduction="<p>Read our work.</p>",
    )
    call_command("sync_translation_groups", verbosity=0)
    french, _ = translate(page, locales["fr"], {"Resilient coasts": "Côtes résilientes"}, publish=False)
    users = {}
    for role, group_name in (("translator", "Translators: French"), ("reviewer", "Reviewers: French")):
        user = django_user_model.objects.create_user(role, email=f"{role}@example.org", password="pw")
        user.groups.add(Group.objects.get(name=group_name))
        users[role] = user
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["fr"])
    return {"source": page, "page": french, "translation": translation, "users": users, "locales": locales}


def as_user(client, world, role):
    client.force_login(world["users"][role])
    return client


def translate_segment(world, source_text, french_text):
    source = TranslationSource.objects.get(object_id=world["source"].translation_key)
    segment = StringSegment.objects.select_related("string", "context").get(source=source, string__data=source_text)
    StringTranslation.objects.update_or_create(
        translation_of=segment.string,
        locale=world["locales"]["fr"],
        context=segment.context,
        defaults={"data": french_text},
    )


def missing(world) -> int:
    total, done = Translation.objects.get(pk=world["translation"].pk).get_progress()
    return total - done


def parts(count: int) -> str:
    return f"{count} part" if count == 1 else f"{count} parts"


def editor_props(html: str) -> dict:
    raw = re.search(r'data-props="([^"]*)"', html).group(1)
    import html as html_module

    return json.loads(html_module.unescape(raw))


def html_language(html: str) -> tuple[str, str]:
    """The document's lang and dir (whatever order the page's serialiser writes them in)."""
    from bs4 import BeautifulSoup

    root = BeautifulSoup(html, "html.parser").html
    return root.get("lang"), root.get("dir")


def submit(client, world):
    return client.post(f"/admin/translation-review/{world['translation'].pk}/submit/")


def test_each_locale_has_a_review_workflow_on_its_home_page(world, locales):
    french_home = Page.objects.get(depth=2, locale=locales["fr"])
    workflow = french_home.get_workflow()
    assert workflow is not None
    task = workflow.tasks.get().specific
    assert isinstance(task, TranslationReviewTask)
    assert list(task.groups.values_list("name", flat=True)) == ["Reviewers: French"]
    assert world["page"].get_workflow() == workflow
    call_command("sync_translation_groups", verbosity=0)  # idempotent
    assert TranslationReviewTask.objects.filter(name="Review: French").count() == 1


def test_translator_editor_offers_submit_not_delete_or_alias(client, world):
    html = as_user(client, world, "translator").get(f"/admin/pages/{world['page'].pk}/edit/").content.decode()
    assert "data-translation-loop-translator" in html
    assert f"/admin/translation-review/{world['translation'].pk}/submit/" in html
    assert f"/admin/glossary/checks/translation/{world['translation'].pk}/" in html
    props = editor_props(html)
    assert props["perms"]["canPublish"] is False
    assert props["perms"]["canDelete"] is False
    assert props["links"]["convertToAliasUrl"] is None


def test_reviewer_editor_keeps_publish(client, world):
    html = as_user(client, world, "reviewer").get(f"/admin/pages/{world['page'].pk}/edit/").content.decode()
    assert "data-translation-loop-translator" not in html
    assert editor_props(html)["perms"]["canPublish"] is True


def test_translator_submits_and_the_french_reviewer_is_emailed_a_share_link_to_the_french_draft(client, world):
    translate_segment(world, "Sea walls and mangroves.", "Digues et mangroves.")
    as_user(client, world, "translator")
    page_html = client.get(f"/admin/translation-review/{world['translation'].pk}/submit/").content.decode()
    total, done = world["translation"].get_progress()
    assert total > done  # the introduction is still English
    assert f"Translated: {done} of {total} parts." in page_html
    assert "Read our work." in page_html
    response = submit(client, world)
    assert response.status_code == 302
    page = Page.objects.get(pk=world["page"].pk).specific
    assert not page.live
    assert page.get_latest_revision_as_object().hero_text == "Digues et mangroves."
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, TranslationReviewTask)
    # One email, with the share link (not Wagtail's group-approval notice beside it).
    assert [message.to for message in mail.outbox] == [["reviewer@example.org"]]
    assert mail.outbox[0].subject.startswith("Translation to review (French)")
    body = mail.outbox[0].body
    assert f"{parts(missing(world))} {'is' if missing(world) == 1 else 'are'} not translated yet" in body
    share_url = re.search(r"http://testserver(/preview/\S+/)", body).group(1)
    client.logout()
    shared = client.get(share_url)
    html = shared.content.decode()
    assert shared.status_code == 200
    assert "Côtes résilientes" in html
    assert "Digues et mangroves." in html
    assert html_language(html) == ("fr", "ltr")


def test_share_link_before_submitting_shows_the_segments_as_they_stand(client, world, admin_user):
    from core.models import DraftShareLink

    translate_segment(world, "Sea walls and mangroves.", "Digues et mangroves.")  # not saved as a revision
    link = DraftShareLink.create_for(world["page"], admin_user, days=1)
    html = client.get(f"/preview/{link.token}/").content.decode()
    assert "Digues et mangroves." in html
    assert "Côtes résilientes" in html


def test_translators_cannot_publish_nor_convert_to_alias(client, world, django_capture_on_commit_callbacks):
    as_user(client, world, "translator")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{world['page'].pk}/edit/", {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == "/admin/"  # Wagtail's "no permission"
    response = client.get(f"/admin/localize/page/{world['page'].pk}/convert_to_alias/")
    assert response.status_code == 302
    page = Page.objects.get(pk=world["page"].pk)
    assert not page.live and page.alias_of_id is None
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/admin/localize/page/{world['page'].pk}/convert_to_alias/")
    page.refresh_from_db()
    assert not page.live and page.alias_of_id is None
    refused = client.get(f"/admin/translation-review/{world['translation'].pk}/publish/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"


def test_reviewer_publishing_from_the_editor_confirms_untranslated_parts(
    client, world, django_capture_on_commit_callbacks
):
    as_user(client, world, "reviewer")
    url = f"/admin/pages/{world['page'].pk}/edit/"
    response = client.post(url, {"action": "publish"})
    confirm_url = f"/admin/translation-review/{world['translation'].pk}/publish/"
    assert response.status_code == 302 and response["Location"] == confirm_url
    assert not Page.objects.get(pk=world["page"].pk).live
    html = client.get(confirm_url).content.decode()
    assert f"{parts(missing(world))} are not translated yet" in html
    assert "Sea walls and mangroves." in html
    response = client.post(confirm_url, {})
    assert response.status_code == 200
    assert "confirm that they may be published" in response.content.decode()
    assert not Page.objects.get(pk=world["page"].pk).live
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(confirm_url, {"publish_untranslated": "on"})
    assert response.status_code == 302
    page = Page.objects.get(pk=world["page"].pk)
    assert page.live and page.title == "Côtes résilientes"
    html = client.get(page.url).content.decode()
    assert 'id="incomplete-notice"' in html


def test_complete_translation_publishes_without_confirmation(client, world, django_capture_on_commit_callbacks):
    source = world["translation"].source
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        translate_segment(world, segment.string.data, f"FR {segment.string.data}")
    assert missing(world) == 0
    as_user(client, world, "reviewer")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{world['page'].pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    assert "translation-review" not in response["Location"]
    assert Page.objects.get(pk=world["page"].pk).live


def _approve_url(world):
    state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    return reverse("wagtailadmin_pages:workflow_action", args=[world["page"].pk, "approve", state.pk])


def test_workflow_approval_of_an_incomplete_translation_needs_the_confirmation(
    client, world, django_capture_on_commit_callbacks
):
    submit(as_user(client, world, "translator"), world)
    as_user(client, world, "reviewer")
    dashboard = client.get("/admin/").content.decode()
    assert "Translations awaiting your review" in dashboard
    assert "Côtes résilientes" in dashboard
    assert f"{parts(missing(world))} untranslated" in dashboard
    url = _approve_url(world)
    modal = client.get(url, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert modal.status_code == 200
    assert "publish_untranslated" in modal.json()["html"]
    # Without the tick, the modal shows why; without its form at all, it is refused.
    shown = str(missing(world))
    response = client.post(url, {"untranslated": shown, "comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert "confirm that they may be published" in response.json()["html"]
    refused = client.post(url, {"comment": ""})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's "no permission"
    assert not Page.objects.get(pk=world["page"].pk).live
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"untranslated": shown, "publish_untranslated": "on", "comment": ""})
    page = Page.objects.get(pk=world["page"].pk)
    assert page.live and page.title == "Côtes résilientes"
    assert page.current_workflow_state is None


def test_translator_cannot_approve(client, world):
    submit(as_user(client, world, "translator"), world)
    response = client.post(_approve_url(world), {"untranslated": "9", "publish_untranslated": "on"})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert not Page.objects.get(pk=world["page"].pk).live


def test_translator_dashboard_lists_work_in_progress_and_out_of_date(client, world, translate, locales):
    html = as_user(client, world, "translator").get("/admin/").content.decode()
    assert "Your translations" in html
    assert re.search(r"data-translation-in-progress>\s*<a [^>]*>Côtes résilientes</a>", html)
    # A published translation whose source then changes is out of date.
    other = HomePageFactory(parent=world["source"], slug="water", title="Clean water")
    french_other, _ = translate(other, locales["fr"], {"Clean water": "Eau potable"})
    other.title = "Clean water for all"
    other.save_revision().publish()
    html = client.get("/admin/").content.decode()
    assert re.search(r"data-translation-out-of-date>\s*<a [^>]*>Eau potable</a>", html)


def test_checks_in_the_target_language_while_translating(client, world):
    translate_segment(world, "Sea walls and mangroves.", "Digues et mangroves de la CNUCED contre la mer.")
    html = (
        as_user(client, world, "translator")
        .get(f"/admin/glossary/checks/translation/{world['translation'].pk}/")
        .content.decode()
    )
    assert "Readability (French)" in html
    assert "Kandel" in html
    assert "CNUCED" in html  # undefined in the French glossary
    assert "Sea walls" not in html
    other_locale = Translation.objects.filter(target_locale__language_code="ar").first()
    assert client.get(f"/admin/glossary/checks/translation/{other_locale.pk}/")["Location"] == "/admin/"


def _panel_queries(client, user):
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core.translation_panels import awaiting_review_for, translator_work

    user = get_user_model().objects.get(pk=user.pk)  # nothing cached on it
    with CaptureQueriesContext(connection) as queries:
        awaiting_review_for(user)
    reviewer = len(queries)
    user = get_user_model().objects.get(pk=user.pk)
    with CaptureQueriesContext(connection) as queries:
        translator_work(user)
    return reviewer, len(queries)


def test_panels_have_a_query_budget(client, world, translate, locales):
    def add_translations(count):
        for index in range(count):
            slug = f"extra-{Page.objects.count()}"
            page = HomePageFactory(parent=world["source"], slug=slug, title=f"Extra {index}")
            translate(page, locales["fr"], {}, publish=False)
            translation = Translation.objects.get(source__object_id=page.translation_key, target_locale=locales["fr"])
            translation.save_target(user=world["users"]["translator"], publish=False)
            page_fr = Page.objects.get(translation_key=page.translation_key, locale=locales["fr"])
            page_fr.get_workflow().start(page_fr, world["users"]["translator"])

    add_translations(2)
    small = [_panel_queries(client, world["users"][role]) for role in ("reviewer", "translator")]
    add_translations(8)
    large = [_panel_queries(client, world["users"][role]) for role in ("reviewer", "translator")]
    assert small == large
    from core.translation_panels import awaiting_review_for

    assert len(awaiting_review_for(world["users"]["reviewer"])) == 10
    # The reviewer's list: tasks, pages, segment counts; the translator's: scope (2),
    # default locale, translations, pages, sources, syncs, reviews, segment counts.
    assert [max(pair) for pair in large] == [9, 9]


def test_share_link_of_an_arabic_translation_is_right_to_left(client, world, translate, locales, admin_user):
    from core.models import DraftShareLink

    arabic, _ = translate(world["source"], locales["ar"], {"Resilient coasts": "سواحل قادرة على الصمود"}, publish=False)
    link = DraftShareLink.create_for(arabic, admin_user, days=1)
    html = client.get(f"/preview/{link.token}/").content.decode()
    assert html_language(html) == ("ar", "rtl")
    assert "سواحل قادرة على الصمود" in html


def test_each_reviewer_gets_one_email_in_their_admin_language(client, world, django_user_model):
    """Wagtail's task notice and the project's came both; now the project's
    alone, in each reviewer's admin language, to reviewers who want notices."""
    from wagtail.users.models import UserProfile

    french_reviewer = world["users"]["reviewer"]
    french_profile = UserProfile.get_for_user(french_reviewer)
    french_profile.preferred_language = "fr"
    french_profile.save()
    group = Group.objects.get(name="Reviewers: French")
    english = django_user_model.objects.create_user("reviewer-en", email="reviewer-en@example.org", password="pw")
    quiet = django_user_model.objects.create_user("reviewer-quiet", email="quiet@example.org", password="pw")
    for user in (english, quiet):
        user.groups.add(group)
    profile = UserProfile.get_for_user(quiet)
    profile.submitted_notifications = False
    profile.save()
    mail.outbox.clear()
    assert submit(as_user(client, world, "translator"), world).status_code == 302
    by_recipient = {}
    for message in mail.outbox:
        by_recipient.setdefault(message.to[0], []).append(message)
    assert sorted(by_recipient) == ["reviewer-en@example.org", "reviewer@example.org"]
    assert all(len(messages) == 1 for messages in by_recipient.values())
    french = by_recipient["reviewer@example.org"][0]
    assert french.subject == "Traduction à relire (Français) : Côtes résilientes"
    assert "Lire le brouillon tel que les visiteurs le verront (sans connexion) :" in french.body
    assert by_recipient["reviewer-en@example.org"][0].subject == "Translation to review (French): Côtes résilientes"


def test_a_resubmitted_translation_tells_the_reviewers_once_more(client, world):
    """ "Request changes", then the translator submits again: one more email each."""
    submit(as_user(client, world, "translator"), world)
    state = TaskState.objects.get(status=TaskState.STATUS_IN_PROGRESS)
    url = reverse("wagtailadmin_pages:workflow_action", args=[world["page"].pk, "reject", state.pk])
    as_user(client, world, "reviewer").post(url, {"comment": "Translate the introduction."})
    mail.outbox.clear()
    submit(as_user(client, world, "translator"), world)
    assert [message.to for message in mail.outbox] == [["reviewer@example.org"]]
