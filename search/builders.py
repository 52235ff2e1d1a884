"""Search documents for the page types `home` defines (the home page and the
plain pages built on it); other apps register their own builders."""

from core.search_registry import SearchDocumentData

from .text import plain_text


def home_page_document(page) -> SearchDocumentData:
    # Through `page.rendered`, the one rendering path, so the glossary's
    # expansions are part of what is indexed.
    rendered = page.rendered
    published = page.last_published_at or page.first_published_at
    return SearchDocumentData(
        content_type="home",
        title=page.title,
        snippet=plain_text(rendered["hero_text"]),
        body=plain_text(rendered["introduction"]),
        date=published.date() if published else None,
        thematic_areas=[(area.slug, area.name) for area in page.live_thematic_areas()],
    )
