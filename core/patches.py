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


def install() -> None:
    publish_paths.install()
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
