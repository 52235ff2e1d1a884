import time

from django.core.management.base import BaseCommand, CommandError

from search.backends.active import get_backend


class Command(BaseCommand):
    # Operator-facing (argparse needs plain strings), like Django's own commands.
    help = (
        "Send queued search index changes (publishing, unpublishing, glossary) to Elasticsearch. "
        "Run it from cron every minute, or with --loop as a worker. Exits with an error when "
        "Elasticsearch refused or could not take a change; the change stays queued."
    )

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep running, polling every --interval seconds")
        parser.add_argument("--interval", type=float, default=2.0)
        parser.add_argument("--limit", type=int, default=200, help="changes per bulk pass")
        parser.add_argument("--status", action="store_true", help="show what is waiting and the last builds")

    def handle(self, *args, loop=False, interval=2.0, limit=200, status=False, **options):
        backend = get_backend()
        if backend.name != "elasticsearch":
            self.stdout.write("The database backend reads search documents directly: nothing to send.")
            return
        if status:
            self._status()
            return
        while True:
            sent, errors = self._pass(backend, limit)
            if sent or errors or not loop:
                self.stdout.write(f"sent {sent} changes, {len(errors)} failed passes")
            if not loop:
                if errors:
                    raise CommandError("; ".join(errors))
                return
            time.sleep(interval)

    def _pass(self, backend, limit: int) -> tuple[int, list[str]]:
        sent = 0
        while True:
            result = backend.sync(limit)
            sent += result.sent
            if result.errors or not result.sent:
                return sent, result.errors

    def _status(self):
        from search.elasticsearch.outbox import status
        from search.models import IndexBuild

        state = status()
        self.stdout.write(f"pending changes: {state['pending']} (oldest: {state['oldest_pending'] or '-'})")
        if state["last_error"]:
            self.stdout.write(f"last error: {state['last_error']}")
        for build in IndexBuild.objects.all()[:5]:
            outcome = build.error or (f"{build.documents} documents" if build.finished_at else "running or stopped")
            self.stdout.write(f"{build.started_at:%Y-%m-%d %H:%M:%S} {build.index}: {outcome}")
