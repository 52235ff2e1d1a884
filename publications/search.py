"""How a publication becomes a search document: the abstract is the snippet."""

from django.utils.translation import gettext_lazy as _

from core.search_registry import SearchDocumentData, register_search_document
from publications.validation import plain_text


def publication_document(page) -> SearchDocumentData:
    return SearchDocumentData(
        content_type="publication",
        title=page.title,
        snippet=plain_text(page.abstract),
        body=" ".join(filter(None, [plain_text(str(page.body)) if page.body else "", page.authors])),
        date=page.publication_date,
        thematic_areas=[(area.slug, area.name) for area in page.live_thematic_areas],
    )


def register() -> None:
    from publications.models import PublicationPage

    register_search_document(PublicationPage, publication_document, content_type="publication", label=_("Publication"))
