"""Every schema in the OpenAPI document is one class: two classes with one name
would be merged by the generator, and the document would describe one endpoint
with the other's fields (as the glossary once got search's 2-field AbbreviationOut)."""

import typing
from collections import defaultdict

from pydantic import BaseModel

from config.api import api


def _models_in(annotation, found: set) -> None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in found:
            return
        found.add(annotation)
        for field in annotation.model_fields.values():
            _models_in(field.annotation, found)
        return
    for argument in typing.get_args(annotation):
        _models_in(argument, found)


def schema_classes() -> set:
    found: set = set()
    for _prefix, router in api._routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                for model in (operation.response_models or {}).values():
                    _models_in(model, found)
    return found


def test_no_two_schema_classes_share_a_name():
    by_name = defaultdict(set)
    for model in schema_classes():
        by_name[model.__name__].add(f"{model.__module__}.{model.__qualname__}")
    assert len(by_name) > 20
    clashes = {name: sorted(paths) for name, paths in by_name.items() if len(paths) > 1 and name != "Response"}
    assert not clashes


def test_glossary_abbreviation_schema_is_the_glossary_one(client):
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert {"abbreviation", "expansion", "locale"} <= set(schemas["AbbreviationOut"]["properties"])
    assert set(schemas["QueryAbbreviationOut"]["properties"]) == {"abbreviation", "expansion"}
