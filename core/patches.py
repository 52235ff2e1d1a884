"""Keep live translations live, and unchanged, while a translation is saved as a draft.

wagtail-localize 1.14 saves a draft translation (a sync of a changed source, a
PO upload, "Save draft" in its editor) by writing the translated fields onto the
target object before making a revision. For a live page that row is what
visitors see, so unreviewed text went live at once; for a live snippet it set
`live = False`, taking the published translation off the site. Both break the
rule that nothing goes live unreviewed (and nothing disappears unasked).

After wagtail-localize has made its draft revision, the object's row is put back
to its live revision, keeping the new revision as the latest draft, exactly as
Wagtail's own "Save draft" leaves a live page.
"""

import functools

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

def install() -> None:
    publish_paths.install()
    _patch_translation_editor()
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
