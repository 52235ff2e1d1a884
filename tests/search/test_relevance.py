"""The relevance test set (tests/search/relevance.py) on the database backend in
use: SQLite by default, PostgreSQL with DATABASE_URL. Every query's relevant
pages must come first, in every language; docs/search.md reports precision at 5."""

import json
import os

import pytest
from django.db import connection

from tests.search.relevance import evaluate, load_corpus

pytestmark = pytest.mark.django_db


def test_relevant_pages_come_first_in_every_language(home):
    load_corpus(home)
    report = evaluate()
    failures = []
    for code, result in report.items():
        for query, ranked, _p5, relevant in result["cases"]:
            if set(ranked[: len(relevant)]) != set(relevant):
                failures.append(f"{code} {query!r}: expected {sorted(relevant)} first, got {ranked[:5]}")
    if os.environ.get("RELEVANCE_REPORT"):
        summary = {code: round(result["p5"], 3) for code, result in report.items()}
        with open(os.environ["RELEVANCE_REPORT"], "w") as out:
            json.dump({"vendor": connection.vendor, "p5": summary, "report": report}, out, ensure_ascii=False, indent=1)
    assert not failures, "\n".join(failures)
    assert all(result["p5"] == 1.0 for result in report.values())
