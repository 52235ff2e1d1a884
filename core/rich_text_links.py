"""Links inside rich text, fetched once per item however many blocks hold them.

A StreamField body renders each rich-text block on its own, so without help a
body of forty paragraphs would look up its links forty times. `links_batch`
collects every link of an item first and resolves each link type in one call;
the handlers built on `BatchedLinkHandler` then answer from that batch
(core.page_links for pages, publications.rich_text for documents).
"""

import contextvars
from collections.abc import Iterable
from contextlib import contextmanager

from django.utils import translation
from wagtail.rich_text import features
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

# {(language, link type, id): the opening tag} while a batch is open.
_resolved: contextvars.ContextVar[dict | None] = contextvars.ContextVar("rich_text_links", default=None)


def link_id(attrs: dict) -> int | None:
    """The target's id in a link's attributes, or None when it is not one a
    database column could hold (a hand-edited or hostile source)."""
    value = str(attrs.get("id", ""))
    return int(value) if value.isdigit() and len(value) < 19 else None


class BatchedLinkHandler:
    """A link handler mixin: answers from the open batch, resolving what it lacks
    in one call of `expand_batch` (the handler's own bulk expansion)."""

    @classmethod
    def expand_batch(cls, attrs_list: list[dict]) -> list[str]:
        raise NotImplementedError

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        resolved = _resolved.get()
        if resolved is None:
            return cls.expand_batch(attrs_list)
        language = translation.get_language()
        key = lambda attrs: (language, cls.identifier, str(attrs.get("id")))  # noqa: E731
        missing = {key(attrs): attrs for attrs in attrs_list if key(attrs) not in resolved}
        if missing:
            resolved.update(zip(missing, cls.expand_batch(list(missing.values())), strict=True))
        return [resolved[key(attrs)] for attrs in attrs_list]


def _link_attrs(sources: Iterable[str]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for source in sources:
        if "linktype" not in source:
            continue
        for match in FIND_A_TAG.finditer(source):
            attrs = extract_attrs(match.group(1))
            if "linktype" in attrs:
                found.setdefault(attrs["linktype"], []).append(attrs)
    return found


@contextmanager
def links_batch(sources: Iterable[str]):
    """Resolve every rich-text link in `sources` (database-format HTML) once per
    link type; rich text expanded inside the block reuses the answers.

    Nested batches share the outer one (adding what it lacks in one call per
    link type). Answers depend on the active language, so they are keyed by it.
    """
    token = _resolved.set({}) if _resolved.get() is None else None
    try:
        handlers = features.get_link_types()
        for linktype, attrs_list in _link_attrs(sources).items():
            handler = handlers.get(linktype)
            if handler is not None and issubclass(handler, BatchedLinkHandler):
                handler.expand_db_attributes_many(attrs_list)
        yield
    finally:
        if token is not None:
            _resolved.reset(token)
