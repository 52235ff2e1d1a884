"""The refusals of a request body that come before any endpoint runs (core.uploads:
411 for a chunked body without Content-Length, 413 for a declared length past the
limit) are part of the contract: each operation that takes a body declares them
as problem+json, and what comes back matches the declaration."""

import pytest
from django.test import override_settings
from jsonschema import Draft202012Validator

pytestmark = pytest.mark.django_db

BODY_METHODS = ("post", "put", "patch")


def body_operations(document: dict) -> list[tuple[str, str]]:
    return [
        (path, method)
        for path, operations in document["paths"].items()
        for method in operations
        if method in BODY_METHODS
    ]


def problem_validator(document: dict, path: str, method: str, status: str) -> Draft202012Validator:
    content = document["paths"][path][method]["responses"][status]["content"]
    assert list(content) == ["application/problem+json"]
    return Draft202012Validator({**content["application/problem+json"]["schema"], "components": document["components"]})


def test_every_operation_taking_a_body_declares_411_and_413(client):
    document = client.get("/api/v1/openapi.json").json()
    operations = body_operations(document)
    assert {("/api/v1/donate/gifts", "post"), ("/api/v1/subscriptions", "post")} <= set(operations)
    for path, method in operations:
        responses = document["paths"][path][method]["responses"]
        assert "Content-Length" in responses["411"]["description"], path
        problem_validator(document, path, method, "411")
        problem_validator(document, path, method, "413")
    reads = [operation for path, operations in document["paths"].items() for operation in operations.values()]
    assert not any("411" in operation["responses"] for operation in reads if "requestBody" not in operation)


def test_a_chunked_body_gets_the_declared_411_in_the_requested_language(client):
    document = client.get("/api/v1/openapi.json").json()
    for path, method in body_operations(document):
        response = client.generic(
            method.upper(), path, b"", content_type="application/json", HTTP_TRANSFER_ENCODING="chunked"
        )
        assert response.status_code == 411, path
        assert response["Content-Type"] == "application/problem+json"
        body = response.json()
        assert not list(problem_validator(document, path, method, "411").iter_errors(body)), body
        assert "Content-Length" in body["detail"]
    french = client.generic(
        "POST", "/api/v1/donate/gifts?locale=fr", b"", content_type="application/json", HTTP_TRANSFER_ENCODING="chunked"
    ).json()
    assert french["detail"] == (
        "Envoyez le corps JSON avec un en-tête Content-Length ; les corps envoyés par morceaux ne sont pas lus."
    )


@override_settings(MAX_REQUEST_BODY_SIZE=10_000)
def test_an_oversized_body_gets_the_declared_413(client):
    document = client.get("/api/v1/openapi.json").json()
    for path, method in body_operations(document):
        response = client.generic(
            method.upper(), path, b"{}", content_type="application/json", CONTENT_LENGTH="5000000000"
        )
        assert response.status_code == 413, path
        assert not list(problem_validator(document, path, method, "413").iter_errors(response.json()))
