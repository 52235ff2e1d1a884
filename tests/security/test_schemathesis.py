"""Schemathesis against the OpenAPI document: positive and negative cases for every
operation, with checks for server errors, status codes, content types and
response schemas. CI runs FUZZ_EXAMPLES (30) per operation, over 500 cases;
`make fuzz` runs 300 per operation (over 5,000) and writes docs/security.md's result.

Every check runs but "schema-valid request accepted": filter values (thematic
areas, publication types, countries) live in the database, so a string the
schema allows can name nothing, and the API answers 400 with the allowed values,
as documented. Requests outside the schema must still be refused (4xx).
"""

import json
import os
from collections import Counter
from pathlib import Path

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.factories.world import build_world

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "30"))
REPORT = os.environ.get("FUZZ_REPORT")  # a JSON file the fuzz run writes its tally to

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
tally: Counter = Counter()


@pytest.fixture
def world(db, home):
    return build_world(home)


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Schemathesis calls the WSGI application directly, whose request signals close
    "old" connections: inside the test's transaction that is the test's own
    connection (PostgreSQL then answers "the connection is closed"). Django's test
    client disconnects the same receivers for the same reason."""
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not REPORT,  # CI is reproducible; `make fuzz` explores new cases each run
    suppress_health_check=list(HealthCheck),
)
def test_api_answers_every_generated_request_within_its_contract(case, world):
    tally["cases"] += 1
    tally[f"{case.method} {case.path}"] += 1
    response = case.call()
    tally[f"status {response.status_code}"] += 1
    try:
        case.validate_response(response, excluded_checks=[positive_data_acceptance])
    except Exception:
        tally["failures"] += 1
        raise
    finally:
        if REPORT:
            Path(REPORT).write_text(json.dumps(dict(tally), indent=2, sort_keys=True))
