"""Search documents as Elasticsearch sources."""

import html

from django.utils.html import strip_tags

from ..models import SearchDocument, SearchDocumentTag
from .mapping import language_of


def plain(text: str) -> str:
    """Text as a visitor reads it: no tags, entities decoded. Highlights are
    HTML-encoded by Elasticsearch, so an indexed `&amp;` would show as `&amp;amp;`
    and never match a search for "&"."""
    return html.unescape(strip_tags(text or ""))


def document_bodies(documents: list[SearchDocument], codes: dict[int, str]) -> list[dict]:
    """Elasticsearch sources for `documents`, with tags and sibling locales in two queries."""
    ids = [document.pk for document in documents]
    tags: dict[int, list[SearchDocumentTag]] = {}
    for tag in SearchDocumentTag.objects.filter(document_id__in=ids):
        tags.setdefault(tag.document_id, []).append(tag)
    available: dict = {}
    for key, locale_id in SearchDocument.objects.filter(
        translation_key__in={document.translation_key for document in documents}
    ).values_list("translation_key", "locale_id"):
        available.setdefault(key, []).append(codes[locale_id])
    bodies = []
    for document in documents:
        language = language_of(codes[document.locale_id])
        own = tags.get(document.pk, [])
        snippet = plain(document.snippet)
        areas: dict[str, str] = {}
        for tag in own:
            if tag.kind == SearchDocumentTag.AREA:
                areas.setdefault(tag.slug, tag.name)
        bodies.append(
            {
                "_id": document.page_id,
                "page_id": document.page_id,
                "locale": codes[document.locale_id],
                "translation_key": str(document.translation_key),
                "available_locales": sorted(available.get(document.translation_key, [])),
                "content_type": document.content_type,
                "title": document.title,
                "snippet": snippet,
                "url": document.url,
                "date": document.date.isoformat() if document.date else None,
                "year": document.year,
                "expire_at": document.expire_at.isoformat() if document.expire_at else None,
                "thematic_areas": [{"slug": slug, "name": name} for slug, name in areas.items()],
                "countries": list(dict.fromkeys(t.slug for t in own if t.kind == SearchDocumentTag.COUNTRY)),
                f"title_{language}": document.title,
                f"keywords_{language}": document.index_keywords or "",
                f"text_{language}": " ".join(filter(None, [snippet, plain(document.body)])),
            }
        )
    return bodies
