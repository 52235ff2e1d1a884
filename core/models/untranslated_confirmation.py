"""A reviewer's confirmation that a revision of a translated page or snippet may
go live with some of its text still in the source language.

wagtail-localize publishes a translation with untranslated segments showing the
source text. That is sometimes the right call (a figure caption can wait), but
it is a reviewer's call: `untranslated_publish_error()` refuses the revision on
every path to live (core.patches runs it in `PublishRevisionAction.execute`,
core.publish_paths before wagtail-localize writes a live row) until someone who
may publish the page in its locale has called `confirm_untranslated()` for that
very revision. A confirmation covers the revision and the number of parts that
were untranslated when it was given: a new revision, or more untranslated parts
(the source changed since), needs a new one.

Translatable snippets (contacts, thematic areas, glossary entries, publication
types, navigation and footer) follow the same rule: they are all draftable
(core.models.publishable), so their translation reaches visitors only when a
revision is published, and what is left untranslated (a contact's role, an
abbreviation's expansion in a French page's `<abbr title>`) is shown in the
source language like a page's. Their reviewer is whoever may publish the
snippet in its locale under its permission policy (the locale's reviewers,
administrators), as for pages.
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.models import DraftStateMixin, Page

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


def is_covered(model) -> bool:
    """Whether the rule applies to `model`'s translations: pages and draftable
    snippets, whose translations go live through a published revision."""
    return model is not None and issubclass(model, Page | DraftStateMixin)


def _translated_object(revision):
    """(object, translation) when the revision's page or snippet is the target of
    an enabled wagtail-localize translation (the content the rule applies to), else (None, None)."""
    obj = revision.content_object
    if obj is None or not is_covered(type(obj)):
        return None, None
    translation = target_translation(obj)
    return (obj, translation) if translation is not None else (None, None)


def _untranslated(translation) -> int:
    total, done = translation.get_progress()
    return total - done


def may_confirm(user, obj) -> bool:
    """Whether `user` may confirm for `obj`: whoever may publish it in its locale
    (for a page its locale's reviewers, moderators, administrators; for a snippet
    its locale's reviewers and administrators), never a translator."""
    if not (user and user.is_authenticated):
        return False
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_publish()
    from wagtail.permissions import policy_registry

    return policy_registry.get_by_type(type(obj)).user_has_permission_for_instance(user, "publish", obj)


def confirm_untranslated(revision, user) -> UntranslatedPublishConfirmation | None:
    """Record that `user` confirms publishing `revision` with its untranslated
    parts in the source language. Returns the confirmation, or None when the
    revision has nothing untranslated (nothing to confirm).

    Raises:
        PermissionDenied: `user` may not publish the page in its locale.
    """
    obj, translation = _translated_object(revision)
    if obj is None:
        return None
    if not may_confirm(user, obj):
        if isinstance(obj, Page):
            raise PermissionDenied(_("Only a reviewer who may publish this page in its language can confirm this."))
        raise PermissionDenied(_("Only a reviewer who may publish this snippet in its language can confirm this."))
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
    """The refusal for `revision` when it is a translated page or snippet with
    untranslated parts and no confirmation covering them, else None."""
    _obj, translation = _translated_object(revision)
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
    """The refusal for publishing a wagtail-localize `translation` of a page or
    snippet through a path that makes a new revision and publishes it at once
    (`create_or_update_translation(publish=True)`: "Update translations" with
    "Publish", the editor's own Publish): no one can have confirmed a revision
    that does not exist yet, so untranslated parts refuse it."""
    if translation is None or not translation.enabled:
        return None
    if not is_covered(translation.source.specific_content_type.model_class()):
        return None
    missing = _untranslated(translation)
    return _refusal(missing) if missing else None
