"""How a project becomes a search document (registered from AppConfig.ready)."""

from django.utils.html import strip_tags

from core.rendering import visible_text
from core.search_registry import SearchDocumentData


def project_document(page) -> SearchDocumentData:
    rendered = page.rendered
    area = page.thematic_area
    return SearchDocumentData(
        content_type="donation_project",
        title=page.title,
        snippet=visible_text(rendered["summary"]),
        body=" ".join(strip_tags(rendered[name]).strip() for name in ("gift_impact", "body")).strip(),
        date=page.first_published_at.date() if page.first_published_at else None,
        thematic_areas=[(area.slug, area.name)] if area is not None else [],
        countries=[page.country] if page.country else [],
    )
