"""Every change core makes to third-party behaviour, each with why and the upstream issue.

1. The publish checks on every path to live (Wagtail has no pre-publish hook,
   wagtail#11812): the publish action, the edit and create views, copies,
   workflow approval, wagtail-localize's "Update translations" and "Convert to
   alias page". What the checks say on each path is core.publish_paths; this
   module only plugs it into Wagtail and wagtail-localize.
2. Live translations stay live, and unchanged, while a translation is saved as
   a draft (wagtail-localize#655, open). wagtail-localize 1.14 saves a draft
   translation (a sync of a changed source, a PO upload, "Save draft" in its
   editor) by writing the translated fields onto the target object before making
   a revision. For a live page that row is what visitors see, so unreviewed text
   went live at once; for a live snippet it set `live = False`, taking the
   published translation off the site. After wagtail-localize has made its draft
   revision, the object's row is put back to its live revision, keeping the new
   revision as the latest draft, exactly as Wagtail's own "Save draft" leaves a
   live page.

3. wagtail-localize's translation editor offers translators (who may not
   publish) Delete and "Convert to alias page" as its main actions (no upstream
   setting for it): both are taken out for them, and the conversion is refused
   to them (core.translation_review).

4. Wagtail emails every member of a group approval task's groups when a
   revision reaches the task (its `task_submitted` notifier): for a translation
   review that was a second email beside the project's own, which carries the
   share link and the progress. Translation reviews get only the project's
   (core.translation_review.notify_on_review_task), in each reviewer's admin
   language; every other task keeps Wagtail's notice. No upstream setting
   turns the notice off per task.

5. Three admin forms answered 500 to malformed posts (found by the attacker
   test); each now answers the form again with a field error:
   - an image upload Pillow cannot identify though Willow took it for one (a
     file starting `GIF89a` and nothing else): Wagtail's
     `check_image_pixel_size` catches only Pillow's decompression-bomb errors,
     so `UnidentifiedImageError` escaped (no upstream issue found);
   - the page copy form posted without `new_parent_page` or with a value that
     is no page id: Wagtail's `CopyView.post` reads `request.POST[...]` and
     `Page.objects.get()` before the form validates;
   - a StreamField's form data without its management fields (`body-count`):
     `StreamBlock.value_from_datadict` indexes the post directly. The field now
     reads it as incomplete and refuses it, so nothing is saved or previewed
     from a partial post (and a body is never emptied by one).

6. Wagtail builds the links in its own emails (moderation, workflow, comment
   and password-reset notices) on `WAGTAILADMIN_BASE_URL`, a second base beside
   core.absolute_urls, so a submission notice could name a host no other link
   of the site uses. `get_admin_base_url()` now answers the one base (the
   request being answered, else the default Site's root URL) wherever Wagtail
   imported it; the setting is no longer read (no upstream way to compute it).

7. A page live with a newer version scheduled could not be unpublished by
   anyone, moderators included: Wagtail locks a page with a scheduled revision
   (`ScheduledForPublishLock`, which holds for every user) and
   `PagePermissionTester.can_unpublish()` refuses any locked page, so neither the
   Unpublish view, its menu entries, bulk unpublish nor the admin API offered it;
   the only way was "Cancel scheduled publish" first, then Unpublish. Yet
   Wagtail's own `UnpublishAction` cancels every scheduled revision of what it
   unpublishes (`revisions.update(approved_go_live_at=None)`), so the schedule
   lock has nothing to protect there. Whoever may unpublish the page apart from
   that lock (its publishers; another lock, an editor's or a workflow's, still
   refuses) may now unpublish it, and the scheduled revision is cancelled the way
   "Cancel scheduled publish" cancels it (logged `wagtail.schedule.cancel` in the
   page's history), kept as the page's latest draft. The confirmation page says
   so (core/templates/wagtailadmin/pages/confirm_unpublish.html). No upstream
   issue found.

`install()` runs once, from `CoreConfig.ready()`; each patch is idempotent.
"""

import functools

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.models import DraftStateMixin
from wagtail_localize.models import TranslationSource

# Imported before the patch below: publish_paths keeps wagtail-localize's own
# method as it was, for the publish checks' dry run.
from . import publish_paths


def _live_target(source: TranslationSource, locale):
    try:
        target = source.get_translated_instance(locale)
    except Exception:  # no translation yet: nothing to protect
        return None
    if isinstance(target, DraftStateMixin) and target.live and target.live_revision_id:
        return target
    return None


def _restore_live_content(target) -> None:
    target.refresh_from_db(fields=["latest_revision"])
    live = target.live_revision.as_object()
    live.live = True
    live.has_unpublished_changes = True
    live.latest_revision = target.latest_revision
    live.live_revision = target.live_revision
    save_kwargs = {"clean": False} if hasattr(live, "get_url_parts") else {}
    live.save(**save_kwargs)


# --- The publish checks on every path to live (core.publish_paths) -----------------
# Wagtail has no pre-publish hook (wagtail#11812): each path that makes content
# live is wrapped here, and asks core.publish_paths what the checks say.


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
        error = publish_paths.publish_action_errors(self.revision, self.object)
        if error is not None:
            publish_paths.note_refusal(str(self.object), error)
            raise error
        return original(self, skip_permission_checks=True)

    execute._runs_publish_checks = True
    PublishRevisionAction.execute = execute


def _patch_update_translations_view() -> None:
    """ "Update translations" with "Publish" suppresses every ValidationError and
    says all went well: keep its behaviour, add a warning naming each refusal."""
    from wagtail_localize.views.update_translations import UpdateTranslationsView

    original = UpdateTranslationsView.form_valid
    if getattr(original, "_reports_refusals", False):
        return

    @functools.wraps(original)
    def form_valid(self, form):
        with publish_paths.collect_refusals() as refused:
            response = original(self, form)
        for label, error in refused:
            messages.warning(
                self.request,
                _("Not published: %(title)s. %(reasons)s")
                % {"title": label, "reasons": publish_paths.refusal_text(error)},
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
                % {"reasons": publish_paths.refusal_text(error)},
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
            error = publish_paths.publish_errors(obj) if publish_paths.has_checks(obj) else None
            if error is not None:
                raise error
        return original(source_page, alias_page, revision=revision, _content_json=_content_json)

    sync_alias._runs_publish_checks = True
    convert.sync_alias = sync_alias

    # The URL is bound when the admin URLs are built, after every app is ready.
    convert.convert_to_alias = refuse_convert_to_alias(convert.convert_to_alias)


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
        if self.keep_live and page.live and publish_paths.copy_errors(page, to, self.reset_translation_key) is not None:
            self.keep_live = False
            try:
                return original(self, page, to, *args, **kwargs)
            finally:
                self.keep_live = True
        return original(self, page, to, *args, **kwargs)

    _copy_page._runs_publish_checks = True
    CopyPageAction._copy_page = _copy_page


def _patch_group_approval_task() -> None:
    from wagtail.models import AbstractGroupApprovalTask

    original = AbstractGroupApprovalTask.get_actions
    if getattr(original, "_runs_publish_checks", False):
        return

    @functools.wraps(original)
    def get_actions(self, obj, user):
        actions = original(self, obj, user)
        if not any(name == "approve" for name, _label, _modal in actions):
            return actions
        # Approving would publish content the checks refuse, or untranslated parts
        # no one confirmed (a task that asks for the confirmation itself, the
        # translation review, offers its own Approve): only "Request changes" is offered.
        refused = publish_paths.latest_revision_errors(obj) is not None or (
            not getattr(self, "confirms_untranslated", False)
            and publish_paths.latest_untranslated_error(obj) is not None
        )
        if refused:
            return [action for action in actions if action[0] != "approve"]
        return actions

    get_actions._runs_publish_checks = True
    AbstractGroupApprovalTask.get_actions = get_actions


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
                    _("Saved as a draft, not published. %(reasons)s") % {"reasons": publish_paths.refusal_text(error)},
                )
                return redirect("wagtailadmin_pages:edit", self.page.pk)

        publish_action._runs_publish_checks = True
        view_class.publish_action = publish_action


def _install_publish_checks() -> None:
    _patch_admin_publish_views()
    _patch_publish_revision_action()
    _patch_copy_page_action()
    _patch_group_approval_task()
    _patch_update_translations_view()
    _patch_convert_to_alias()


def _patch_translation_editor() -> None:
    """wagtail-localize's editor offers users who may not publish only "Delete",
    "Convert to alias page" and "Stop synced translation" in its footer, Delete as
    the main action. Translators submit for review from the bar above the editor
    instead (core.translation_review): Delete and Convert are taken out of the
    editor for them, and the conversion itself is refused to them, since it would
    put the source-language page live under the locale's URL unreviewed."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder
    from wagtail_localize.views import convert
    from wagtail_localize.views import edit_translation as editor

    from .translation_review import refuse_convert_to_alias_without_publish

    original_render = editor.render
    if getattr(original_render, "_translation_loop", False):
        return

    def render(request, template_name, context=None, *args, **kwargs):
        if context and "props" in context and context.get("is_page"):
            props = json.loads(context["props"])
            if not props["perms"]["canPublish"]:
                props["perms"]["canDelete"] = False
                props["links"]["convertToAliasUrl"] = None
                context["props"] = json.dumps(props, cls=DjangoJSONEncoder)
        return original_render(request, template_name, context, *args, **kwargs)

    render._translation_loop = True
    editor.render = render
    convert.convert_to_alias = refuse_convert_to_alias_without_publish(convert.convert_to_alias)


def _one_notice_per_translation_review() -> None:
    from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
    from wagtail.models import TaskState
    from wagtail.signals import task_submitted

    from .translation_review import is_translation_review, notify_on_review_task

    class SubmissionNotifier(GroupApprovalTaskStateSubmissionEmailNotifier):
        """Wagtail's notice, for every task but a translation review."""

        def can_handle(self, instance, **kwargs):
            return super().can_handle(instance, **kwargs) and not is_translation_review(instance)

    # Wagtail's dispatch_uid: whichever app connects first, one notifier answers
    # (Django ignores a second connect under the same uid).
    uid = "group_approval_task_submitted_email_notification"
    task_submitted.disconnect(sender=TaskState, dispatch_uid=uid)
    task_submitted.connect(SubmissionNotifier(), sender=TaskState, dispatch_uid=uid, weak=False)
    task_submitted.connect(
        notify_on_review_task, sender=TaskState, dispatch_uid="translation_review_submitted_email", weak=False
    )


def _guard_translated_strings() -> None:
    """Content text rules on wagtail-localize's translated strings (core.translated_text)."""
    from . import translated_text

    translated_text.install()


class _IncompleteStreamData:
    """What a StreamField reads from a post that lacks its management fields."""


INCOMPLETE_STREAM_DATA = _IncompleteStreamData()


def _refuse_malformed_admin_posts() -> None:
    from PIL import UnidentifiedImageError
    from wagtail.admin.views.pages.copy import CopyView
    from wagtail.blocks.base import BlockField, BlockWidget
    from wagtail.images.fields import WagtailImageField
    from wagtail.models import Page

    if getattr(WagtailImageField.check_image_pixel_size, "_refuses_unreadable", False):
        return

    check_pixels = WagtailImageField.check_image_pixel_size

    def check_image_pixel_size(self, f):
        try:
            return check_pixels(self, f)
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            # Pillow decodes the header here for the first time: a file that only
            # starts like an image is not one.
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from error

    check_image_pixel_size._refuses_unreadable = True
    WagtailImageField.check_image_pixel_size = check_image_pixel_size

    def copy_post(self, request, page_id, *args, **kwargs):
        # Wagtail pre-fills the parent from the raw post; a missing or bad value
        # keeps the source page's parent and lets the form say what is wrong.
        # The parent chooser also renders the raw value again, looking it up: a
        # value that is no page id is dropped, so the form answers "required".
        try:
            self.parent_page = Page.objects.get(id=int(request.POST["new_parent_page"]))
        except (KeyError, ValueError, TypeError, OverflowError, Page.DoesNotExist):
            request.POST = request.POST.copy()
            request.POST.pop("new_parent_page", None)
        return super(CopyView, self).post(request, page_id, *args, **kwargs)

    CopyView.post = copy_post

    read_widget = BlockWidget.value_from_datadict

    def value_from_datadict(self, data, files, name):
        try:
            return read_widget(self, data, files, name)
        except (KeyError, ValueError, TypeError, OverflowError):
            return INCOMPLETE_STREAM_DATA

    BlockWidget.value_from_datadict = value_from_datadict

    render_with_errors = BlockWidget.render_with_errors

    def render_incomplete(self, name, value, attrs=None, errors=None, renderer=None):
        if value is INCOMPLETE_STREAM_DATA:
            value = self.block_def.get_default()
        return render_with_errors(self, name, value, attrs=attrs, errors=errors, renderer=renderer)

    BlockWidget.render_with_errors = render_incomplete

    clean_field = BlockField.clean

    def clean(self, value):
        if value is INCOMPLETE_STREAM_DATA:
            raise ValidationError(
                _("This content arrived incomplete. Reload the page and try again; nothing was saved."),
                code="incomplete",
            )
        return clean_field(self, value)

    BlockField.clean = clean

    has_changed = BlockField.has_changed

    def changed(self, initial_value, data_value):
        return True if data_value is INCOMPLETE_STREAM_DATA else has_changed(self, initial_value, data_value)

    BlockField.has_changed = changed


def _admin_links_on_the_one_base() -> None:
    from wagtail.admin import userbar, utils
    from wagtail.admin.templatetags import wagtailadmin_tags

    from .absolute_urls import admin_base_url

    # Each module keeps its own reference from `from ... import get_admin_base_url`.
    for module in (utils, wagtailadmin_tags, userbar):
        module.get_admin_base_url = admin_base_url


def _unpublish_past_the_schedule_lock() -> None:
    import copy

    from wagtail.actions.unpublish import UnpublishAction
    from wagtail.locks import ScheduledForPublishLock
    from wagtail.models import PagePermissionTester

    original = PagePermissionTester.can_unpublish
    if getattr(original, "_past_schedule_lock", False):
        return

    @functools.wraps(original)
    def can_unpublish(self):
        if original(self):
            return True
        page = self.page
        # Cheap refusals first: a listing asks this of every row, and only a
        # publisher of a live page can get past the schedule lock.
        may_publish = self.user.is_active and (self.user.is_superuser or "publish" in self.permissions)
        if not page.live or not may_publish or not isinstance(page.get_lock(), ScheduledForPublishLock):
            return False
        # Wagtail's own answer for the page without its schedule (the lock order,
        # the publish permission and every other rule stay Wagtail's).
        unscheduled = copy.copy(page)
        unscheduled._approved_schedule = False
        tester = copy.copy(self)
        tester.page = unscheduled
        return original(tester)

    can_unpublish._past_schedule_lock = True
    PagePermissionTester.can_unpublish = can_unpublish

    unpublish_object = UnpublishAction._unpublish_object

    @functools.wraps(unpublish_object)
    def _unpublish_object(self, object, set_expired, commit, user, log_action):
        if object.live and hasattr(object, "revisions"):
            # Cancelled one by one as "Cancel scheduled publish" does, so the
            # history says so; Wagtail's bulk update after it finds nothing left.
            for revision in object.revisions.filter(approved_go_live_at__isnull=False):
                revision.approved_go_live_at = None
                revision.save(user=user, update_fields=["approved_go_live_at"])
        return unpublish_object(self, object, set_expired, commit, user, log_action)

    UnpublishAction._unpublish_object = _unpublish_object


def install() -> None:
    _admin_links_on_the_one_base()
    _unpublish_past_the_schedule_lock()
    _guard_translated_strings()
    _refuse_malformed_admin_posts()
    _install_publish_checks()
    _patch_translation_editor()
    _one_notice_per_translation_review()
    original = TranslationSource.create_or_update_translation
    if getattr(original, "_keeps_live_content", False):
        return
    # Publishing a translation is checked before anything is written (wagtail#11812,
    # see core.publish_paths); keeping live content applies to drafts only.
    original = publish_paths.guard_translation_publish(original)

    @functools.wraps(original)
    def create_or_update_translation(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False):
        protected = None if publish else _live_target(self, locale)
        result = original(
            self, locale, user=user, publish=publish, copy_parent_pages=copy_parent_pages, fallback=fallback
        )
        if protected is not None:
            _restore_live_content(protected.__class__.objects.get(pk=protected.pk))
        return result

    create_or_update_translation._keeps_live_content = True
    TranslationSource.create_or_update_translation = create_or_update_translation
