"""How a flagship page becomes a search document (read by the search app)."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.rendering import visible_text
from core.search_registry import SearchDocumentData, register_search_document


def flagship_document(page) -> SearchDocumentData:
    from .selectors import live_thematic_areas

    rendered = page.rendered
    updates = " ".join(f"{update.title} {update.text}" for update in page.updates.all())
    return SearchDocumentData(
        content_type="flagship",
        title=page.title,
        # The rendered summary: abbreviations spelled out, as visitors read it.
        snippet=visible_text(rendered["summary"]),
        body=f"{strip_tags(rendered['body'])} {updates}".strip(),
        date=page.start_date,
        thematic_areas=[(area.slug, area.name) for area in live_thematic_areas(page)],
        countries=[place.code for place in page.places.all()],
    )


def register():
    from .models import FlagshipPage

    register_search_document(FlagshipPage, flagship_document, content_type="flagship", label=_("Flagship programme"))
