"""How a story becomes a search document (read by the search app): the standfirst is the snippet."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from core.rendering import visible_text
from core.search_registry import SearchDocumentData, register_search_document


def story_document(page) -> SearchDocumentData:
    from flagships.selectors import rows_for_pages
    from home.models import ThematicArea

    areas = rows_for_pages([page], "thematic_areas", "thematic_area", ThematicArea)[page.pk]
    return SearchDocumentData(
        content_type="story",
        title=page.title,
        # The rendered standfirst: abbreviations spelled out, as visitors read it.
        snippet=visible_text(page.rendered["standfirst"]),
        body=strip_tags(page.rendered["body"]).strip(),
        date=page.date,
        thematic_areas=[(area.slug, area.name) for area in areas],
        countries=[page.country] if page.country else [],
    )


def register() -> None:
    from .models import StoryPage

    register_search_document(StoryPage, story_document, content_type="story", label=_("Impact story"))
