"""The facts of an event or meeting (status, dates, times, time zone, place codes,
links) reach every language copy as soon as the source is published.

wagtail-localize copies its synchronised fields (`SynchronizedField`, and every
date, time, boolean, choice, URL and non-translatable foreign key it treats as
such) only when a translation is updated from its source ("Sync translated
pages", the translation editor). Until then a French page kept "planned" and
the old time of an event cancelled or moved in English, and its calendar feed
announced that stale copy as the latest version. Here, whenever a page is
published on any path (every path ends in Wagtail's `page_published`):

- the source page: each translation whose facts differ from the source's gets a
  new revision (by the system, no user) with the source's facts and its own
  translated text, and it is published if the translation is live;
- a translation (a stale revision approved, reverted to, scheduled, or published
  from the translation editor with an old source snapshot): its facts are put
  back to the source's at once, the same way.

A fact a translator overrode in the translation editor (wagtail-localize's
`SegmentOverride`, for overridable synchronised fields) keeps its override.
A translation whose publish checks refuse it is left as it was and logged: the
source's publication never fails because of a translation.
"""

import logging
from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from wagtail.actions.publish_page_revision import PublishPageRevisionAction
from wagtail.models import COMMENTS_RELATION_NAME, Page
from wagtail.signals import page_published, published
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import SegmentOverride, TranslationSource

from core.models.untranslated_confirmation import UntranslatedPublishConfirmation

logger = logging.getLogger(__name__)

# Translation keys being aligned in this context: publishing an aligned copy
# sends page_published again, which must not start another round.
_aligning: ContextVar[frozenset] = ContextVar("events_aligning_translations", default=frozenset())

_PAGE_FIELDS = frozenset(field.name for field in Page._meta.get_fields())


def fact_fields(model) -> list[str]:
    """The model's own fields that wagtail-localize synchronises from the source
    (never translates): attribute names, foreign keys as their `_id`."""
    names = []
    for translatable in get_translatable_fields(model):
        if not isinstance(translatable, SynchronizedField):
            continue
        field = translatable.get_field(model)
        # Page's own fields (slug, menus, locks) are each copy's business; child
        # rows and many-to-many relations are not facts of one column.
        if field.name in _PAGE_FIELDS or not getattr(field, "concrete", False) or field.many_to_many:
            continue
        if isinstance(field, models.ForeignKey) or field.editable:
            names.append(field.attname)
    return names


def _overridden(translation_key, locale_id, names) -> set[str]:
    """The facts a translator overrode for this locale in the translation editor."""
    columns = {name.removesuffix("_id"): name for name in names}
    paths = SegmentOverride.objects.filter(
        locale_id=locale_id, context__object_id=translation_key, context__path__in=list(columns)
    ).values_list("context__path", flat=True)
    return {columns[path] for path in paths}


def differences(source, translation, names) -> dict:
    """{attribute: source value} for each fact the translation does not share."""
    return {name: getattr(source, name) for name in names if getattr(source, name) != getattr(translation, name)}


class _SystemPublish(PublishPageRevisionAction):
    """Wagtail's publish, except that it leaves the copy's workflow alone: a
    translation under review stays under review (Wagtail cancels a page's
    workflow whenever any revision of it is published)."""

    def _after_publish(self):
        for comment in getattr(self.object, COMMENTS_RELATION_NAME).all().only("position"):
            comment.save(update_fields=["position"])
        page_published.send(sender=self.object.specific_class, instance=self.object.specific, revision=self.revision)
        published.send(sender=type(self.object), instance=self.object, revision=self.revision)
        self.object.update_aliases(revision=self.revision, _content=self.revision.content)


def _carry_confirmation(live_revision_id, revision) -> None:
    """A reviewer confirmed that the live copy may show some source-language text
    (core.models.untranslated_confirmation); the new revision changes facts, not
    text, so that confirmation stands for it too."""
    confirmation = UntranslatedPublishConfirmation.objects.filter(revision_id=live_revision_id).first()
    if confirmation is not None:
        UntranslatedPublishConfirmation.objects.create(
            revision=revision, confirmed_by=confirmation.confirmed_by, untranslated=confirmation.untranslated
        )


def align_translation(source, translation) -> bool:
    """Give `translation` (a specific page) the facts of `source` (its live source
    copy). Returns True if a revision was made. The live copy is republished with
    the new facts; a pending draft is kept as the latest revision, with them too."""
    names = fact_fields(type(source))
    changes = differences(source, translation, names)
    for name in _overridden(source.translation_key, translation.locale_id, changes):
        changes.pop(name)
    if not changes:
        return False
    had_draft = translation.has_unpublished_changes and translation.latest_revision_id
    draft = translation.get_latest_revision_as_object() if had_draft else None
    try:
        with transaction.atomic():
            if translation.live:
                for name, value in changes.items():
                    setattr(translation, name, value)
                revision = translation.save_revision(user=None, log_action=True)
                _carry_confirmation(translation.live_revision_id, revision)
                _SystemPublish(revision, user=None, changed=True, log_action=True).execute(skip_permission_checks=True)
            if draft is not None or not translation.live:
                draft = draft or translation.get_latest_revision_as_object()
                for name, value in changes.items():
                    setattr(draft, name, value)
                draft.save_revision(user=None, log_action=True)
    except ValidationError as error:
        logger.warning("Facts of %s not copied to its %s translation: %s", source, translation.locale, error)
        return False
    return True


def align_after_publish(page) -> int:
    """After `page` is published: align every translation with it if it is a
    source, or itself with its source if it is a translation. Returns the
    translations that got a new revision."""
    key = page.translation_key
    if key in _aligning.get():
        return 0
    source_locale_id = (
        TranslationSource.objects.filter(
            object_id=key, specific_content_type=ContentType.objects.get_for_model(type(page))
        )
        .values_list("locale_id", flat=True)
        .first()
    )
    if source_locale_id is None or page.alias_of_id:
        return 0
    model = type(page)
    if page.locale_id == source_locale_id:
        source, translations = (
            page,
            (model.objects.filter(translation_key=key, alias_of__isnull=True).exclude(locale_id=source_locale_id)),
        )
    else:
        source = model.objects.filter(translation_key=key, locale_id=source_locale_id, live=True).first()
        translations = [page]
    if source is None or not source.live:
        return 0
    token = _aligning.set(_aligning.get() | {key})
    try:
        return sum(align_translation(source, translation) for translation in translations)
    finally:
        _aligning.reset(token)
