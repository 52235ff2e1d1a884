"""The public names of page types, and how each type's API detail is built.

One vocabulary everywhere a page type is named to a front end (find, preview,
search, page links, webhooks, the changes feed): "publication", not
"publications.PublicationPage". The name is a class attribute of the page model
(`api_type`), so it is known in every process, API or not. Apps come after
`core` in the dependency order, so each registers its detail builders here from
its API module; `core` (preview, find, site) builds their answers without
importing them.
"""

from collections.abc import Callable
from dataclasses import dataclass

# detail(page, requested locale, request) → the live detail dictionary. The page
# may be a draft restored in memory (a preview): builders read inline rows through
# their relations, never with a query on the row model.
DetailBuilder = Callable[[object, object, object], dict]


@dataclass(frozen=True)
class PageDetail:
    model: type
    schema: type
    build: DetailBuilder

    @property
    def name(self) -> str:
        return public_type_name(self.model)


_details: dict[type, PageDetail] = {}


def _specific_class(model_or_page) -> type:
    if isinstance(model_or_page, type):
        return model_or_page
    return getattr(model_or_page, "specific_class", None) or type(model_or_page)


def public_type_name(model_or_page) -> str:
    """The public name of a page's type ("publication"); Django's label for a
    model that declares none (Wagtail's root page)."""
    model = _specific_class(model_or_page)
    return getattr(model, "api_type", None) or model._meta.label


def register_detail(model: type, schema: type, build: DetailBuilder) -> None:
    """Declare how the API details pages of `model` (live or previewed).

    Args:
        model: the specific page class.
        schema: the detail's response schema (the preview answers with it too).
        build: page, requested locale, request → the detail dictionary.
    """
    _details[model] = PageDetail(model=model, schema=schema, build=build)


def detail_for(model_or_page) -> PageDetail | None:
    return _details.get(_specific_class(model_or_page))


def registered_details() -> list[PageDetail]:
    return list(_details.values())


def public_page_models() -> list[type]:
    """Every page model that names its public type."""
    from wagtail.models import get_page_models

    return [model for model in get_page_models() if getattr(model, "api_type", None)]


def type_names() -> list[str]:
    return sorted({model.api_type for model in public_page_models()})
