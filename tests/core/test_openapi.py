"""The API is our contract: its OpenAPI document is valid and pinned.

After an intended change, regenerate the snapshot with
`UPDATE_SNAPSHOTS=1 pytest tests/core/test_openapi.py` and review the diff.
"""

import json
import os
from pathlib import Path

import pytest
from openapi_spec_validator import validate

SNAPSHOT = Path(__file__).parent / "snapshots" / "openapi.json"

pytestmark = pytest.mark.django_db


def current_document(client) -> dict:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def test_openapi_document_is_valid_openapi_3(client):
    document = current_document(client)
    assert document["openapi"].startswith("3.")
    validate(document)


def test_openapi_document_matches_snapshot(client):
    document = current_document(client)
    rendered = json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        SNAPSHOT.write_text(rendered, encoding="utf-8")
    assert SNAPSHOT.exists(), "no snapshot yet: run with UPDATE_SNAPSHOTS=1 and commit it"
    assert rendered == SNAPSHOT.read_text(encoding="utf-8"), "API contract changed: review and update the snapshot"


def test_error_responses_are_declared_as_problem_json(client):
    document = current_document(client)
    for path, operations in document["paths"].items():
        for operation in operations.values():
            errors = {code: r for code, r in operation["responses"].items() if code.startswith("4")}
            assert "400" in errors, path
            for response in errors.values():
                assert list(response["content"]) == ["application/problem+json"], path


def test_interactive_docs_load_without_a_cdn(client):
    html = client.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui" in html
    assert "cdn." not in html


def _query_parameters(document):
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    yield f"{method.upper()} {path}", parameter


def test_every_list_parameter_is_a_set_the_cache_normalises(client):
    """A parameter that takes several values is one set whatever their order and
    repetition (core.api_params.SET_PARAMETERS), so the cache shares one answer."""
    from core.api_params import SET_PARAMETERS

    lists = {
        parameter["name"]
        for _operation, parameter in _query_parameters(current_document(client))
        if parameter["schema"].get("type") == "array"
        or any(variant.get("type") == "array" for variant in parameter["schema"].get("anyOf", []))
    }
    assert {"thematic_area", "fields", "expand", "status", "region"} <= lists
    assert lists <= SET_PARAMETERS


def test_fields_expand_and_ordering_list_their_values(client):
    for operation, parameter in _query_parameters(current_document(client)):
        if parameter["name"] in ("fields", "expand"):
            assert parameter["schema"]["items"]["enum"], operation
        if parameter["name"] == "ordering":
            assert parameter["schema"]["enum"], operation
