from django.core.management.base import BaseCommand

from flagships.reminders import reminder_period_days, send_review_reminders


class Command(BaseCommand):
    help = (
        "Email the owner and contacts of each flagship page overdue for review, once per reminder period. "
        "Safe to run repeatedly (e.g. daily from cron)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--period-days",
            type=int,
            default=None,
            help="Days before the same flagship is reminded again (default: FLAGSHIP_REMINDER_PERIOD_DAYS or 7).",
        )

    def handle(self, *args, period_days=None, **options):
        period = period_days or reminder_period_days()
        sent = send_review_reminders(period_days=period)
        for reminder in sent:
            self.stdout.write(f"reminded {reminder.recipients} (review due {reminder.review_due_on})")
        self.stdout.write(self.style.SUCCESS(f"{len(sent)} reminder(s) sent; period {period} days."))
