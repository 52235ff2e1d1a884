"""The publish checks (core.publish_checks) on every path to live.

Wagtail has no pre-publish hook (wagtail#11812). Every path that makes a
revision live (edit and create forms, bulk publish, workflow approval,
scheduling and `publish_scheduled`, wagtail-localize, the admin API,
`revision.publish()`) runs `PublishRevisionAction.execute()`, so the checks run
there, once, on `revision.as_object()`, before anything is written. The paths
that make content live without a revision are guarded here too:

- wagtail-localize writes a live translation's row *before* publishing (the
  publish is an `on_commit` callback), so a refusal at publish time would leave
  the refused text live: its `create_or_update_translation(publish=True)` is
  checked first, on a dry run rolled back.
- "Copy" with "Publish copies" copies the live row: a copy whose content fails
  the checks (in its new locale) is made as a draft.
- wagtail-localize's "Convert to alias page" puts the source's *latest
  revision* live in the alias's locale: refused when that content fails.
- Workflows offer no "Approve" while the latest revision fails.

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

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail_localize.models import TranslationSource

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


def _note_refusal(label: str, error) -> None:
    found = _refusals.get()
    if found is not None:
        found.append((label, error))


# --- PublishRevisionAction -------------------------------------------------------


def _patch_publish_revision_action() -> None:
    from wagtail.actions.publish_revision import PublishRevisionAction

    original = PublishRevisionAction.execute
    if getattr(original, "_runs_publish_checks", False):
        return

    @functools.wraps(original)
    def execute(self, skip_permission_checks=False):
        # Permissions first (the same order as Wagtail: a user who may not publish
        # learns that, not the content's problems), then the checks, then the write.
        self.check(skip_permission_checks=skip_permission_checks)
        if has_checks(self.object):
            error = publish_errors(self.object)
            if error is not None:
                _note_refusal(str(self.object), error)
                raise error
        return original(self, skip_permission_checks=True)

    execute._runs_publish_checks = True
    PublishRevisionAction.execute = execute


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
            error = translation_errors(self, locale, user=user)
            if error is not None:
                _note_refusal(f"{self.get_source_instance()} ({locale.get_display_name()})", error)
                raise error
        return create_or_update_translation(
            self, locale, user=user, publish=publish, copy_parent_pages=copy_parent_pages, fallback=fallback
        )

    wrapper._runs_publish_checks = True
    return wrapper


def _patch_update_translations_view() -> None:
    """ "Update translations" with "Publish" suppresses every ValidationError and
    says all went well: keep its behaviour, add a warning naming each refusal."""
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    original = UpdateTranslationsView.form_valid
    if getattr(original, "_reports_refusals", False):
        return

    @functools.wraps(original)
    def form_valid(self, form):
        with collect_refusals() as refused:
            response = original(self, form)
        for label, error in refused:
            messages.warning(
                self.request,
                _("Not published: %(title)s. %(reasons)s") % {"title": label, "reasons": refusal_text(error)},
            )
        return response

    form_valid._reports_refusals = True
    UpdateTranslationsView.form_valid = form_valid


def refuse_convert_to_alias(view):
    """Wrap wagtail-localize's convert_to_alias view: a refusal is a message on the edit page."""

    @functools.wraps(view)
    def convert_to_alias(request, page_id):
        try:
            with transaction.atomic():
                return view(request, page_id)
        except ValidationError as error:
            messages.error(
                request,
                _("The page was not converted into an alias: the source's content may not go live here. %(reasons)s")
                % {"reasons": refusal_text(error)},
            )
            return redirect("wagtailadmin_pages:edit", page_id)

    return convert_to_alias


def _patch_convert_to_alias() -> None:
    """wagtail-localize's "Convert to alias page" copies the source's latest
    revision onto the page, live if the source is live: refuse when that content
    fails the checks in the alias's locale."""
    from wagtail_localize.views import convert

    original = convert.sync_alias
    if getattr(original, "_runs_publish_checks", False):
        return

    @functools.wraps(original)
    def sync_alias(source_page, alias_page, revision=None, _content_json=None):
        if source_page.live:
            content_revision = revision or source_page.get_latest_revision()
            obj = content_revision.as_object() if content_revision else source_page.specific
            obj.locale = alias_page.locale
            obj.locale_id = alias_page.locale_id
            error = publish_errors(obj) if has_checks(obj) else None
            if error is not None:
                raise error
        return original(source_page, alias_page, revision=revision, _content_json=_content_json)

    sync_alias._runs_publish_checks = True
    convert.sync_alias = sync_alias

    # The URL is bound when the admin URLs are built, after every app is ready.
    convert.convert_to_alias = refuse_convert_to_alias(convert.convert_to_alias)


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


def _patch_copy_page_action() -> None:
    """Each page copied live (the top page and, with "Copy subpages", every
    descendant) must pass the checks in its new place; one that fails is copied
    as a draft, with the pages under it."""
    from wagtail.actions.copy_page import CopyPageAction

    original = CopyPageAction._copy_page
    if getattr(original, "_runs_publish_checks", False):
        return

    @functools.wraps(original)
    def _copy_page(self, page, to=None, *args, **kwargs):
        if self.keep_live and page.live and copy_errors(page, to, self.reset_translation_key) is not None:
            self.keep_live = False
            try:
                return original(self, page, to, *args, **kwargs)
            finally:
                self.keep_live = True
        return original(self, page, to, *args, **kwargs)

    _copy_page._runs_publish_checks = True
    CopyPageAction._copy_page = _copy_page


# --- Workflows -------------------------------------------------------------------


def _patch_group_approval_task() -> None:
    from wagtail.models import AbstractGroupApprovalTask

    original = AbstractGroupApprovalTask.get_actions
    if getattr(original, "_runs_publish_checks", False):
        return

    @functools.wraps(original)
    def get_actions(self, obj, user):
        actions = original(self, obj, user)
        if any(name == "approve" for name, _label, _modal in actions) and latest_revision_errors(obj) is not None:
            # Approving would publish content the checks refuse: only "Request changes" is offered.
            return [action for action in actions if action[0] != "approve"]
        return actions

    get_actions._runs_publish_checks = True
    AbstractGroupApprovalTask.get_actions = get_actions


# --- The edit and create views -------------------------------------------------------


def _patch_admin_publish_views() -> None:
    """A safety net under the page forms' own display of the checks: if the
    publish action still refuses (a form without the checks' mixin, content
    changed by a hook), the draft the view has just saved stays a draft and the
    editor lands on its edit page with the reasons, not on a 500."""
    from wagtail.admin.views.pages.create import CreateView
    from wagtail.admin.views.pages.edit import EditView

    for view_class in (CreateView, EditView):
        original = view_class.publish_action
        if getattr(original, "_runs_publish_checks", False):
            continue

        def publish_action(self, _original=original):
            try:
                return _original(self)
            except ValidationError as error:
                messages.error(
                    self.request,
                    _("Saved as a draft, not published. %(reasons)s") % {"reasons": refusal_text(error)},
                )
                return redirect("wagtailadmin_pages:edit", self.page.pk)

        publish_action._runs_publish_checks = True
        view_class.publish_action = publish_action


def install() -> None:
    _patch_admin_publish_views()
    _patch_publish_revision_action()
    _patch_copy_page_action()
    _patch_group_approval_task()
    _patch_update_translations_view()
    _patch_convert_to_alias()
