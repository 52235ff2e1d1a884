"""Run the benchmarks and write docs/benchmarks.md.

    make bench                      # every bench/bench_*.py
    .venv/bin/python -m bench glossary publications   # only those

Each module exposes `run() -> str` (a Markdown section). Benchmarks run against a
throwaway test database on the configured DATABASE_URL (SQLite by default); a
module that needs PostgreSQL says so in its section when it is not available.
Every figure is reported as a ratio against a baseline measured in the same run.
"""

import importlib
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "benchmarks.md"


def main(selected: list[str]) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    modules = sorted(p.stem for p in (ROOT / "bench").glob("bench_*.py"))
    if selected:
        modules = [m for m in modules if m.removeprefix("bench_") in selected]
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    sections = []
    try:
        for name in modules:
            print(f"running {name} ...", flush=True)
            started = time.monotonic()
            module = importlib.import_module(f"bench.{name}")
            section = module.run().strip()
            heading, _, rest = section.partition("\n")
            sections.append(f"{heading}\n\n_Run on {connection.vendor}, {time.strftime('%Y-%m-%d')}._\n{rest}")
            print(f"  done in {time.monotonic() - started:.1f} s", flush=True)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)
    header = (
        "# Benchmarks\n\n"
        f"Written by `make bench` (`.venv/bin/python -m bench [names]`): Python {platform.python_version()}, "
        f"{os.cpu_count()} cores. Each section says which database it ran on; set `DATABASE_URL` to run on "
        "PostgreSQL. Ratios compare against a baseline measured in the same run, so they hold across machines "
        "better than absolute times.\n"
    )
    existing = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() and selected else ""
    OUTPUT.parent.mkdir(exist_ok=True)
    if existing:
        # Replace only the sections that were re-run.
        kept = [s for s in existing.split("\n## ")[1:] if not any(s.startswith(x.split("\n")[0][3:]) for x in sections)]
        body = "\n\n".join(sections + ["## " + s.strip() for s in kept])
    else:
        body = "\n\n".join(sections)
    OUTPUT.write_text(header + "\n" + body + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1:])
