from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from tqdm import tqdm

from briefs.months import MonthError, parse_month
from briefs.services import CompositionError, compose_monthly_brief

STEPS = 6


class Command(BaseCommand):
    help = (
        "Draft the monthly brief for Member States for a month (YYYY-MM): completed programmes and major "
        "developments with focal points and figures, donation projects that changed status, the funding summary, "
        "the month's stories and next month's events. Running it again updates the draft and keeps what editors "
        "wrote and dropped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--month", required=True, help="The month to report on, as YYYY-MM (not in the future).")
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar.")

    def handle(self, *args, **options):
        today = timezone.localdate()
        try:
            month = parse_month(options["month"], today)
        except MonthError as error:
            raise CommandError(str(error)) from error
        bar = tqdm(
            total=STEPS,
            desc=f"Composing {month:%Y-%m}",
            unit="step",
            file=self.stderr._out,
            disable=options["no_progress"] or options.get("verbosity", 1) == 0,
        )
        try:
            result = compose_monthly_brief(month, today=today, progress=lambda: bar.update(1))
        except (MonthError, CompositionError) as error:
            raise CommandError(str(error)) from error
        finally:
            bar.close()
        verb = "Drafted" if result.created else "Updated the draft of"
        self.stdout.write(
            self.style.SUCCESS(
                f"{verb} “{result.page.title}”: {result.added} new items, {result.kept} kept, "
                f"{result.dropped} left out because an editor removed them. Review and publish it in the admin "
                f"(page {result.page.pk})."
            )
        )
