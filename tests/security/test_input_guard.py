"""No input ends in a 500: integers past 64 bits and control characters, on every
kind of route (API parameters and ids, reference pages, beacons, the giving
form, Wagtail's own views). Schemathesis (test_schemathesis.py) covers the API
exhaustively; these pin the cases it first found and the non-API routes."""

import json

import pytest

from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

HUGE = str(2**64)
HUGE_NEGATIVE = str(-(2**64))


@pytest.fixture
def publication(home):
    index = PublicationIndexPageFactory(parent=home)
    return PublicationPageFactory(parent=index)


def problem(response) -> dict:
    assert response["Content-Type"] == "application/problem+json"
    return json.loads(response.content)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/pages/find?path=%00",
        "/api/v1/pages/find?path=/about/%01",
        "/api/v1/search?q=housing%00",
        "/api/v1/search?q=a&type=%1f",
        "/api/v1/glossary/SDG%00",
        "/api/v1/publications?keyword=%7f",
        "/api/v1/home?locale=en%00",
        "/api/v1/preview/abc%00def",
    ],
)
def test_api_refuses_control_characters_with_a_problem(client, home, url):
    response = client.get(url)
    assert response.status_code == 400
    body = problem(response)
    assert "control character" in body["detail"]


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        (f"/api/v1/publications?offset={HUGE}", "offset"),
        (f"/api/v1/publications?limit={HUGE}", "limit"),
        (f"/api/v1/publications?offset={HUGE_NEGATIVE}", "offset"),
        (f"/api/v1/publications?year={HUGE}", "year"),
        (f"/api/v1/search?q=city&offset={HUGE}", "offset"),  # past search's 10,000 window
        (f"/api/v1/search/autocomplete?q=ci&limit={HUGE}", "limit"),
        (f"/api/v1/flagships?offset={HUGE}", "offset"),
        (f"/api/v1/glossary?offset={HUGE}", "offset"),
        (f"/api/v1/thematic-areas?offset={HUGE}", "offset"),
        (f"/api/v1/publications/{HUGE}", "page_id"),
        (f"/api/v1/flagships/{HUGE}", "page_id"),
        (f"/api/v1/donate/projects/{HUGE}", "page_id"),
    ],
)
def test_api_refuses_integers_past_64_bits_naming_the_parameter(client, home, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert problem(response)["parameter"] == parameter


def test_largest_64_bit_values_are_answered_not_crashed(client, home):
    largest = str(2**63 - 1)
    assert client.get(f"/api/v1/publications?offset={largest}").status_code == 200
    deep = client.get(f"/api/v1/search?q=city&offset={largest}")
    assert deep.status_code == 400 and "10,000" in problem(deep)["detail"]
    assert client.get(f"/api/v1/publications/{largest}").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        f"/beacon/publications/{HUGE}/",
        f"/downloads/publications/{HUGE}/",
        f"/documents/{HUGE}/report.pdf",
        f"/giving/give/{HUGE}/",
        f"/_util/authenticate_with_password/{HUGE}/{HUGE}/",
    ],
)
def test_ids_past_64_bits_in_reference_routes_are_not_found(client, home, url):
    posted = "give" in url or "beacon" in url
    response = client.post(url, HTTP_ORIGIN="http://testserver") if posted else client.get(url)
    assert response.status_code == 404


def test_admin_routes_with_huge_ids_are_not_found(admin_client, home):
    assert admin_client.get(f"/admin/pages/{HUGE}/edit/").status_code == 404


@pytest.mark.parametrize("page", [HUGE, "-" + HUGE, "99999999999999999999", "abc", "0"])
def test_search_page_number_is_bounded(client, home, page):
    response = client.get(f"/search/?q=city&page={page}")
    assert response.status_code == 200


def test_publication_index_year_is_bounded(client, publication):
    index = publication.get_parent()
    response = client.get(f"{index.url}?year={HUGE}")
    assert response.status_code == 200


@pytest.mark.parametrize("url", ["/search/?q=%00", "/search/?q=city&type=%00", "/publications/%00/", "/%01/"])
def test_reference_pages_refuse_control_characters(client, home, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "not allowed" in response.content.decode()


def test_openapi_document_bounds_every_integer_parameter_and_string(client):
    document = client.get("/api/v1/openapi.json").json()
    integers = strings = 0
    for path, operations in document["paths"].items():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                for schema in [parameter["schema"], *parameter["schema"].get("anyOf", [])]:
                    if schema.get("type") == "integer":
                        integers += 1
                        assert schema["minimum"] >= -(2**63) and schema["maximum"] <= 2**63 - 1, (path, parameter)
                    if schema.get("type") == "string":
                        strings += 1
                        assert "pattern" in schema, (path, parameter)
    assert integers >= 10 and strings >= 10
