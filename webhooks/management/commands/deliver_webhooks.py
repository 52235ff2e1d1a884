import time

from django.core.management.base import BaseCommand

from webhooks.outbox import drain


class Command(BaseCommand):
    help = "Deliver due publish webhooks (run from cron every minute, or with --loop as a worker)."

    def add_arguments(self, parser):
        parser.add_argument("--loop", action="store_true", help="keep running, polling every --interval seconds")
        parser.add_argument("--interval", type=float, default=10.0)
        parser.add_argument("--limit", type=int, default=100, help="at most this many deliveries per pass")

    def handle(self, *args, loop, interval, limit, **options):
        while True:
            delivered, failed = drain(limit)
            if delivered or failed or not loop:
                self.stdout.write(f"delivered {delivered}, failed {failed}")
            if not loop:
                return
            time.sleep(interval)
