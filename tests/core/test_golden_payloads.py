"""Whole API answers pinned per content type (golden JSON files in tests/core/golden/),
each validated against the OpenAPI document's schema for that operation.

After an intended change: `UPDATE_SNAPSHOTS=1 pytest tests/core/test_golden_payloads.py`,
then review the diff. Ids, dates of publication and other per-run values are
replaced by placeholders before comparing.
"""

import json
import os
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from tests.factories.world import build_world

pytestmark = pytest.mark.django_db

GOLDEN = Path(__file__).parent / "golden"
VOLATILE_KEYS = {
    "id",
    "page_id",
    "last_published_at",
    "first_published_at",
    "translation_key",
    "expires_at",
    "cursor",
    "occurred_at",
}
_ID_IN_PATH = re.compile(r"/\d+(?=/|\?|$)")
# Storage adds a random suffix to a file name already taken in MEDIA_ROOT ("example_b2KriZn.jpg").
_STORAGE_SUFFIX = re.compile(r"(/media/[\w/-]+?)_[A-Za-z0-9]{7}(?=\.)")
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})?$")


def normalise(value, key=None):
    if isinstance(value, dict):
        return {name: normalise(item, name) for name, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if key in VOLATILE_KEYS and value is not None:
        return f"<{key}>"
    if isinstance(value, str):
        if _TIMESTAMP.match(value):
            return "<timestamp>"
        return _STORAGE_SUFFIX.sub(r"\1", _ID_IN_PATH.sub("/<id>", value))
    return value


@pytest.fixture
def world(home):
    return build_world(home)


def cases(world) -> dict:
    """Golden file name → (OpenAPI path, request path, query)."""
    return {
        "locales": ("/api/v1/locales", "/api/v1/locales", {}),
        "page_find": ("/api/v1/pages/find", "/api/v1/pages/find", {"path": "/publications/financing-urban-drainage/"}),
        "home": ("/api/v1/home", "/api/v1/home", {}),
        "thematic_areas": ("/api/v1/thematic-areas", "/api/v1/thematic-areas", {}),
        "thematic_area": ("/api/v1/thematic-areas/{slug}", "/api/v1/thematic-areas/housing", {}),
        "contacts": ("/api/v1/contacts", "/api/v1/contacts", {}),
        "glossary": ("/api/v1/glossary", "/api/v1/glossary", {}),
        "glossary_term": ("/api/v1/glossary/{abbreviation}", "/api/v1/glossary/SDG", {}),
        "publications": ("/api/v1/publications", "/api/v1/publications", {}),
        "publication": (
            "/api/v1/publications/{page_id}",
            f"/api/v1/publications/{world['publication'].pk}",
            {"locale": "fr"},
        ),
        "flagships": ("/api/v1/flagships", "/api/v1/flagships", {}),
        "flagship": ("/api/v1/flagships/{page_id}", f"/api/v1/flagships/{world['flagship'].pk}", {}),
        "donate": ("/api/v1/donate", "/api/v1/donate", {}),
        "donate_thematic_areas": ("/api/v1/donate/thematic-areas", "/api/v1/donate/thematic-areas", {}),
        "donation_project": (
            "/api/v1/donate/projects/{page_id}",
            f"/api/v1/donate/projects/{world['project'].pk}",
            {},
        ),
        "stories": ("/api/v1/stories", "/api/v1/stories", {}),
        "story": ("/api/v1/stories/{page_id}", f"/api/v1/stories/{world['story'].pk}", {}),
        "events": ("/api/v1/events", "/api/v1/events", {}),
        "event": ("/api/v1/events/{page_id}", f"/api/v1/events/{world['event'].pk}", {"locale": "fr"}),
        "meetings": ("/api/v1/meetings", "/api/v1/meetings", {}),
        "meeting": ("/api/v1/meetings/{page_id}", f"/api/v1/meetings/{world['meeting'].pk}", {}),
        "briefs": ("/api/v1/briefs", "/api/v1/briefs", {}),
        "brief": ("/api/v1/briefs/{page_id}", f"/api/v1/briefs/{world['brief'].pk}", {}),
        "newsletters": ("/api/v1/newsletters", "/api/v1/newsletters", {}),
        "newsletter": ("/api/v1/newsletters/{page_id}", f"/api/v1/newsletters/{world['newsletter'].pk}", {}),
        "search": ("/api/v1/search", "/api/v1/search", {"q": "drainage"}),
        "search_autocomplete": ("/api/v1/search/autocomplete", "/api/v1/search/autocomplete", {"q": "fin"}),
        "site": ("/api/v1/site", "/api/v1/site", {"locale": "fr"}),
        "changes": ("/api/v1/changes", "/api/v1/changes", {"limit": "3"}),
        "redirects": ("/api/v1/redirects", "/api/v1/redirects", {}),
        "section": (
            "/api/v1/sections/{page_id}",
            f"/api/v1/sections/{world['publication'].get_parent().pk}",
            {},
        ),
    }


def response_validator(document: dict, openapi_path: str) -> Draft202012Validator:
    """The 200 schema of the operation, with the document's components beside it so
    that its `#/components/...` references resolve (OpenAPI 3.1 schemas are JSON Schema 2020-12)."""
    schema = document["paths"][openapi_path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    return Draft202012Validator({**schema, "components": document["components"]})


def test_every_get_operation_has_a_golden_payload(client, world):
    document = client.get("/api/v1/openapi.json").json()
    covered = {openapi_path for openapi_path, _, _ in cases(world).values()}
    # Previews answer drafts behind a token: tests/core/test_headless_preview.py pins them.
    readable = {path for path, operations in document["paths"].items() if "get" in operations}
    assert readable - covered == {"/api/v1/preview/{token}"}


NAMES = [
    "locales", "page_find", "home", "thematic_areas", "thematic_area", "contacts", "glossary", "glossary_term",
    "publications", "publication", "flagships", "flagship", "donate", "donate_thematic_areas", "donation_project",
    "stories", "story", "events", "event", "meetings", "meeting", "briefs", "brief", "newsletters", "newsletter",
    "search", "search_autocomplete", "site", "section", "changes", "redirects",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_payload_matches_golden_file_and_openapi_schema(client, world, name):
    openapi_path, url, query = cases(world)[name]
    response = client.get(url, query)
    assert response.status_code == 200, response.content
    payload = response.json()
    document = client.get("/api/v1/openapi.json").json()
    errors = sorted(response_validator(document, openapi_path).iter_errors(payload), key=str)
    assert not errors, [f"{list(error.absolute_path)}: {error.message}" for error in errors[:5]]
    rendered = json.dumps(normalise(payload), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    golden = GOLDEN / f"{name}.json"
    if os.environ.get("UPDATE_SNAPSHOTS"):
        GOLDEN.mkdir(exist_ok=True)
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), "no golden file yet: run with UPDATE_SNAPSHOTS=1 and commit it"
    assert rendered == golden.read_text(encoding="utf-8"), f"{name}: API payload changed; review and update"
