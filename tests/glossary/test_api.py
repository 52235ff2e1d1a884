"""The glossary API: a list per locale with an ETag, and lookup of one abbreviation."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from glossary.models import Abbreviation
from tests.factories.glossary import AbbreviationFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/glossary"


def test_list_is_the_locale_own_glossary_a_to_z(client, glossary):
    body = client.get(LIST).json()
    assert [item["abbreviation"] for item in body["items"]] == ["COVID-19", "ED", "SDG", "UN-Habitat", "WUF"]
    assert body["count"] == 5
    sdg = body["items"][2]
    assert sdg == {
        "id": glossary["SDG"].pk,
        "abbreviation": "SDG",
        "expansion": "Sustainable Development Goal",
        "description": "",
        "variants": ["SDGs"],
        "locale": "en",
        "translated": True,
        "locales": ["en", "fr"],
    }
    french = client.get(LIST, {"locale": "fr"}).json()
    assert [item["abbreviation"] for item in french["items"]] == ["ODD"]


def test_drafts_are_not_listed(client, glossary):
    AbbreviationFactory(abbreviation="DRAFT", expansion="Not yet", live=False)
    assert "DRAFT" not in [item["abbreviation"] for item in client.get(LIST).json()["items"]]


def test_etag_answers_not_modified_until_the_glossary_changes(client, glossary):
    first = client.get(LIST)
    etag = first["ETag"]
    assert etag
    again = client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again["ETag"] == etag
    assert client.get(LIST, {"locale": "fr"})["ETag"] != etag
    glossary["WUF"].unpublish()
    changed = client.get(LIST, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert "WUF" not in [item["abbreviation"] for item in changed.json()["items"]]


def test_unknown_locale_is_a_problem_naming_the_parameter(client, glossary):
    response = client.get(LIST, {"locale": "xx"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["parameter"] == "locale"
    assert "fr" in response.json()["allowed"]


def test_paging(client, glossary):
    body = client.get(LIST, {"limit": 2, "offset": 2}).json()
    assert [item["abbreviation"] for item in body["items"]] == ["SDG", "UN-Habitat"]
    assert client.get(LIST, {"limit": 0}).status_code == 400


def test_list_query_count_is_the_same_at_5_and_50_entries(client, locales):
    counts = []
    for start, stop in ((0, 5), (5, 50)):
        Abbreviation.objects.bulk_create(
            Abbreviation(abbreviation=f"AB{n}", expansion=f"Term {n}", locale=locales["en"], live=True)
            for n in range(start, stop)
        )
        # The steady state: the first request also reads the next scheduled expiry once.
        client.get(LIST, {"limit": 100})
        with CaptureQueriesContext(connection) as queries:
            body = client.get(LIST, {"limit": 100}).json()
        assert body["count"] == stop
        counts.append(len(queries))
    assert counts[0] == counts[1] == 4  # locales (read once per request), count, page, translations


def test_lookup_by_abbreviation_and_variant(client, glossary):
    assert client.get("/api/v1/glossary/UN-Habitat").json()["expansion"] == "United Nations Human Settlements Programme"
    assert client.get("/api/v1/glossary/SDGs").json()["abbreviation"] == "SDG"


def test_lookup_in_another_locale_gives_its_own_abbreviation(client, glossary):
    body = client.get("/api/v1/glossary/SDG", {"locale": "fr"}).json()
    assert (body["abbreviation"], body["locale"], body["translated"]) == ("ODD", "fr", True)
    fallback = client.get("/api/v1/glossary/WUF", {"locale": "fr"}).json()
    assert (fallback["abbreviation"], fallback["locale"], fallback["translated"]) == ("WUF", "en", False)
    assert fallback["locales"] == ["en"]


def test_lookup_is_case_sensitive_and_unknown_is_a_404_problem(client, glossary):
    response = client.get("/api/v1/glossary/sdg")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"
    assert "capitals included" in response.json()["detail"]


def test_cyrillic_lookup(client, glossary):
    assert client.get("/api/v1/glossary/ООН", {"locale": "ru"}).json()["expansion"] == "Организация Объединённых Наций"
