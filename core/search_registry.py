"""How each page type becomes a search document.

The `search` app comes last in the dependency order, so it cannot be imported by
the apps whose pages it indexes. Instead each app registers here, from its
`AppConfig.ready()`, a function that flattens one of its pages; `search` reads
the registry and depends on none of them.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class SearchDocumentData:
    """The flattened, visitor-facing view of one page in one locale."""

    content_type: str  # stable key, e.g. "publication", "flagship"
    title: str
    snippet: str  # the abstract or summary, plain text
    body: str = ""  # the rest of the visitor text, plain text
    date: datetime.date | None = None
    thematic_areas: list[tuple[str, str]] = field(default_factory=list)  # (slug, name)
    countries: list[str] = field(default_factory=list)
    # Keywords or tags an editor gave the page: indexed with the title's weight.
    keywords: list[str] = field(default_factory=list)


DocumentBuilder = Callable[[object], SearchDocumentData]

_builders: dict[type, DocumentBuilder] = {}
_labels: dict[str, str] = {}


def register_search_document(model: type, builder: DocumentBuilder, *, content_type: str, label) -> None:
    """Declare that pages of `model` are searchable, and how to flatten one.

    Args:
        model: the specific page class.
        builder: page (specific, in its own locale) → SearchDocumentData.
        content_type: the stable key used in filters and facets.
        label: what visitors see for the type (translatable).
    """
    _builders[model] = builder
    _labels[content_type] = label


def builder_for(model: type) -> DocumentBuilder | None:
    return _builders.get(model)


def searchable_models() -> list[type]:
    return list(_builders)


def content_type_labels() -> dict[str, str]:
    return dict(_labels)
