"""The typed client a front-end team would generate (openapi-typescript) compiles
against a small consumer kept here (tests/headless/typescript/consumer.ts), which
narrows body blocks by `type`; a copy that reads another block's value does not
compile. Needs `make e2e-deps` (openapi-typescript and typescript from package.json)."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / "node_modules" / ".bin"
CONSUMER = Path(__file__).parent / "typescript" / "consumer.ts"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not (BIN / "tsc").exists() or not (BIN / "openapi-typescript").exists() or shutil.which("node") is None,
        reason="node with openapi-typescript and typescript (make e2e-deps)",
    ),
]


def _run(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, timeout=600)


def test_the_generated_client_compiles_against_the_consumer_and_catches_a_wrong_block(client, tmp_path):
    (tmp_path / "openapi.json").write_text(json.dumps(client.get("/api/v1/openapi.json").json()))
    generated = _run(
        str(BIN / "openapi-typescript"), str(tmp_path / "openapi.json"), "-o", str(tmp_path / "schema.d.ts")
    )
    assert generated.returncode == 0, generated.stderr

    source = CONSUMER.read_text()
    # The same consumer, but reading a quote's fields from a text block.
    wrong = source.replace('case "quote":\n      return `<blockquote>', 'case "text":\n      return `<blockquote>')
    assert wrong != source
    (tmp_path / "consumer.ts").write_text(source)
    (tmp_path / "wrong.ts").write_text(wrong)
    # One compiler run for both files (tsc is slow to start): only the wrong one may fail.
    result = _run(
        str(BIN / "tsc"),
        "--noEmit",
        "--strict",
        "--target",
        "es2020",
        "--module",
        "es2020",
        "--moduleResolution",
        "node",
        str(tmp_path / "consumer.ts"),
        str(tmp_path / "wrong.ts"),
    )
    errors = result.stdout + result.stderr
    failing = set(re.findall(r"(\w+)\.ts\(\d+,\d+\): error", errors))
    assert failing == {"wrong"}, errors
    assert "Property 'quote' does not exist on type 'string'" in errors
