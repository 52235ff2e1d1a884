"""The review of a translation: the workflow task its locale's reviewers approve,
and what a translation still shows in the source language.

wagtail-localize's translation editor has no moderation of its own: translators
submit from outside it (core.translation_review), which starts the workflow
assigned on the locale's home page, whose one task is a `TranslationReviewTask`
for that locale's reviewers. Approving a translation with untranslated segments
publishes those parts in the source language, so the task asks the reviewer to
confirm it, and refuses an approval without that confirmation (an "Approve"
posted without its form, say).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.forms import TaskStateCommentForm
from wagtail.models import AbstractGroupApprovalTask

from .translation_progress import target_translation, untranslated_segments
from .untranslated_confirmation import confirm_untranslated


def translated_draft(page):
    """What a reviewer should see of a translated page's draft: the revision
    submitted for review while one is in review, otherwise the segments as they
    stand (not a page revision until saved), untranslated ones in the source
    language. Pages that are not synced translations show their latest draft."""
    translation = target_translation(page)
    if translation is None:
        return page.get_latest_revision_as_object()
    state = page.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    if task_state is not None and task_state.revision_id:
        return task_state.revision.as_object()
    # The target page with the segments written onto it in memory (never saved).
    return translation.source.get_ephemeral_translated_instance(translation.target_locale, fallback=True)


class ApproveTranslationForm(TaskStateCommentForm):
    """The approval form, with the confirmation an incomplete translation needs.

    `untranslated` is the count the reviewer was shown (the modal fills it in);
    the task checks the page itself again when it acts."""

    untranslated = forms.IntegerField(required=False, min_value=0, max_value=1_000_000, widget=forms.HiddenInput)
    publish_untranslated = forms.BooleanField(
        label=_("Publish with the untranslated parts in the original language"),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if (cleaned.get("untranslated") or 0) > 0 and not cleaned.get("publish_untranslated"):
            self.add_error(
                "publish_untranslated",
                _("Some parts are not translated yet: confirm that they may be published in the original language."),
            )
        return cleaned


class TranslationReviewTask(AbstractGroupApprovalTask):
    """A locale's reviewers approve (and so publish) a submitted translation."""

    # Its Approve asks for the confirmation of untranslated parts (and records
    # it), so the workflows' guard (core.patches) leaves that Approve in place.
    confirms_untranslated = True

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if not any(name == "approve" for name, _label, _modal in actions):
            return actions
        missing = untranslated_segments(obj)
        if not missing:
            return actions
        label = ngettext(
            "Approve with %(count)d part untranslated…",
            "Approve with %(count)d parts untranslated…",
            missing,
        ) % {"count": missing}
        # Only the form that asks for the confirmation approves an incomplete translation.
        return [action for action in actions if action[0] != "approve"] + [("approve", label, True)]

    def get_form_for_action(self, action):
        return ApproveTranslationForm if action == "approve" else super().get_form_for_action(action)

    def get_template_for_action(self, action):
        if action == "approve":
            return "core/translation_review/approve_modal.html"
        return super().get_template_for_action(action)

    def on_action(self, task_state, user, action_name, **kwargs):
        confirmed = kwargs.pop("publish_untranslated", False)
        kwargs.pop("untranslated", None)
        if action_name == "approve":
            # Wagtail publishes the latest revision when the workflow finishes:
            # that is the one the confirmation is for.
            page = task_state.workflow_state.content_object
            if untranslated_segments(page):
                if not confirmed:
                    raise PermissionDenied(
                        _("This translation has untranslated parts: approve it from its form and confirm them.")
                    )
                confirm_untranslated(page.get_latest_revision(), user)
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("Members of the locale's reviewer groups approve and publish submitted translations")

    class Meta:
        verbose_name = _("translation review task")
        verbose_name_plural = _("translation review tasks")
