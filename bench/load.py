"""`make load`: 60 s at 64 connections on gunicorn (4 workers), PostgreSQL and Redis.

The resident memory of each gunicorn worker is sampled from /proc during the run
and reported as its maximum (goal: at most 200 MB per worker).

The mix a public site sees: an API listing, a publication's reference page and
search (API), rotated per request. Setup: a database of its own (LOAD_DATABASE_URL,
created if missing), migrated and loaded with the demo content, and a Redis
database of its own (LOAD_REDIS_URL) for the shared cache. The load comes from wrk
(`apt-get install wrk`); without it, a Python generator (threads, keep-alive) is
used and the report says so. A 15 s run against /healthz/ (a database round
trip through the same stack) is the baseline the mix is compared with.
Writes the "Load" section of docs/benchmarks.md.
"""

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "docs" / "benchmarks.md"
DURATION = int(os.environ.get("LOAD_SECONDS", "60"))
CONNECTIONS = int(os.environ.get("LOAD_CONNECTIONS", "64"))
WORKERS = int(os.environ.get("LOAD_WORKERS", "4"))
# Threads per worker: a request waiting on PostgreSQL releases the interpreter to another.
THREADS = int(os.environ.get("LOAD_THREADS", "4"))
DATABASE_URL = os.environ.get("LOAD_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/outreach_load")
REDIS_URL = os.environ.get("LOAD_REDIS_URL", "redis://127.0.0.1:6379/13")
SEARCH_TERMS = ["housing", "water", "cities", "climate", "urban", "finance", "land", "waste", "energy", "health"]

WRK_SCRIPT = """
local paths = {%(paths)s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
done = function(summary, latency, requests)
  io.write(string.format(
    "RESULT {\\"requests\\": %%d, \\"seconds\\": %%f, \\"connect\\": %%d, \\"read\\": %%d, \\"write\\": %%d, "
    .. "\\"timeout\\": %%d, \\"status\\": %%d, \\"p50\\": %%f, \\"p95\\": %%f, \\"p99\\": %%f}\\n",
    summary.requests, summary.duration / 1e6, summary.errors.connect, summary.errors.read, summary.errors.write,
    summary.errors.timeout, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000))
end
"""


def environment() -> dict:
    return {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": "load",
        "DJANGO_SECRET_KEY": "load-test-only-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_CONN_MAX_AGE": "60",
        "LOG_LEVEL": "ERROR",
        # A load test gives nothing; the sandbox is allowed as on a staging site.
        "DONATE_ALLOW_SANDBOX": "true",
    }


def prepare(env: dict) -> None:
    name = DATABASE_URL.rsplit("/", 1)[-1]
    exists = subprocess.run(
        [
            "psql",
            DATABASE_URL.rsplit("/", 1)[0] + "/postgres",
            "-tAc",
            f"SELECT 1 FROM pg_database WHERE datname='{name}'",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if not exists:
        subprocess.run(
            ["psql", DATABASE_URL.rsplit("/", 1)[0] + "/postgres", "-qc", f"CREATE DATABASE {name}"], check=True
        )
    manage = [sys.executable, "manage.py"]
    dev = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], cwd=ROOT, env=dev, check=True)
    subprocess.run([*manage, "load_demo_content"], cwd=ROOT, env=dev, check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["redis-cli", "-u", REDIS_URL, "FLUSHDB"], check=True, stdout=subprocess.DEVNULL)


def publication_path(env: dict) -> str:
    code = (
        "import django; django.setup(); from publications.models import PublicationPage as P; "
        "from core.delivery import public_pages; print(public_pages(P).filter(locale__language_code='en')"
        ".order_by('pk').first().url_path.split('/', 2)[-1])"
    )
    dev = {**env, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=dev, capture_output=True, text=True, check=True)
    return "/" + out.stdout.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "config.wsgi:application",
            "--workers",
            str(WORKERS),
            "--worker-class",
            "gthread",
            "--threads",
            str(THREADS),
            "--bind",
            f"127.0.0.1:{port}",
            "--keep-alive",
            "30",
            "--backlog",
            "2048",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "config.settings.production"},
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/", timeout=2)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("gunicorn did not answer /healthz/ within a minute")


def run_wrk(port: int, paths: list[str], seconds: int, connections: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT % {"paths": ", ".join(json.dumps(p) for p in paths)})
    threads = min(connections, 2)
    out = subprocess.run(
        [
            "wrk",
            "-t",
            str(threads),
            "-c",
            str(connections),
            "-d",
            f"{seconds}s",
            "--timeout",
            "10s",
            "-s",
            script.name,
            f"http://127.0.0.1:{port}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script.name)
    result = json.loads(next(line for line in out.splitlines() if line.startswith("RESULT "))[7:])
    result["errors"] = sum(result[k] for k in ("connect", "read", "write", "timeout", "status"))
    result["tool"] = "wrk"
    return result


def run_python(port: int, paths: list[str], seconds: int, connections: int) -> dict:
    """Fallback generator: one keep-alive connection per thread."""
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(offset: int):
        connection = HTTPConnection("127.0.0.1", port, timeout=10)
        mine, failed, index = [], 0, offset
        while time.monotonic() < deadline:
            path = paths[index % len(paths)]
            index += 1
            started = time.monotonic()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    failed += 1
            except OSError:
                failed += 1
                connection.close()
                connection = HTTPConnection("127.0.0.1", port, timeout=10)
                continue
            mine.append(time.monotonic() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    started = time.monotonic()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "requests": len(latencies) + errors[0],
        "seconds": elapsed,
        "errors": errors[0],
        "tool": "python",
        "p50": cuts[49] * 1000,
        "p95": cuts[94] * 1000,
        "p99": cuts[98] * 1000,
    }


def worker_pids(master: int) -> list[int]:
    """The gunicorn workers: the processes whose parent is the master (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # gone since the listing
            continue
        # The command name is in parentheses and may hold spaces: the fields after it are fixed.
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        if parent == master:
            found.append(int(entry.name))
    return sorted(found)


def rss_mb(pid: int) -> float | None:
    """Resident memory of `pid` in MB (VmRSS), None once it has exited."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class RssSampler(threading.Thread):
    """Samples the resident memory of every gunicorn worker every `interval` seconds
    while the load runs, keeping each worker's maximum (a worker replaced during
    the run is a new pid, with its own maximum)."""

    def __init__(self, master: int, interval: float = 0.5):
        super().__init__(daemon=True)
        self.master = master
        self.interval = interval
        self.peaks: dict[int, float] = {}
        self.samples = 0
        self._done = threading.Event()

    def run(self):
        while not self._done.is_set():
            for pid in worker_pids(self.master):
                value = rss_mb(pid)
                if value is not None:
                    self.peaks[pid] = max(value, self.peaks.get(pid, 0.0))
            self.samples += 1
            self._done.wait(self.interval)

    def stop(self) -> dict[int, float]:
        self._done.set()
        self.join(timeout=5)
        return self.peaks


def status_of(port: int, path: str) -> int:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
        return response.status


RSS_GOAL_MB = 200


def memory_text(peaks: dict[int, float], samples: int) -> str:
    if not peaks:
        return "Worker memory: no worker was found to sample.\n"
    highest = max(peaks.values())
    verdict = "met" if highest <= RSS_GOAL_MB else "not met"
    rows = "\n".join(f"| {pid} | {value:.0f} |" for pid, value in sorted(peaks.items()))
    return (
        f"Worker memory: the resident set (VmRSS, from /proc) of each gunicorn worker, sampled every 0.5 s "
        f"during the mix ({samples} samples); the highest value each worker reached.\n\n"
        "| worker pid | max RSS (MB) |\n|---:|---:|\n" + rows + "\n\n"
        f"**Max RSS per worker: {highest:.0f} MB** (goal ≤ {RSS_GOAL_MB} MB: {verdict}).\n"
    )


def section(mix: dict, baseline: dict, paths: dict, memory: str = "") -> str:
    def rate(result):
        return result["requests"] / result["seconds"]

    tool = "wrk 4" if mix["tool"] == "wrk" else "a Python thread-per-connection generator (wrk not installed)"
    rows = [
        f"| {name} | {r['requests']:,} | {rate(r):,.0f} | {r['p50']:.1f} | {r['p95']:.1f} | {r['p99']:.1f} | "
        f"{r['errors']} | {rate(r) / rate(baseline):.2f}× |"
        for name, r in ((f"mix ({DURATION} s, {CONNECTIONS} connections)", mix), ("baseline: /healthz/", baseline))
    ]
    return (
        "## Load\n\n"
        f"`make load` (bench/load.py): gunicorn with {WORKERS} workers of {THREADS} threads (production "
        "settings), PostgreSQL, "
        f"Redis as the shared cache, the demo content; {CONNECTIONS} keep-alive connections for {DURATION} s "
        f"from {tool} on the same 2-core machine (client and server share the cores). Each connection cycles "
        f"through an API listing (`{paths['listing']}`), a publication's reference page (`{paths['page']}`) and "
        f"API search over {len(SEARCH_TERMS)} terms (`{paths['search']}`). Anonymous API answers come from the "
        "Redis cache after their first request, as in production; the page is rendered each time. Errors count "
        "socket errors, timeouts and answers of 4xx/5xx.\n\n"
        "| run | requests | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | errors | vs baseline |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|\n" + "\n".join(rows) + "\n\n"
        f"**{mix['errors']} errors** in {mix['requests']:,} requests; {rate(mix):,.0f} requests/s at p95 "
        f"{mix['p95']:.0f} ms. The baseline is a 15 s run at the same concurrency against `/healthz/` (one "
        "database round trip through the whole middleware stack).\n" + (f"\n{memory}" if memory else "")
    )


def write_section(text: str) -> None:
    existing = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else "# Benchmarks\n"
    parts = existing.split("\n## ")
    kept = [parts[0].rstrip()] + ["## " + p.strip() for p in parts[1:] if not p.startswith("Load\n")]
    dated = text.replace("## Load\n\n", f"## Load\n\n_Run on postgresql, {time.strftime('%Y-%m-%d')}._\n\n", 1)
    OUTPUT.write_text("\n\n".join(kept + [dated.strip()]) + "\n", encoding="utf-8")


def main() -> None:
    env = environment()
    print("preparing the database and the demo content ...", flush=True)
    prepare(env)
    paths = {
        "listing": "/api/v1/publications?locale=en&limit=20",
        "page": publication_path(env),
        "search": "/api/v1/search?q={term}",
    }
    mix = [paths["listing"], paths["page"]] + [f"/api/v1/search?q={term}" for term in SEARCH_TERMS]
    # Interleave so that every third request is a listing, a page or a search.
    rotation = []
    for term in SEARCH_TERMS:
        rotation += [paths["listing"], paths["page"], f"/api/v1/search?q={term}"]
    port = free_port()
    server = start_server(env, port)
    try:
        for path in set(mix):
            assert status_of(port, path) == 200, path
        run = run_wrk if shutil.which("wrk") else run_python
        print(f"load: {DURATION} s at {CONNECTIONS} connections ...", flush=True)
        sampler = RssSampler(server.pid)
        sampler.start()
        try:
            result = run(port, rotation, DURATION, CONNECTIONS)
        finally:
            peaks = sampler.stop()
        print("baseline: 15 s against /healthz/ ...", flush=True)
        baseline = run(port, ["/healthz/"], 15, CONNECTIONS)
    finally:
        server.terminate()
        server.wait(timeout=30)
    text = section(result, baseline, paths, memory_text(peaks, sampler.samples))
    write_section(text)
    print(text)
    if result["errors"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
