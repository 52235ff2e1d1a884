"""A parameter that takes one value, sent twice, is a 400 naming it, on every
endpoint; filters, `fields` and `expand` keep taking several values.

Testers sent `?limit=5&limit=500`, `?locale=fr&locale=ar` and `?q=a&q=b`: the
API answered 200 with the last value, so a client building its query string
from two sources never learnt that one of them was ignored."""

import re

import pytest

pytestmark = pytest.mark.django_db


def problem(response) -> dict:
    assert response.status_code == 400, response.content[:500]
    assert response["Content-Type"] == "application/problem+json"
    return response.json()


@pytest.mark.parametrize(
    ("path", "name", "values"),
    [
        ("/api/v1/publications", "limit", ["5", "500"]),
        ("/api/v1/publications", "offset", ["1", "2"]),
        ("/api/v1/stories", "locale", ["fr", "ar"]),
        ("/api/v1/search", "q", ["housing", "water"]),
        ("/api/v1/flagships", "ordering", ["title", "-title"]),
        ("/api/v1/publications", "limit", ["5", "5"]),
    ],
)
def test_a_single_valued_parameter_sent_twice_is_refused_and_named(client, home, path, name, values):
    body = problem(client.get(path, {name: values}))
    assert body["code"] == "repeated_parameter"
    assert body["parameter"] == name
    assert body["params"]["repeated"] == [name] and body["params"]["values"] == values
    assert body["detail"] == f"'{name}' takes one value but was sent {', '.join(map(repr, values))}; send it once."


def test_every_repeated_parameter_is_named(client, home):
    body = problem(client.get("/api/v1/publications", {"offset": ["0", "10"], "limit": ["5", "500"]}))
    assert body["parameter"] == "limit" and body["params"]["repeated"] == ["limit", "offset"]
    assert "'limit'" in body["detail"] and "'offset'" in body["detail"]


def test_the_refusal_is_worded_in_the_requested_language(client, home):
    french = problem(client.get("/api/v1/publications", {"locale": "fr", "limit": ["5", "500"]}))
    assert french["detail"] == (
        "« limit » n'accepte qu'une valeur mais en a reçu plusieurs : '5', '500'. Envoyez-le une seule fois."
    )
    arabic = problem(client.get("/api/v1/publications", {"locale": "ar", "limit": ["5", "500"]}))
    assert arabic["detail"].startswith("'limit' يقبل قيمة واحدة")
    assert arabic["code"] == french["code"] == "repeated_parameter"


def test_two_locales_are_refused_in_the_default_language(client, home):
    """Neither of two locales is the one the client meant: the answer names the
    mistake in English (the default), not in the last locale sent."""
    response = client.get("/api/v1/stories", {"locale": ["fr", "ar"]})
    body = problem(response)
    assert body["parameter"] == "locale"
    assert body["detail"].startswith("'locale' takes one value")
    assert response["Content-Language"] == "en"


def _single_valued_query_parameter(operation: dict) -> str | None:
    for parameter in operation.get("parameters", []):
        schema = parameter["schema"]
        variants = [schema, *schema.get("anyOf", [])]
        if parameter["in"] == "query" and not any(variant.get("type") == "array" for variant in variants):
            return parameter["name"]
    return None


def test_every_endpoint_refuses_a_repeated_single_valued_parameter(client, home):
    """Walks the OpenAPI document: each operation's first single-valued query
    parameter, sent twice, is a 400 `repeated_parameter`, before the endpoint runs."""
    document = client.get("/api/v1/openapi.json").json()
    checked = []
    for path, operations in document["paths"].items():
        url = re.sub(r"\{[^}]+\}", "1", path)
        for method, operation in operations.items():
            name = _single_valued_query_parameter(operation)
            if name is None:
                continue
            query = f"{name}=1&{name}=2"
            if method == "get":
                response = client.get(f"{url}?{query}")
            else:
                response = client.generic(method.upper(), f"{url}?{query}", b"{}", content_type="application/json")
            body = problem(response)
            assert (body["code"], body["parameter"]) == ("repeated_parameter", name), (method, path)
            checked.append(f"{method} {path}")
    assert len(checked) >= 25, checked


def test_multi_valued_filters_fields_and_expand_still_take_several_values(client, home):
    from tests.factories.world import build_world

    world = build_world(home)
    area = world["area"].slug
    repeated = client.get("/api/v1/publications", {"thematic_area": [area, area], "fields": ["title", "id"]})
    comma = client.get("/api/v1/publications", {"thematic_area": f"{area},{area}", "fields": "title,id"})
    assert repeated.status_code == comma.status_code == 200, repeated.content[:300]
    assert repeated.json() == comma.json()
    assert [item["id"] for item in repeated.json()["items"]] == [world["publication"].pk]
    expanded = client.get("/api/v1/flagships", {"expand": ["publications", "body"]})
    assert expanded.status_code == 200
    assert client.get("/api/v1/search", {"q": "drainage", "type": ["publication", "story"]}).status_code == 200
    assert client.get("/api/v1/events", {"audience": ["member-states", "public"]}).status_code == 200
