"""A reviewer's confirmation that a revision of a translated page may go live
with some of its text still in the source language.

wagtail-localize publishes a translation with untranslated segments showing the
source text. That is sometimes the right call (a figure caption can wait), but
it is a reviewer's call: `untranslated_publish_error()` refuses the revision on
every path to live (core.patches runs it in `PublishRevisionAction.execute`,
core.publish_paths before wagtail-localize writes a live row) until someone who
may publish the page in its locale has called `confirm_untranslated()` for that
very revision. A confirmation covers the revision and the number of parts that
were untranslated when it was given: a new revision, or more untranslated parts
(the source changed since), needs a new one.
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import Page

from .translation_progress import target_translation


class UntranslatedPublishConfirmation(models.Model):
    revision = models.OneToOneField(
        "wagtailcore.Revision", on_delete=models.CASCADE, related_name="untranslated_confirmation"
    )
    # Kept when the account goes (the record of what was confirmed stays); the name is then unknown.
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), default=timezone.now)
    untranslated = models.PositiveIntegerField(
        _("untranslated parts"), help_text=_("How many text segments were untranslated when it was confirmed.")
    )

    class Meta:
        verbose_name = _("confirmation to publish untranslated parts")
        verbose_name_plural = _("confirmations to publish untranslated parts")

    def __str__(self):
        return f"revision {self.revision_id}: {self.untranslated} untranslated, confirmed by {self.confirmed_by_id}"

    def covers(self, missing: int) -> bool:
        return self.untranslated >= missing


def _translated_page(revision):
    """(page, translation) when the revision's page is the target of an enabled
    wagtail-localize translation (the only content the rule applies to), else (None, None)."""
    obj = revision.content_object
    if not isinstance(obj, Page):
        return None, None
    translation = target_translation(obj)
    return (obj, translation) if translation is not None else (None, None)


def _untranslated(translation) -> int:
    total, done = translation.get_progress()
    return total - done


def may_confirm(user, page) -> bool:
    """Whether `user` may confirm for `page`: whoever may publish it in its locale
    (its locale's reviewers, moderators, administrators), never a translator."""
    return bool(user and user.is_authenticated and page.permissions_for_user(user).can_publish())


def confirm_untranslated(revision, user) -> UntranslatedPublishConfirmation | None:
    """Record that `user` confirms publishing `revision` with its untranslated
    parts in the source language. Returns the confirmation, or None when the
    revision has nothing untranslated (nothing to confirm).

    Raises:
        PermissionDenied: `user` may not publish the page in its locale.
    """
    page, translation = _translated_page(revision)
    if page is None:
        return None
    if not may_confirm(user, page):
        raise PermissionDenied(_("Only a reviewer who may publish this page in its language can confirm this."))
    missing = _untranslated(translation)
    if not missing:
        return None
    confirmation, _created = UntranslatedPublishConfirmation.objects.update_or_create(
        revision=revision,
        defaults={"confirmed_by": user, "confirmed_at": timezone.now(), "untranslated": missing},
    )
    return confirmation


def _refusal(missing: int) -> ValidationError:
    message = ngettext(
        "%(count)d part of this translation is not translated yet: a reviewer must confirm that it may be "
        "published in the original language (Publish in the translation editor, or Approve in the review).",
        "%(count)d parts of this translation are not translated yet: a reviewer must confirm that they may be "
        "published in the original language (Publish in the translation editor, or Approve in the review).",
        missing,
    ) % {"count": missing}
    return ValidationError({NON_FIELD_ERRORS: [message]})


def untranslated_publish_error(revision) -> ValidationError | None:
    """The refusal for `revision` when it is a translated page with untranslated
    parts and no confirmation covering them, else None."""
    _page, translation = _translated_page(revision)
    if translation is None:
        return None
    missing = _untranslated(translation)
    if not missing:
        return None
    confirmation = UntranslatedPublishConfirmation.objects.filter(revision=revision).first()
    if confirmation is not None and confirmation.covers(missing):
        return None
    return _refusal(missing)


def unconfirmable_publish_error(translation) -> ValidationError | None:
    """The refusal for publishing a wagtail-localize `translation` of a page
    through a path that makes a new revision and publishes it at once
    (`create_or_update_translation(publish=True)`: "Update translations" with
    "Publish", the editor's own Publish): no one can have confirmed a revision
    that does not exist yet, so untranslated parts refuse it."""
    if translation is None or not translation.enabled:
        return None
    if not issubclass(translation.source.specific_content_type.model_class() or object, Page):
        return None
    missing = _untranslated(translation)
    return _refusal(missing) if missing else None
