"""Write the last `make fuzz` tally (var/fuzz.json) into docs/security.md.

.venv/bin/python -m bench.fuzz_report var/fuzz.json
"""

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "security.md"
START, END = "<!-- fuzz-result:start -->", "<!-- fuzz-result:end -->"


def render(tally: dict) -> str:
    operations = sorted((k, v) for k, v in tally.items() if k.startswith("GET "))
    statuses = sorted((k.split()[1], v) for k, v in tally.items() if k.startswith("status "))
    lines = [
        START,
        f"Last run: {time.strftime('%Y-%m-%d')}, **{tally.get('cases', 0):,} cases** over {len(operations)} "
        f"operations, **{tally.get('failures', 0)} failures** (server errors, schema violations, wrong status "
        "codes or content types, schema-violating requests accepted).",
        "",
        "| status | answers |",
        "|---|---:|",
        *[f"| {status} | {count:,} |" for status, count in statuses],
        "",
        "| operation | cases |",
        "|---|---:|",
        *[f"| `{name}` | {count:,} |" for name, count in operations],
        END,
    ]
    return "\n".join(lines)


def main(path: str) -> None:
    tally = json.loads(Path(path).read_text())
    text = DOC.read_text(encoding="utf-8")
    before, _, rest = text.partition(START)
    _, _, after = rest.partition(END)
    DOC.write_text(before + render(tally) + after, encoding="utf-8")
    print(render(tally))
    if tally.get("failures"):
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1])
