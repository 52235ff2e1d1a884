"""What the publish checks (core.publish_checks) say on every path to live;
core.patches plugs each answer into Wagtail and wagtail-localize.

Wagtail has no pre-publish hook (wagtail#11812). Every path that makes a
revision live (edit and create forms, bulk publish, workflow approval,
scheduling and `publish_scheduled`, wagtail-localize, the admin API,
`revision.publish()`) runs `PublishRevisionAction.execute()`, so the checks run
there, once, on `revision.as_object()`, before anything is written. The paths
that make content live without a revision are guarded too:

- wagtail-localize writes a live translation's row *before* publishing (the
  publish is an `on_commit` callback), so a refusal at publish time would leave
  the refused text live: its `create_or_update_translation(publish=True)` is
  checked first, on a dry run rolled back.
- "Copy" with "Publish copies" copies the live row: a copy whose content fails
  the checks (in its new locale) is made as a draft.
- wagtail-localize's "Convert to alias page" puts the source's *latest
  revision* live in the alias's locale: refused when that content fails.
- Workflows offer no "Approve" while the latest revision fails.

One rule is about the revision rather than its content: a translated page with
untranslated parts goes live only with a reviewer's confirmation of that
revision (core.models.untranslated_confirmation). It runs beside the checks on
every path, and wagtail-localize's own publishing (a new revision published at
once, which no one can have confirmed) is refused while parts are untranslated.

Each refusal is a `ValidationError` keyed by field; `refusal_text()` turns it
into one line for a message (the check messages name their field already, so no
label is prepended: "Abstract: …", never "Abstract: Abstract: …").
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import functools
import logging
import uuid

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from wagtail_localize.models import Translation, TranslationSource

from .models.untranslated_confirmation import unconfirmable_publish_error, untranslated_publish_error
from .publish_checks import checks_for, publish_errors

logger = logging.getLogger(__name__)

# wagtail-localize's own method, before any patch (core.patches wraps it after
# importing this module): the checks' dry run builds a translation without the wrappers.
original_create_or_update_translation = TranslationSource.create_or_update_translation

# Refusals noticed while a caller that swallows ValidationError (wagtail-localize's
# "Update translations", its submit operation) is running; see collect_refusals().
_refusals: contextvars.ContextVar[list | None] = contextvars.ContextVar("publish_refusals", default=None)


def messages_of(error: ValidationError) -> list[str]:
    """Every message of `error`, in field order, as plain strings."""
    if hasattr(error, "error_dict"):
        found = []
        for errors in error.error_dict.values():
            for item in errors:
                found.extend(str(message) for message in item.messages)
        return found
    return [str(message) for message in error.messages]


def refusal_text(error: ValidationError) -> str:
    return " ".join(messages_of(error))


def has_checks(obj) -> bool:
    return bool(checks_for(type(obj)))


def revision_errors(revision) -> ValidationError | None:
    """The refusal for the content of `revision`, or None (checks read its inline rows in memory)."""
    obj = revision.as_object()
    return publish_errors(obj) if has_checks(obj) else None


def merged(*errors) -> ValidationError | None:
    """One error keyed by field from several (None where there is none)."""
    fields: dict[str, list] = {}
    for error in errors:
        if error is None:
            continue
        detail = error.error_dict if hasattr(error, "error_dict") else {NON_FIELD_ERRORS: error.error_list}
        for field, items in detail.items():
            fields.setdefault(field, []).extend(items)
    return ValidationError(fields) if fields else None


def publish_action_errors(revision, obj) -> ValidationError | None:
    """Everything that refuses publishing `revision` (whose content is `obj`):
    the content's checks, then the untranslated parts without a confirmation."""
    content = publish_errors(obj) if has_checks(obj) else None
    return merged(content, untranslated_publish_error(revision))


def latest_untranslated_error(obj) -> ValidationError | None:
    """The untranslated-parts refusal for the latest revision of `obj` (a page), or None."""
    revision = getattr(obj, "get_latest_revision", lambda: None)()
    return untranslated_publish_error(revision) if revision is not None else None


def latest_revision_errors(obj) -> ValidationError | None:
    """The refusal for the latest draft of `obj` (a page or a draftable snippet)."""
    revision = getattr(obj, "get_latest_revision", lambda: None)()
    if revision is None:
        return publish_errors(obj) if has_checks(obj) else None
    return revision_errors(revision)


@contextlib.contextmanager
def collect_refusals():
    """Collect (object, error) pairs refused while the block runs, for a caller
    that suppresses ValidationError but should still tell the user."""
    found: list = []
    token = _refusals.set(found)
    try:
        yield found
    finally:
        _refusals.reset(token)


def note_refusal(label: str, error) -> None:
    found = _refusals.get()
    if found is not None:
        found.append((label, error))


# --- wagtail-localize --------------------------------------------------------------


def translation_errors(source, locale, user=None) -> ValidationError | None:
    """What the checks say of the translation of `source` into `locale` as
    wagtail-localize would publish it now, found on a dry run that is rolled back
    (wagtail-localize builds the translated object only by writing it)."""
    from wagtail.models import DraftStateMixin

    instance = source.as_instance()
    if not has_checks(instance) or not isinstance(instance, DraftStateMixin):
        return None
    error = None
    with transaction.atomic():
        try:
            translated, _created = original_create_or_update_translation(
                source, locale, user=user, publish=False, fallback=True, copy_parent_pages=True
            )
            translated = type(translated).objects.get(pk=translated.pk)
            error = latest_revision_errors(translated)
        except ValidationError:
            error = None  # wagtail-localize's own validation answers on the real call
        finally:
            transaction.set_rollback(True)
    return error


def guard_translation_publish(create_or_update_translation):
    """Wrap TranslationSource.create_or_update_translation: a publish is refused
    before anything is written."""

    @functools.wraps(create_or_update_translation)
    def wrapper(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
        if publish:
            error = merged(
                unconfirmable_publish_error(
                    Translation.objects.filter(source=self, target_locale=locale).select_related("source").first()
                ),
                translation_errors(self, locale, user=user),
            )
            if error is not None:
                note_refusal(f"{self.get_source_instance()} ({locale.get_display_name()})", error)
                raise error
        return create_or_update_translation(
            self, locale, user=user, publish=publish, copy_parent_pages=copy_parent_pages, fallback=fallback
        )

    wrapper._runs_publish_checks = True
    return wrapper


# --- Copy ----------------------------------------------------------------------


def copy_errors(page, to=None, reset_translation_key=True) -> ValidationError | None:
    """The refusal for a live copy of `page` under `to` (its locale's rules).

    The copy is judged as the new page it will be: with a translation key of its
    own (Wagtail's default), a rule such as "one brief per month" sees the source
    as another page, so a live copy of a live brief is a second brief for its month.
    """
    if not has_checks(page.specific):
        return None
    # A copy of the object, so the page being copied keeps its own locale and key
    # (Model.__getstate__ copies the relation cache too).
    specific = copy.copy(page.specific)
    if to is not None and to.locale_id != specific.locale_id:
        specific.locale_id = to.locale_id
        specific.locale = to.locale
    if reset_translation_key:
        specific.translation_key = uuid.uuid4()
    return publish_errors(specific)
