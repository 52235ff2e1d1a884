"""A path under /api/v1/ that no endpoint answers is a problem+json 404, as every
other API error is: a client parsing problems never gets an HTML page."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/nonexistent",
        "/api/v1/publications/extra/segments/",
        "/api/v1/preview/..%2f..%2fapi%2fv1%2fhome",
    ],
)
def test_unknown_api_paths_answer_problem_json(client, home, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "not_found" and body["status"] == 404
    assert "/api/v1/openapi.json" in body["detail"]


def test_known_endpoints_still_answer(client, home):
    assert client.get("/api/v1/publications").status_code == 200
