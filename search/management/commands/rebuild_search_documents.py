import sys

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from search.backends.active import get_backend
from search.elasticsearch.lifecycle import RebuildFailed
from search.sync import rebuild_all


def progress_bar(stream, label: str):
    """A one-line progress bar on a terminal; silent elsewhere (logs, tests)."""

    def show(done: int, total: int):
        if not getattr(stream, "isatty", lambda: False)():
            return
        width = 30
        filled = int(width * done / total) if total else width
        stream.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


class Command(BaseCommand):
    # Operator-facing (argparse needs plain strings), like Django's own commands.
    help = (
        "Rebuild every search document from the live, public pages, then the search backend's index "
        "(Elasticsearch: a new index swapped in behind the alias, without downtime)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--index-only", action="store_true", help="Skip the documents; rebuild only the backend's index."
        )

    def handle(self, *args, index_only=False, verbosity=1, **options):
        if not index_only:
            count = rebuild_all(progress=progress_bar(sys.stdout, _("Documents")) if verbosity else None)
            if verbosity:
                self.stdout.write(_("%(count)s search documents.") % {"count": count})
        backend = get_backend()
        try:
            message = backend.rebuild(progress=progress_bar(sys.stdout, _("Index")) if verbosity else None)
        except RebuildFailed as error:
            raise CommandError(str(error)) from error
        if verbosity and message:
            self.stdout.write(message)
