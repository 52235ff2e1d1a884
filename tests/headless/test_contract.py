"""The typed contract: unknown parameters refused, closed lists declared as enums,
search results addressable, one vocabulary of page types."""

import pytest

pytestmark = pytest.mark.django_db


def test_unknown_query_parameters_are_refused_and_named(client, home):
    response = client.get("/api/v1/publications", {"thematic_areas": "housing", "page": "2"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["parameter"] == "page"
    assert "page" in body["detail"] and "thematic_areas" in body["detail"]
    assert {"locale", "limit", "offset", "thematic_area", "type", "year", "keyword"} <= set(body["allowed"])
    assert client.get("/api/v1/publications", {"locale": "fr", "limit": "5"}).status_code == 200
    assert client.get("/api/v1/site", {"lang": "fr"}).status_code == 400


def test_openapi_declares_enums_for_locale_type_status_and_kind(client):
    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert schemas["PageOut"]["properties"]["locale"]["enum"] == ["en", "fr", "es", "ar", "zh-hans", "ru"]
    assert schemas["TranslationOut"]["properties"]["locale"]["enum"][0] == "en"
    assert {"publication", "flagship", "donation_project", "story", "brief", "newsletter", "home"} <= set(
        schemas["PageOut"]["properties"]["type"]["enum"]
    )
    assert set(schemas["SearchResultOut"]["properties"]["type"]["enum"]) >= {"publication", "story"}
    assert set(schemas["FlagshipSummaryOut"]["properties"]["status"]["enum"]) >= {"active"}
    assert schemas["UpdateOut"]["properties"]["kind"]["enum"]
    assert schemas["ProjectSummaryOut"]["properties"]["status"]["enum"]
    assert schemas["ProblemOut"]["properties"]["type"].get("enum") is None


def test_search_results_carry_id_and_api_url(client, home):
    from tests.factories.world import build_world

    world = build_world(home)
    body = client.get("/api/v1/search", {"q": "drainage", "locale": "fr"}).json()
    [result] = [item for item in body["items"] if item["type"] == "publication"]
    assert result["id"] == world["publication"].pk
    assert result["api_url"] == f"/api/v1/publications/{world['publication'].pk}?locale=fr"
    assert client.get(result["api_url"]).status_code == 200


def _validator(document: dict, path: str, method: str, status: str):
    from jsonschema import Draft202012Validator

    schema = document["paths"][path][method]["responses"][status]["content"]
    schema = schema.get("application/json", schema.get("application/problem+json"))["schema"]
    return Draft202012Validator({**schema, "components": document["components"]})


def test_sparse_expanded_and_giving_answers_match_the_openapi_document(client, home, settings):
    """The answers the golden payloads do not cover: `fields=`, `expand=` and the giving endpoint."""
    import json

    from tests.factories.world import build_world

    world = build_world(home)
    document = client.get("/api/v1/openapi.json").json()
    answers = [
        ("/api/v1/publications", "get", "200", client.get("/api/v1/publications?fields=title&expand=documents")),
        ("/api/v1/flagships", "get", "200", client.get("/api/v1/flagships?expand=publications,body")),
        (
            "/api/v1/flagships/{page_id}",
            "get",
            "200",
            client.get(f"/api/v1/flagships/{world['flagship'].pk}?fields=title,publications&expand=publications"),
        ),
    ]
    settings.CORS_ALLOWED_ORIGINS = ["https://www.example.org"]
    gift = {
        "project": world["project"].pk,
        "amount": "20.00",
        "currency": "USD",
        "return_url": "https://www.example.org/thanks",
        "cancel_url": "https://www.example.org/give",
    }
    for status, body in (("201", gift), ("400", {**gift, "currency": "EUR"})):
        response = client.post("/api/v1/donate/gifts", json.dumps(body), content_type="application/json")
        answers.append(("/api/v1/donate/gifts", "post", status, response))
    for path, method, status, response in answers:
        assert str(response.status_code) == status, response.content
        errors = list(_validator(document, path, method, status).iter_errors(response.json()))
        assert not errors, (path, [error.message for error in errors[:3]])


@pytest.mark.parametrize(
    ("path", "code", "params"),
    [
        ("/api/v1/publications?ordering=popularity", "unknown_value", {"parameter": "ordering", "value": "popularity"}),
        ("/api/v1/publications?page=2", "unknown_parameter", {"parameter": "page", "unknown": ["page"]}),
        ("/api/v1/publications?limit=0", "invalid_value", {"parameter": "limit"}),
        ("/api/v1/publications?fields=colour", "unknown_value", {"parameter": "fields", "value": "colour"}),
        ("/api/v1/events?from=2030-01-02&to=2030-01-01", "conflicting_values", {"parameter": "to"}),
        ("/api/v1/preview/no-such-token", "expired", {"parameter": "token"}),
        ("/api/v1/publications/999999", "not_found", {}),
    ],
)
def test_problems_carry_a_stable_code_and_its_params(client, home, path, code, params):
    from core.problems import PROBLEM_CODES

    body = client.get(path).json()
    assert body["code"] == code and code in PROBLEM_CODES
    assert params.items() <= body["params"].items()


def test_a_refused_gift_names_the_giving_rule(client, home, settings):
    import json

    from tests.factories.world import build_world

    world = build_world(home)
    settings.CORS_ALLOWED_ORIGINS = ["https://www.example.org"]
    gift = {
        "project": world["project"].pk,
        "amount": "20.00",
        "currency": "EUR",
        "return_url": "https://www.example.org/thanks",
        "cancel_url": "https://www.example.org/give",
    }
    body = client.post("/api/v1/donate/gifts", json.dumps(gift), content_type="application/json").json()
    assert (body["code"], body["params"]) == ("gift_refused", {"parameter": "currency", "reason": "wrong_currency"})


def test_openapi_lists_the_problem_codes(client):
    from core.problems import PROBLEM_CODES

    schemas = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert schemas["ProblemOut"]["properties"]["code"]["enum"] == list(PROBLEM_CODES)


def test_search_answers_match_the_openapi_document_for_every_type(client, home):
    """Every searchable type comes back with a `type` of the enum (the home page
    as `home`, the same name as everywhere else), and the filter takes it."""
    from search.sync import rebuild_all
    from tests.factories.world import build_world

    build_world(home)
    home.hero_text = "Housing for every city."
    home.save_revision().publish()
    rebuild_all()
    document = client.get("/api/v1/openapi.json").json()
    validator = _validator(document, "/api/v1/search", "get", "200")
    declared = set(document["components"]["schemas"]["SearchResultOut"]["properties"]["type"]["enum"])
    seen = set()
    for q in ("housing", "drainage", "resilient", "water", "beira", "forum", "african", "brief", "urban", "cities"):
        body = client.get("/api/v1/search", {"q": q, "limit": 100}).json()
        assert not list(validator.iter_errors(body)), q
        seen |= {item["type"] for item in body["items"]}
    assert "home" in seen and seen <= declared
    (result,) = client.get("/api/v1/search", {"q": "housing", "type": "home"}).json()["items"]
    assert (result["type"], result["id"]) == ("home", home.pk)
