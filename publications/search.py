"""How a publication becomes a search document: the abstract is the snippet."""

from django.utils.translation import gettext_lazy as _

from core.search_registry import SearchDocumentData, register_search_document
from publications.validation import plain_text


def publication_document(page) -> SearchDocumentData:
    # Through the one rendering path, so the snippet and the index carry the
    # glossary's expansions ("Sustainable Development Goals (SDGs)").
    rendered = page.rendered
    return SearchDocumentData(
        content_type="publication",
        title=page.title,
        snippet=plain_text(rendered["abstract"]),
        body=" ".join(filter(None, [plain_text(rendered["body"]), page.authors])),
        keywords=[tag.name for tag in page.keywords.all()],
        date=page.publication_date,
        thematic_areas=[(area.slug, area.name) for area in page.live_thematic_areas],
    )


def register() -> None:
    from publications.models import PublicationPage

    register_search_document(PublicationPage, publication_document, content_type="publication", label=_("Publication"))
