"""What a client chooses of an answer's shape: `fields=` (sparse fieldsets) and
`expand=` (related items embedded) on listings and details.

Both are applied to the serialised answer, the same way for every endpoint whose
answer is a listing envelope (`items`) or an item with an `id`: endpoints keep
one response schema each and need no parameter of their own. An expansion is
registered by the app that owns the related items, for the endpoints (by their
`url_name`) it embeds them in; it receives every item of the answer at once and
reads what they share in a fixed number of queries (one per relation), never one
per item.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import TypeAdapter

from .api_params import split_values
from .problems import Problem, bad_choice

# build(ids of the answer's items, requested locale, request) → {id: value}
ExpansionBuilder = Callable[[list[int], Any, Any], dict[int, Any]]


@dataclass(frozen=True)
class Expansion:
    """A related item (or list of them) that `expand=<name>` embeds in each item.

    Args:
        name: the parameter value and the key it is embedded under.
        schema: the embedded value's type (e.g. `list[DocumentOut]`), for
            serialisation and the OpenAPI document.
        build: every item id of the answer → the value for each.
        default: the value for an item `build` returns nothing for.
        description: what it embeds, for the OpenAPI document.
    """

    name: str
    schema: Any
    build: ExpansionBuilder
    default: Any
    description: str

    @property
    def adapter(self) -> TypeAdapter:
        return TypeAdapter(self.schema)


_expansions: dict[str, dict[str, Expansion]] = {}


def register_expansion(url_names: list[str], expansion: Expansion) -> None:
    """Offer `expansion` on the endpoints named `url_names` (listings and details)."""
    for url_name in url_names:
        _expansions.setdefault(url_name, {})[expansion.name] = expansion


def expansions_for(url_name: str | None) -> dict[str, Expansion]:
    return dict(_expansions.get(url_name or "", {}))


@dataclass(frozen=True)
class Shape:
    """How an endpoint's items may be shaped: the fields its item schema has and
    the expansions offered; `listing` when items sit in an envelope's `items`."""

    url_name: str | None
    listing: bool
    item_fields: tuple[str, ...]
    # When the listed items are groups (a thematic area and its donation projects),
    # the name of the field holding the entries that take `expand=`, and their schema.
    # Such a listing takes `expand` alone: `fields` keeps fields of listed items.
    nested: str | None = None
    nested_schema: Any = None

    @property
    def expansions(self) -> dict[str, Expansion]:
        return expansions_for(self.url_name)

    def parameters(self) -> set[str]:
        if self.nested:
            return {"expand"} if self.expansions else set()
        return {"fields", "expand"} if self.expansions else {"fields"}

    def requested(self, query) -> tuple[list[str], list[Expansion]]:
        """The `fields` and `expansions` a request asks for, checked.

        Raises:
            Problem: 400 naming the unknown field or expansion and those that exist.
        """
        offered = self.expansions
        known = set(self.item_fields) | set(offered)
        for parameter, allowed in (("expand", offered), ("fields", known)):
            # `?expand=` or `?fields=a,,b`: an empty name is no name (the OpenAPI
            # document lists the names), not a silent "nothing asked".
            if any(not part.strip() for value in query.getlist(parameter) for part in str(value).split(",")):
                raise _unknown(parameter, "", allowed)
        expand = split_values(query.getlist("expand")) or []
        for name in expand:
            if name not in offered:
                raise _unknown("expand", name, offered)
        fields = split_values(query.getlist("fields")) or []
        for name in fields:
            if name not in known:
                raise _unknown("fields", name, known)
        return fields, [offered[name] for name in expand]

    def apply(self, payload: dict, fields: list[str], expansions: list[Expansion], locale, request) -> dict:
        """Embed the expansions in every item, then keep only `fields` (and `id`)."""
        items = payload.get("items", []) if self.listing else [payload]
        if self.nested:
            items = [entry for item in items for entry in item.get(self.nested, [])]
        ids = [item["id"] for item in items if isinstance(item.get("id"), int)]
        for expansion in expansions:
            values = expansion.build(ids, locale, request) if ids else {}
            for item in items:
                value = values.get(item.get("id"), expansion.default)
                item[expansion.name] = expansion.adapter.dump_python(
                    expansion.adapter.validate_python(value), mode="json"
                )
        if fields:
            kept = {"id", *fields}
            for item in items:
                for name in [name for name in item if name not in kept]:
                    del item[name]
        return payload


def _unknown(parameter: str, value: str, allowed) -> Problem:
    return bad_choice(parameter, value, allowed)


def shape_of(url_name: str | None, response_schema) -> Shape | None:
    """The shape of an operation answering `response_schema`, or None when its
    answer is neither a listing of items nor an item (sites, searches, feeds)."""
    fields = getattr(response_schema, "model_fields", None)
    if not fields:
        return None
    if {"items", "count", "offset"} <= set(fields):
        item_schema = _list_item(fields["items"].annotation)
        item_fields = getattr(item_schema, "model_fields", None)
        if not item_fields:
            return None
        if "id" in item_fields:
            return Shape(url_name=url_name, listing=True, item_fields=tuple(item_fields))
        # Groups of items: the entries of the group's one list of items with an `id`.
        nested = [
            (name, _list_item(field.annotation))
            for name, field in item_fields.items()
            if "id" in getattr(_list_item(field.annotation), "model_fields", {})
        ]
        if len(nested) != 1 or not expansions_for(url_name):
            return None
        name, schema = nested[0]
        return Shape(
            url_name=url_name,
            listing=True,
            item_fields=tuple(schema.model_fields),
            nested=name,
            nested_schema=schema,
        )
    if "id" in fields:
        return Shape(url_name=url_name, listing=False, item_fields=tuple(fields))
    return None


def _list_item(annotation):
    args = getattr(annotation, "__args__", ())
    return args[0] if args else None


def item_schema_of(response_schema):
    """The schema of one item: the envelope's item schema, or the answer's own."""
    fields = response_schema.model_fields
    return _list_item(fields["items"].annotation) if "items" in fields else response_schema
