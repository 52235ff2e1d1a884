"""The translator's and reviewer's loop around wagtail-localize.

wagtail-localize's editor saves each segment as the translator types, and its
only way to a page revision is "Publish". Translators (who may not publish)
submit from outside it: `submit_for_review` saves the segments as a draft
revision (`save_target(publish=False)`), starts the workflow assigned on the
locale's home page (a `TranslationReviewTask` for the locale's reviewers, set up
by `ensure_review_workflow`) and tells the reviewers by email, with a share
link that shows the draft in its language.
"""

from __future__ import annotations

import functools
from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info, override
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Workflow, WorkflowPage, WorkflowState, WorkflowTask
from wagtail_localize.models import StringSegment

from .absolute_urls import absolute_url, current_base_url
from .models import DraftShareLink, LocaleRole, TranslationReviewTask
from .models.translation_review import target_translation, untranslated_segments
from .models.untranslated_confirmation import confirm_untranslated, is_covered, may_confirm

SHARE_LINK_DAYS = 14
UNTRANSLATED_SHOWN = 12


def language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


def untranslated_parts(obj, limit: int = UNTRANSLATED_SHOWN) -> dict:
    """What a reviewer confirms before publishing `obj`: how many segments are
    untranslated, the first `limit` of their source texts, and the source language."""
    translation = target_translation(obj)
    if translation is None:
        return {"missing": 0, "texts": [], "source_code": "", "source_language": ""}
    missing = untranslated_segments(obj)
    texts = []
    if missing:
        segments = (
            StringSegment.objects.filter(source=translation.source)
            .annotate_translation(translation.target_locale)
            .filter(translation__isnull=True)
            .order_by("order")
            .values_list("string__data", flat=True)[:limit]
        )
        texts = list(segments)
    code = translation.source.locale.language_code
    return {"missing": missing, "texts": texts, "source_code": code, "source_language": language_name(code)}


# --- The workflow on each locale's home page ---------------------------------------


def ensure_review_workflow(locale: Locale, reviewers, home: Page | None) -> Workflow:
    """The locale's review workflow (one `TranslationReviewTask` for its reviewer
    group), assigned on its home page unless that page already has a workflow of
    its own (an administrator's choice is kept). Idempotent."""
    english_name = get_language_info(locale.language_code)["name"]
    task = TranslationReviewTask.objects.filter(name=f"Review: {english_name}").first()
    if task is None:
        task = TranslationReviewTask.objects.create(name=f"Review: {english_name}")
    task.groups.add(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=f"Translation review: {english_name}")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if home is not None:
        WorkflowPage.objects.get_or_create(page=home, defaults={"workflow": workflow})
    return workflow


# --- Submitting ----------------------------------------------------------------------


def can_submit(user, page) -> bool:
    return page.permissions_for_user(user).can_edit()


@transaction.atomic
def submit_for_review(translation, user, request=None) -> WorkflowState:
    """Save the translation's segments as a draft of its page and put that draft
    in front of the locale's reviewers.

    Raises PermissionDenied when `user` may not edit the page, and
    ValidationError when wagtail-localize refuses the segments (its own message
    is then on the segment), or when the page has no workflow to start.
    """
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not can_submit(user, page):
        raise PermissionDenied
    workflow = page.get_workflow()
    if workflow is None:
        raise ValidationError(
            _(
                "No review workflow is assigned to %(locale)s pages: "
                "ask an administrator to run sync_translation_groups."
            )
            % {"locale": translation.target_locale.get_display_name()}
        )
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    state = page.current_workflow_state
    if state is not None:
        # Resubmitted (after "Request changes", or with more segments): the
        # reviewers review the new draft, from the start.
        state.cancel(user=user)
    # Starting the workflow tells the reviewers (notify_on_review_task, connected
    # by core.patches in place of Wagtail's own notice for this task).
    return workflow.start(page, user)


def is_translation_review(task_state) -> bool:
    """Whether `task_state` puts a synced translation in front of its locale's
    reviewers (a `TranslationReviewTask`): those reviewers hear of it from
    `notify_reviewers`, with the share link and progress, not from Wagtail."""
    task = task_state.task.specific
    if not isinstance(task, TranslationReviewTask):
        return False
    return target_translation(task_state.workflow_state.content_object) is not None


def notify_on_review_task(sender, instance, user=None, **kwargs) -> int:
    """task_submitted receiver: the one email each reviewer gets when a
    translation reaches their review, however the workflow was started."""
    if not is_translation_review(instance):
        return 0
    page = instance.workflow_state.content_object.specific
    submitted_by = user or instance.workflow_state.requested_by
    return notify_reviewers(page, target_translation(page), submitted_by)


def reviewers_of(locale_id: int):
    """Active users with an email address in the reviewer groups of a locale."""
    groups = LocaleRole.objects.filter(locale_id=locale_id, can_publish=True).values("group_id")
    return (
        get_user_model()
        .objects.filter(is_active=True, groups__in=groups)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )


def _absolute(request, path: str) -> str:
    # Sent from a signal handler without the request: the base of the one being
    # answered (the same as Wagtail's own notices), else the default Site's.
    return absolute_url(path, request, base=None if request is not None else current_base_url())


def notify_reviewers(page, translation, submitted_by, request=None) -> int:
    """Email each reviewer of the page's locale who accepts submission notices
    (Wagtail's "submitted" preference), in their admin language: what waits,
    how much is translated, a share link to the draft and the review link.
    Returns how many emails were sent."""
    link = DraftShareLink.objects.create(
        page=page, created_by=submitted_by, expires_at=timezone.now() + timedelta(days=SHARE_LINK_DAYS)
    )
    total, done = translation.get_progress()
    name = (submitted_by.get_full_name() or submitted_by.get_username()) if submitted_by is not None else ""
    context = {
        "title": page.get_admin_display_title(),
        "submitted_by": name,
        "share_url": _absolute(request, reverse("shared_draft", args=[link.token])),
        "review_url": _absolute(request, reverse("wagtailadmin_pages:edit", args=[page.pk])),
        "dashboard_url": _absolute(request, reverse("wagtailadmin_home")),
        "done": done,
        "total": total,
        "missing": total - done,
        "expires_at": link.expires_at,
    }
    sent = 0
    for reviewer in reviewers_of(page.locale_id):
        if submitted_by is not None and reviewer.pk == submitted_by.pk:
            continue
        profile = getattr(reviewer, "wagtail_userprofile", None)
        if profile is not None and not profile.submitted_notifications:
            continue
        language = (profile.get_preferred_language() if profile else None) or settings.LANGUAGE_CODE
        with override(language):
            context["language"] = language_name(translation.target_locale.language_code)
            subject = render_to_string("core/translation_review/email_subject.txt", context).strip()
            body = render_to_string("core/translation_review/email.txt", context)
        sent += send_mail(subject, body, None, [reviewer.email])
    return sent


@transaction.atomic
def publish_confirmed(translation, user):
    """Publish a translation's segments as they stand, with `user`'s confirmation
    of the parts still untranslated: the segments become a draft revision of the
    page or snippet, the confirmation is recorded for that revision, and the
    revision is published (its checks run as on every path). Returns the
    published revision.

    Raises PermissionDenied when `user` may not publish the page or snippet in
    its locale, and ValidationError when a publish check refuses it (nothing is
    kept then).
    """
    target = translation.get_target_instance()
    if not is_covered(type(target)) or not may_confirm(user, target):
        raise PermissionDenied
    translation.save_target(user=user, publish=False)
    revision = type(target).objects.get(pk=target.pk).get_latest_revision()
    confirm_untranslated(revision, user)
    revision.publish(user=user)
    return revision


def refuse_convert_to_alias_without_publish(view):
    """Wrap wagtail-localize's "Convert to alias page": it puts the source page's
    content live under the locale's URL with no check or review, so only those who
    may publish the page (its reviewers, administrators) may do it."""

    @functools.wraps(view)
    def convert_to_alias(request, page_id):
        page = get_object_or_404(Page, pk=page_id)
        if not page.permissions_for_user(request.user).can_publish():
            messages.error(
                request,
                _(
                    "Only reviewers may convert a translation into an alias page: it would publish the "
                    "original-language page here without review."
                ),
            )
            return redirect("wagtailadmin_pages:edit", page_id)
        return view(request, page_id)

    return convert_to_alias
