"""Page privacy: one setting for every language version of a page, and every
consumer told at once when it changes.

A view restriction (password, login, groups) belongs to one page in Wagtail,
and each locale's copy of a page is a page of its own. An editor who makes a
page private means the page in every language, so a restriction set, changed
or removed on a page is mirrored on its translations (same `translation_key`);
wagtail-localize copies the source's restriction onto translations it creates
or updates, and a page created later as a translation inherits it too (below).
Wagtail's own serving checks, document access, the sitemap, the API and search
then all apply it without knowing about locales.

Making pages private or public again changes public answers like unpublishing
or publishing does, so the same things happen: every cached answer (API, pages,
search) is made stale through the content generation, the CDN is purged, the
changes feed records `restricted`/`unrestricted` for each page whose public
visibility changed (the restricted page and its live descendants, in every
locale), and `visibility_changed` lets the publish webhooks notify front ends.
"""

import threading
from contextlib import contextmanager

from django.db import transaction
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.dispatch import Signal
from wagtail.models import Page, PageViewRestriction

from . import cdn, content_generation
from .changes import record_page
from .delivery import public_pages

# Sent (sender=PageViewRestriction) with `restricted` and `unrestricted`: the
# pages that stopped or started being public, specific, in tree order.
visibility_changed = Signal()


class _Mirroring(threading.local):
    """Set while this module writes mirror rows, whose own signals must not
    mirror back or announce the change a second time."""

    active = False


_mirroring = _Mirroring()


@contextmanager
def _writing_mirrors():
    previous, _mirroring.active = _mirroring.active, True
    try:
        yield
    finally:
        _mirroring.active = previous


def language_versions(page) -> list[Page]:
    """`page` and its copies in the other locales."""
    return list(Page.objects.filter(translation_key=page.translation_key).order_by("pk"))


def _subtrees(pages) -> Q:
    query = Q(pk__in=[])
    for page in pages:
        query |= Q(path__startswith=page.path)
    return query


def _public_ids(pages) -> set[int]:
    return set(public_pages().filter(_subtrees(pages)).values_list("pk", flat=True))


def _same(restriction, model) -> bool:
    return (
        restriction.restriction_type == model.restriction_type
        and restriction.password == model.password
        and set(restriction.groups.values_list("pk", flat=True)) == set(model.groups.values_list("pk", flat=True))
    )


def mirror(restriction) -> None:
    """Give every other language version of the restricted page the same
    restriction (type, password, groups), replacing what it had."""
    with _writing_mirrors():
        for page in language_versions(restriction.page):
            if page.pk == restriction.page_id:
                continue
            existing = list(PageViewRestriction.objects.filter(page=page).order_by("pk"))
            copy = existing[0] if existing else PageViewRestriction(page=page)
            for extra in existing[1:]:
                extra.delete()
            if copy.pk and _same(copy, restriction):
                continue
            copy.restriction_type = restriction.restriction_type
            copy.password = restriction.password
            copy.save()
            copy.groups.set(restriction.groups.all())


def unmirror(page) -> None:
    """Remove the restrictions of every other language version of `page`."""
    with _writing_mirrors():
        others = [version.pk for version in language_versions(page) if version.pk != page.pk]
        for restriction in PageViewRestriction.objects.filter(page_id__in=others):
            restriction.delete()


def announce(before: set[int], versions: list[Page]) -> None:
    """Tell every consumer what changed in the subtrees of `versions`, given
    which of their pages were public `before` the change."""
    after = _public_ids(versions)
    content_generation.bump(None)
    hidden = _pages(before - after)
    shown = _pages(after - before)
    cdn.purge_pages([*versions, *hidden, *shown])
    for page in hidden:
        record_page("restricted", page, url_after="")
    for page in shown:
        record_page("unrestricted", page)
    if hidden or shown:
        visibility_changed.send(sender=PageViewRestriction, restricted=hidden, unrestricted=shown)


def _pages(ids: set[int]) -> list[Page]:
    if not ids:
        return []
    return list(Page.objects.filter(pk__in=ids).select_related("locale").order_by("path").specific())


def _restricted_page(restriction) -> Page | None:
    try:
        return restriction.page
    except Page.DoesNotExist:
        return None


def _before_save(sender, instance, **kwargs):
    if _mirroring.active:
        return
    page = _restricted_page(instance)
    if page is not None:
        instance._public_before = _public_ids(language_versions(page))


def _after_save(sender, instance, created, **kwargs):
    if _mirroring.active or not hasattr(instance, "_public_before"):
        return
    before = instance.__dict__.pop("_public_before")
    mirror(instance)
    announce(before, language_versions(instance.page))


def _groups_changed(sender, instance, action, **kwargs):
    # The admin's privacy form sets the groups after saving the restriction.
    if _mirroring.active or action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PageViewRestriction) and _restricted_page(instance) is not None:
        mirror(instance)
        content_generation.bump(None)


def _by_itself(origin) -> bool:
    """Whether the restriction itself was deleted (the privacy dialog, a script):
    a restriction deleted with its page leaves the translations' alone."""
    if isinstance(origin, PageViewRestriction):
        return True
    model = getattr(origin, "model", None)
    return isinstance(model, type) and issubclass(model, PageViewRestriction)


def _before_delete(sender, instance, origin=None, **kwargs):
    if _mirroring.active or not _by_itself(origin):
        return
    page = _restricted_page(instance)
    if page is not None:
        instance._public_before = _public_ids(language_versions(page))


def _after_delete(sender, instance, **kwargs):
    if _mirroring.active or not hasattr(instance, "_public_before"):
        return
    before = instance.__dict__.pop("_public_before")
    page = _restricted_page(instance)
    if page is None:
        return
    if not PageViewRestriction.objects.filter(page=page).exists():
        unmirror(page)
    announce(before, language_versions(page))


def _translation_created(sender, instance, created, raw=False, **kwargs):
    """A page created in another locale with the key of a restricted page (a
    translation made by any path) starts with that page's restriction."""
    if not created or raw or not isinstance(instance, Page) or _mirroring.active:
        return
    if PageViewRestriction.objects.filter(page=instance).exists():
        return
    source = (
        PageViewRestriction.objects.filter(page__translation_key=instance.translation_key)
        .exclude(page=instance)
        .select_related("page")
        .order_by("pk")
        .first()
    )
    if source is not None:
        # After the copy's own rows (wagtail-localize, Wagtail's copy) are written.
        transaction.on_commit(lambda: _inherit(source.pk, instance.pk))


def _inherit(restriction_id: int, page_id: int) -> None:
    source = PageViewRestriction.objects.filter(pk=restriction_id).select_related("page").first()
    if source is not None and Page.objects.filter(pk=page_id).exists():
        before = _public_ids(language_versions(source.page))
        mirror(source)
        announce(before, language_versions(source.page))


def connect() -> None:
    pre_save.connect(_before_save, sender=PageViewRestriction, dispatch_uid="privacy-before-save")
    post_save.connect(_after_save, sender=PageViewRestriction, dispatch_uid="privacy-after-save")
    pre_delete.connect(_before_delete, sender=PageViewRestriction, dispatch_uid="privacy-before-delete")
    post_delete.connect(_after_delete, sender=PageViewRestriction, dispatch_uid="privacy-after-delete")
    m2m_changed.connect(_groups_changed, sender=PageViewRestriction.groups.through, dispatch_uid="privacy-groups")
    post_save.connect(_translation_created, dispatch_uid="privacy-translation-created")
