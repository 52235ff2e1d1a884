"""Keep search documents in step with what the public can see.

Every change goes through `sync_pages`: it rebuilds the documents of the pages
that are live, public and registered, and removes the others, then tells the
active backend (Elasticsearch keeps its own copy; the database backend reads
the table itself).
"""

import logging
from collections.abc import Iterable

from django.db import transaction
from wagtail.models import Page

from core.delivery import public_pages
from core.images import page_cover
from core.search_registry import builder_for, searchable_models

from .backends.active import get_backend
from .models import SearchDocument, SearchDocumentTag
from .stemming import stem_text
from .text import index_form, search_config

logger = logging.getLogger(__name__)


def index_fields(title: str, keywords, text: str, language_code: str) -> dict:
    """The columns the full-text indexes read, for a document in `language_code`:
    plain (CJK characters spaced) and, for SQLite, Snowball stems."""
    index_title = index_form(title)
    index_keywords = index_form(" ".join(dict.fromkeys(keywords)))
    index_text = index_form(text)
    return {
        "index_title": index_title,
        "index_keywords": index_keywords,
        "index_text": index_text,
        "stemmed_title": stem_text(index_title, language_code),
        "stemmed_keywords": stem_text(index_keywords, language_code),
        "stemmed_text": stem_text(index_text, language_code),
        "search_config": search_config(language_code),
    }


def document_values(page) -> tuple[dict, list[dict]] | None:
    """(document fields, tag rows) for a specific page, or None if it has no builder
    or no URL (a page outside every site cannot be visited)."""
    builder = builder_for(type(page))
    if builder is None:
        return None
    url = page.get_url()
    if not url:
        return None
    data = builder(page)
    areas_text = " ".join(name for _slug, name in data.thematic_areas)
    fields = {
        "locale_id": page.locale_id,
        "translation_key": page.translation_key,
        "content_type": data.content_type,
        "title": data.title[:255],
        "snippet": data.snippet,
        "body": data.body,
        "date": data.date,
        "year": data.date.year if data.date else None,
        "url": url,
        "expire_at": page.expire_at,
        **index_fields(
            data.title,
            data.keywords,
            " ".join(filter(None, [data.snippet, data.body, areas_text])),
            page.locale.language_code,
        ),
        # The same areas and countries as the tags, on the row (one per slug).
        "areas": _unique_areas(data.thematic_areas),
        "countries": list(dict.fromkeys(data.countries)),
        "cover": _cover(page),
    }
    tags = [
        {"kind": SearchDocumentTag.AREA, "slug": slug, "name": name, "sort_order": order}
        for order, (slug, name) in enumerate(data.thematic_areas)
    ] + [
        {"kind": SearchDocumentTag.COUNTRY, "slug": code, "name": code, "sort_order": order}
        for order, code in enumerate(data.countries)
    ]
    return fields, tags


def _cover(page) -> dict | None:
    cover = page_cover(page)
    if cover is None:
        return None
    return {"id": cover.image.pk, "alt": cover.alt, "lang": cover.alt_language}


def _unique_areas(areas) -> list[list[str]]:
    """[[slug, name], ...] in order, the first of each slug."""
    seen: dict[str, str] = {}
    for slug, name in areas:
        seen.setdefault(slug, name)
    return [[slug, name] for slug, name in seen.items()]


def _is_searchable(model) -> bool:
    return builder_for(model) is not None


def sync_pages(pages: Iterable[Page]) -> None:
    """Bring the documents of `pages` (any page objects) up to date."""
    ids = [page.pk for page in pages]
    if not ids:
        return
    visible = public_pages().filter(pk__in=ids).select_related("locale").specific()
    keep: set[int] = set()
    with transaction.atomic():
        for page in visible:
            values = document_values(page)
            if values is None:
                continue
            fields, tags = values
            document, _created = SearchDocument.objects.update_or_create(page_id=page.pk, defaults=fields)
            document.tags.all().delete()
            SearchDocumentTag.objects.bulk_create(SearchDocumentTag(document=document, **tag) for tag in tags)
            keep.add(page.pk)
        gone = set(ids) - keep
        removed_keys = list(
            SearchDocument.objects.filter(page_id__in=gone).values_list("translation_key", flat=True).distinct()
        )
        SearchDocument.objects.filter(page_id__in=gone).delete()
    kept_keys = SearchDocument.objects.filter(page_id__in=keep).values_list("translation_key", flat=True)
    _notify_backend(set(kept_keys) | set(removed_keys), gone)


def sync_subtree(page: Page) -> None:
    """A move or a change of view restriction affects every page below too."""
    pages = list(Page.objects.descendant_of(page, inclusive=True).only("pk"))
    for start in range(0, len(pages), 500):
        sync_pages(pages[start : start + 500])


def remove_pages(page_ids: Iterable[int]) -> None:
    ids = list(page_ids)
    keys = set(SearchDocument.objects.filter(page_id__in=ids).values_list("translation_key", flat=True))
    SearchDocument.objects.filter(page_id__in=ids).delete()
    _notify_backend(keys, set(ids))


def rebuild_all(progress=None) -> int:
    """Recreate every document from the pages (the `rebuild_search_documents` command)."""
    pages = []
    for model in searchable_models():
        pages.extend(public_pages(model).only("pk"))
    SearchDocument.objects.exclude(page_id__in=[page.pk for page in pages]).delete()
    done = 0
    for start in range(0, len(pages), 200):
        chunk = pages[start : start + 200]
        ids = [page.pk for page in chunk]
        visible = {page.pk: page for page in public_pages().filter(pk__in=ids).select_related("locale").specific()}
        with transaction.atomic():
            for page_id in ids:
                page = visible.get(page_id)
                values = document_values(page) if page is not None else None
                if values is None:
                    SearchDocument.objects.filter(page_id=page_id).delete()
                    continue
                fields, tags = values
                document, _ = SearchDocument.objects.update_or_create(page_id=page_id, defaults=fields)
                document.tags.all().delete()
                SearchDocumentTag.objects.bulk_create(SearchDocumentTag(document=document, **tag) for tag in tags)
        done += len(chunk)
        if progress:
            progress(done, len(pages))
    return SearchDocument.objects.count()


def _notify_backend(translation_keys: set, removed_page_ids: set) -> None:
    backend = get_backend()
    try:
        backend.documents_changed(translation_keys, removed_page_ids)
    except Exception:
        # Publishing must not fail because the search server is down; the
        # rebuild command catches up.
        logger.exception("Search index update failed")
