""" "I have reviewed this content" is kept with the revision and recorded when that
revision goes live, whoever publishes it: a review ticked by an editor who can
only submit counts when the moderator approves, and stops the reminders."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from flagships.models import FlagshipPage, FlagshipReview, RevisionReview
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

from .support import edit_form_data, make_due

pytestmark = pytest.mark.django_db


def person(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def overdue_flagship(home):
    index = FlagshipIndexPageFactory(parent=home)
    long_ago = timezone.now() - timedelta(days=400)
    page = FlagshipPageFactory(parent=index, contacts=1, first_published_at=long_ago, last_published_at=long_ago)
    page = FlagshipPage.objects.get(pk=page.pk)
    page.save_revision().publish()
    FlagshipPage.objects.filter(pk=page.pk).update(first_published_at=long_ago)
    assert FlagshipPage.objects.get(pk=page.pk).review_state.is_overdue
    return FlagshipPage.objects.get(pk=page.pk)


def test_a_review_ticked_by_a_submitter_is_recorded_when_the_moderator_approves(
    client, django_user_model, overdue_flagship
):
    editor = person(django_user_model, "editor", "Editors")
    moderator = person(django_user_model, "moderator", "Moderators")
    page = overdue_flagship

    client.force_login(editor)
    data = edit_form_data(page, editor) | {"summary": "Cities that plan for floods, heat and drought."}
    data |= {"reviewed": "on", "action-submit": "action-submit"}
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    submitted = FlagshipPage.objects.get(pk=page.pk).get_latest_revision()
    assert RevisionReview.objects.get(revision=submitted).reviewed_by == editor
    assert not FlagshipReview.objects.exists()  # submitted, not live: no review yet

    client.force_login(moderator)
    state = FlagshipPage.objects.get(pk=page.pk).current_workflow_task_state
    response = client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{state.pk}/", {})
    assert response.status_code == 302

    page = FlagshipPage.objects.get(pk=page.pk)
    assert page.live_revision_id == submitted.pk
    review = FlagshipReview.objects.get()
    assert (review.reviewed_by, review.approved_by) == (editor, moderator)
    assert not page.review_state.is_overdue
    assert page.review_state.last_reviewed_on == timezone.localdate()

    mail.outbox.clear()
    call_command("send_review_reminders")
    assert mail.outbox == []


def test_a_review_is_not_recorded_while_the_revision_is_only_scheduled(admin_client, admin_user, overdue_flagship):
    page = overdue_flagship
    go_live = timezone.localtime() + timedelta(days=2)
    data = edit_form_data(page, admin_user) | {"reviewed": "on", "action-publish": "action-publish"}
    data["go_live_at"] = go_live.strftime("%Y-%m-%d %H:%M")
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    revision = FlagshipPage.objects.get(pk=page.pk).get_latest_revision()
    revision.refresh_from_db()
    assert revision.approved_go_live_at is not None
    assert not FlagshipReview.objects.exists()

    # Go-live: the project's publish_scheduled publishes it, and the review counts then.
    make_due(revision)
    call_command("publish_scheduled")
    review = FlagshipReview.objects.get()
    assert review.reviewed_by == admin_user


def test_publishing_without_the_box_records_no_review(admin_client, admin_user, overdue_flagship):
    page = overdue_flagship
    data = edit_form_data(page, admin_user) | {"action-publish": "action-publish"}
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    assert not FlagshipReview.objects.exists()
    assert FlagshipPage.objects.get(pk=page.pk).review_state.is_overdue


def approve_with_edits(client, moderator, page, **changes):
    """The moderator opens the page in moderation, edits it and clicks "Approve"
    in the editor's footer: Wagtail saves the moderator's revision, then approves."""
    client.force_login(moderator)
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code == 200
    data = edit_form_data(page, moderator) | changes
    data |= {"action-workflow-action": "true", "workflow-action-name": "approve"}
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


def submit(client, editor, page, **changes):
    client.force_login(editor)
    data = edit_form_data(page, editor) | changes | {"action-submit": "action-submit"}
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return FlagshipPage.objects.get(pk=page.pk).get_latest_revision()


def test_approve_with_edits_records_the_submitters_review_approved_by_the_moderator(
    client, django_user_model, overdue_flagship
):
    editor = person(django_user_model, "editor", "Editors")
    moderator = person(django_user_model, "moderator", "Moderators")
    page = overdue_flagship
    submitted = submit(client, editor, page, reviewed="on", summary="Cities that plan for floods and heat.")

    page = FlagshipPage.objects.get(pk=page.pk)
    # The moderator sees the submitter's tick on the form, keeps it and corrects the summary.
    response = approve_with_edits(client, moderator, page, summary="Cities that plan for floods, heat and drought.")
    assert response.status_code == 302, response.content.decode()[:2000]

    page = FlagshipPage.objects.get(pk=page.pk)
    assert page.live_revision_id != submitted.pk  # the moderator's revision went live
    assert page.live_revision.user == moderator
    assert page.summary == "Cities that plan for floods, heat and drought."
    review = FlagshipReview.objects.get()
    assert (review.reviewed_by, review.approved_by) == (editor, moderator)
    assert not page.review_state.is_overdue
    assert page.review_state.last_reviewed_on == timezone.localdate()

    # The next edit starts with the box clear: this review is recorded, the next one is someone's new tick.
    client.force_login(editor)
    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'name="reviewed"' in html and "checked" not in html.split('name="reviewed"')[1][:40]

    mail.outbox.clear()
    call_command("send_review_reminders")
    assert mail.outbox == []


def test_a_moderator_who_ticks_the_box_while_approving_with_edits_is_the_reviewer(
    client, django_user_model, overdue_flagship
):
    editor = person(django_user_model, "editor", "Editors")
    moderator = person(django_user_model, "moderator", "Moderators")
    page = overdue_flagship
    submit(client, editor, page, summary="Cities that plan for floods and heat.")
    assert not RevisionReview.objects.exists()

    page = FlagshipPage.objects.get(pk=page.pk)
    response = approve_with_edits(client, moderator, page, reviewed="on", summary="Cities that plan ahead.")
    assert response.status_code == 302, response.content.decode()[:2000]

    review = FlagshipReview.objects.get()
    assert (review.reviewed_by, review.approved_by) == (moderator, None)
    assert not FlagshipPage.objects.get(pk=page.pk).review_state.is_overdue
    mail.outbox.clear()
    call_command("send_review_reminders")
    assert mail.outbox == []


def test_approving_with_edits_and_the_box_cleared_records_no_review(client, django_user_model, overdue_flagship):
    editor = person(django_user_model, "editor", "Editors")
    moderator = person(django_user_model, "moderator", "Moderators")
    page = overdue_flagship
    submit(client, editor, page, reviewed="on", summary="Cities that plan for floods and heat.")

    page = FlagshipPage.objects.get(pk=page.pk)
    changes = {"summary": "Cities that plan ahead."}
    client.force_login(moderator)
    data = edit_form_data(page, moderator) | changes
    data.pop("reviewed", None)  # the moderator unticks the box: not reviewed after all
    data |= {"action-workflow-action": "true", "workflow-action-name": "approve"}
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:2000]

    assert FlagshipPage.objects.get(pk=page.pk).live_revision.user == moderator
    assert not FlagshipReview.objects.exists()
    assert FlagshipPage.objects.get(pk=page.pk).review_state.is_overdue
