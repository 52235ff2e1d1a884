"""The changes feed behind /api/v1/changes: every public change recorded in
order, with the URLs before and after, so a static build (or a webhook consumer)
updates only what changed.

Recorded from Wagtail's signals in every process that publishes (the web
workers, the scheduled-publishing cron, management commands).
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete
from wagtail.models import DraftStateMixin, Locale, Page, ReferenceIndex
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from .delivery import default_locale, public_pages
from .links import localized_urls_by_locale, page_url
from .models import ContentChange
from .page_types import public_type_name
from .translations import api_url_for

# Snippet models whose change alters the text of every page in their locale
# (the glossary's expander); apps add theirs from AppConfig.ready().
_locale_wide: set[type] = set()


def register_locale_wide(model: type) -> None:
    _locale_wide.add(model)


def snippet_type_name(model: type) -> str:
    """ThematicArea → "thematic_area"."""
    return getattr(model, "api_type", None) or re.sub(r"(?<!^)(?=[A-Z])", "_", model.__name__).lower()


def _last_url(type_name: str, object_id: int, locale: str | None = None) -> str:
    rows = ContentChange.objects.filter(type=type_name, object_id=object_id)
    if locale is not None:
        rows = rows.filter(locale=locale)
    row = rows.exclude(url_after="").order_by("-id").values_list("url_after", flat=True).first()
    return row or ""


# Actions after which the page is public at its `url_after`; the rest (unpublished,
# deleted, restricted: made private with a view restriction) take it away.
SHOWING_ACTIONS = ("published", "moved", "unrestricted")


def record_page(action: str, page, url_after: str | None = None) -> ContentChange | None:
    if action in SHOWING_ACTIONS and not public_pages().filter(pk=page.pk).exists():
        # Published behind a view restriction or already expired: not public, not in the feed.
        return None
    type_name = public_type_name(page)
    locale = page.locale.language_code if page.locale_id else ""
    url_before = _last_url(type_name, page.pk, locale)
    if url_after is None:
        url_after = (page.get_url() or "") if action in SHOWING_ACTIONS else ""
    change = ContentChange.objects.create(
        action=action,
        type=type_name,
        object_id=page.pk,
        locale=locale,
        translation_key=page.translation_key,
        url_before="" if url_before == url_after else url_before,
        url_after=url_after,
    )
    _record_stand_ins(action, page, type_name)
    if action == "published" and change.url_before and url_after and change.url_before != url_after:
        _record_descendants_moved(page, change.url_before, url_after)
    return change


def _record_descendants_moved(page, url_before: str, url_after: str) -> None:
    """A page whose URL changed (a section's slug) moved every public page under
    it: one `moved` entry each, with its URL before and after, in one query and
    one insert, so a static build rewrites the whole subtree."""
    entries = []
    for descendant in public_pages().descendant_of(page).filter(locale_id=page.locale_id).specific(defer=True):
        url = page_url(descendant) or ""
        if not url.startswith(url_after):
            continue
        entries.append(
            ContentChange(
                action="moved",
                type=public_type_name(descendant),
                object_id=descendant.pk,
                locale=page.locale.language_code,
                translation_key=descendant.translation_key,
                url_before=url_before + url[len(url_after) :],
                url_after=url,
            )
        )
    ContentChange.objects.bulk_create(entries)


# Actions that show or take away a default-locale page's stand-ins in other locales.
STAND_IN_ACTIONS = ("published", "unpublished", "deleted")


def _record_stand_ins(action: str, page, type_name: str) -> None:
    """A default-locale page also answers, with a notice, under the URL of each
    locale that has a home but no public translation of it (`translated: false`).
    Publishing it shows those URLs, unpublishing or deleting it takes them away:
    one entry per such locale (its `locale`, its URL), so a static build updates
    every file the change touches."""
    if action not in STAND_IN_ACTIONS or not page.locale_id or page.locale_id != default_locale().pk:
        return
    translated = set(public_pages().filter(translation_key=page.translation_key).values_list("locale_id", flat=True))
    others = [locale for locale in Locale.objects.exclude(pk=page.locale_id) if locale.pk not in translated]
    if not others:
        return
    own_url = page_url(page)
    urls = localized_urls_by_locale({locale: [page] for locale in others})
    showing = action in SHOWING_ACTIONS
    for locale in others:
        url = urls.get(locale.pk, {}).get(page.pk) or ""
        if not url or url == own_url:  # no home in that locale: nothing is served there
            continue
        before = _last_url(type_name, page.pk, locale.language_code)
        ContentChange.objects.create(
            action=action,
            type=type_name,
            object_id=page.pk,
            locale=locale.language_code,
            translation_key=page.translation_key,
            url_before=("" if before == url else before) if showing else url,
            url_after=url if showing else "",
        )


def latest_change(page) -> ContentChange | None:
    """The last change recorded for `page` (the one a signal just recorded, when
    called from a later receiver of the same signal)."""
    return ContentChange.objects.filter(type=public_type_name(page), object_id=page.pk).order_by("-id").first()


def _dependent_pages(snippet) -> list[dict]:
    page_type = ContentType.objects.get_for_model(Page)
    ids = set(
        ReferenceIndex.get_references_to(snippet)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    pages = public_pages().filter(pk__in=[int(pk) for pk in ids]).select_related("locale")
    return [{"id": page.pk, "type": public_type_name(page), "locale": page.locale.language_code} for page in pages]


def record_snippet(action: str, snippet) -> ContentChange:
    locale = getattr(snippet, "locale", None)
    return ContentChange.objects.create(
        action=action,
        type=snippet_type_name(type(snippet)),
        object_id=snippet.pk,
        locale=getattr(locale, "language_code", ""),
        translation_key=getattr(snippet, "translation_key", None),
        dependent_pages=_dependent_pages(snippet),
        affects_whole_locale=any(isinstance(snippet, model) for model in _locale_wide),
    )


def visible_changes(rows: list[ContentChange]) -> list[ContentChange]:
    """`rows` without publications and moves of pages the public cannot see now
    (restricted or expired since), in one query."""
    names = _page_type_names()
    shown = [row.object_id for row in rows if row.type in names and row.action in SHOWING_ACTIONS]
    public = set(public_pages().filter(pk__in=shown).values_list("pk", flat=True))
    return [row for row in rows if not (row.type in names and row.action in SHOWING_ACTIONS) or row.object_id in public]


def change_out(change: ContentChange) -> dict:
    is_page = change.type in _page_type_names()
    return {
        "cursor": str(change.pk),
        "occurred_at": change.occurred_at,
        "action": change.action,
        "type": change.type,
        "id": change.object_id,
        "locale": change.locale or None,
        "translation_key": str(change.translation_key) if change.translation_key else None,
        "url_before": change.url_before or None,
        "url_after": change.url_after or None,
        "api_url": _page_api_url(change) if is_page and change.action != "deleted" else None,
        "dependent_pages": change.dependent_pages,
        "affects_whole_locale": change.affects_whole_locale,
    }


def _page_type_names() -> set[str]:
    from .page_types import type_names

    return set(type_names())


def _page_api_url(change: ContentChange) -> str | None:
    page = Page.objects.filter(pk=change.object_id).only("id", "content_type_id").first()
    return api_url_for(page, change.locale) if page is not None and change.locale else None


def _on_published(sender, instance, **kwargs):
    record_page("published", instance)


def _on_unpublished(sender, instance, **kwargs):
    record_page("unpublished", instance)


def _on_moved(sender, instance, **kwargs):
    if instance.live:
        record_page("moved", instance)


def _on_page_deleted(sender, instance, **kwargs):
    # Deleting a specific page deletes its Page row too: record that one, once.
    if sender is Page and instance.live:
        record_page("deleted", instance, url_after="")


def _on_snippet(action):
    def receiver(sender, instance, **kwargs):
        if not isinstance(instance, Page) and isinstance(instance, DraftStateMixin):
            record_snippet(action, instance)

    return receiver


_snippet_published = _on_snippet("published")
_snippet_unpublished = _on_snippet("unpublished")


def connect():
    page_published.connect(_on_published, dispatch_uid="changes-page-published")
    page_unpublished.connect(_on_unpublished, dispatch_uid="changes-page-unpublished")
    post_page_move.connect(_on_moved, dispatch_uid="changes-page-moved")
    post_delete.connect(_on_page_deleted, dispatch_uid="changes-page-deleted")
    published.connect(_snippet_published, dispatch_uid="changes-snippet-published")
    unpublished.connect(_snippet_unpublished, dispatch_uid="changes-snippet-unpublished")
