import time

from django.core.management.base import BaseCommand

from briefs import conf
from briefs.sending import drain


class Command(BaseCommand):
    help = (
        "Send the queued briefs and newsletter issues in batches (the worker). Safe to run from cron, in several "
        "processes at once, and again after a crash: nobody is sent the same issue twice."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=conf.batch_size(), help="Emails per batch.")
        parser.add_argument("--max-batches", type=int, default=None, help="Stop after this many batches.")
        parser.add_argument("--loop", action="store_true", help="Keep running, polling for work.")
        parser.add_argument("--interval", type=float, default=30.0, help="Seconds between polls with --loop.")

    def handle(self, *args, **options):
        while True:
            result = drain(batch_size=options["batch_size"], max_batches=options["max_batches"])
            self.stdout.write(
                f"sent {result.sent}, failed {result.failed}, bounced {result.bounced}, "
                f"not confirmed {result.unknown}, skipped {result.skipped}, retrying later {result.retrying}"
            )
            for error in result.errors:
                self.stderr.write(error)
            if not options["loop"]:
                return
            time.sleep(options["interval"])
