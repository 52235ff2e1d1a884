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
