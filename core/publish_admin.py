"""The admin's side of the publish checks: each path to live says why it refused.

- Bulk publish publishes page by page and lists the pages it skipped, with the
  checks' reasons (Wagtail's publishes in one transaction, so one refusal was a
  500 that rolled the whole batch back).
- wagtail-localize's "Publish" in the translation editor is checked before it
  writes the page; the editor stays open with the reasons.
- "Copy" with "Publish copies" of content the checks refuse makes a draft copy
  and says why.
- "Convert to alias page" is refused with the reasons.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction

from .publish_paths import refusal_text, translation_errors


class CheckedPublishBulkAction(PublishBulkAction):
    """Registered after Wagtail's (hook order 1), so it takes the "publish" action."""

    def get_execution_context(self):
        self.skipped = []
        return {**super().get_execution_context(), "user": self.request.user, "skipped": self.skipped}

    @classmethod
    def _publish_one(cls, page, user, skipped) -> bool:
        try:
            # One savepoint per page: a refusal leaves the others published.
            with transaction.atomic():
                revision = page.get_latest_revision() or page.specific.save_revision(user=user)
                revision.publish(user=user)
        except ValidationError as error:
            skipped.append((page, refusal_text(error)))
            return False
        return True

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, skipped=None, **kwargs):
        skipped = [] if skipped is None else skipped
        num_parent_objects, num_child_objects = 0, 0
        for page in objects:
            num_parent_objects += cls._publish_one(page, user, skipped)
            if include_descendants:
                for descendant in page.get_descendants().not_live().defer_streamfields().specific().iterator():
                    if user is None or descendant.permissions_for_user(user).can_publish():
                        num_child_objects += cls._publish_one(descendant, user, skipped)
        return num_parent_objects, num_child_objects

    def get_success_message(self, num_parent_objects, num_child_objects):
        for page, reasons in getattr(self, "skipped", []):
            messages.error(
                self.request,
                _("Not published: “%(title)s”. %(reasons)s")
                % {"title": page.get_admin_display_title(), "reasons": reasons},
            )
        if not num_parent_objects and not num_child_objects:
            return None
        message = super().get_success_message(num_parent_objects, num_child_objects)
        skipped = len(getattr(self, "skipped", []))
        if skipped:
            skipped_text = ngettext("%(count)d page was skipped.", "%(count)d pages were skipped.", skipped)
            message = f"{message}. {skipped_text % {'count': skipped}}"
        return message


def refuse_translation_publish(request, page):
    """before_edit_page, ahead of wagtail-localize's (order -1): its "Publish"
    writes a live translation's row before publishing, so the check comes first."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    from wagtail_localize.models import Translation

    translations = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    )
    translation = translations.select_related("source", "target_locale").first()
    if translation is None:
        return None
    error = translation_errors(translation.source, translation.target_locale, user=request.user)
    if error is None:
        return None
    messages.error(
        request,
        _("“%(title)s” was not published in %(locale)s. %(reasons)s")
        % {
            "title": page.get_admin_display_title(),
            "locale": translation.target_locale.get_display_name(),
            "reasons": refusal_text(error),
        },
    )
    return redirect(request.path)


def refuse_live_copy(request, page):
    """before_copy_page: "Publish copies" of content the checks refuse is refused
    with the reasons (the copy action itself would make a draft copy)."""
    if request.method != "POST" or not request.POST.get("publish_copies") or not page.live:
        return None
    from wagtail.models import Page

    from .publish_paths import copy_errors

    raw = request.POST.get("new_parent_page", "")
    destination = Page.objects.filter(pk=int(raw)).first() if raw.isdigit() and len(raw) < 19 else None
    error = copy_errors(page, destination)
    if error is None:
        return None
    messages.error(
        request,
        _("“%(title)s” was not copied: a published copy must pass the publishing checks. %(reasons)s")
        % {"title": page.get_admin_display_title(), "reasons": refusal_text(error)},
    )
    return redirect(request.get_full_path())


def explain_withheld_approval(request, page):
    """before_edit_page: a page in moderation whose latest revision fails the checks
    is offered no "Approve" (core.publish_paths); say why, to whoever opens it."""
    if request.method != "GET" or not page.workflow_in_progress:
        return None
    from .publish_paths import latest_revision_errors, latest_untranslated_error, merged

    page = page.specific
    task = page.current_workflow_task
    confirms = getattr(task.specific, "confirms_untranslated", False) if task is not None else False
    error = merged(latest_revision_errors(page), None if confirms else latest_untranslated_error(page))
    if error is not None:
        messages.warning(
            request,
            _("This version cannot be approved until it passes the publishing checks. %(reasons)s")
            % {"reasons": refusal_text(error)},
        )
    return None
