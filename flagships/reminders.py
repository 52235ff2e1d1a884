"""Review reminders: one email per overdue flagship per reminder period.

Idempotent through `ReviewReminder`: a flagship reminded within the period is
skipped, so the command may run as often as cron likes. The record and the
email share a transaction, so a failed send is retried on the next run.
"""

import logging
from datetime import date, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from .models import ReviewReminder
from .review import today as current_day
from .review_queue import ReviewRow, overdue_rows

logger = logging.getLogger(__name__)

DEFAULT_PERIOD_DAYS = 7


def reminder_period_days() -> int:
    return getattr(settings, "FLAGSHIP_REMINDER_PERIOD_DAYS", DEFAULT_PERIOD_DAYS)


def _message(row: ReviewRow, recipients: list[str]) -> EmailMessage:
    edit_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[row.page.pk])
    subject = _("Review due: %(title)s") % {"title": row.page.title}
    body = _(
        'The flagship page "%(title)s" was due for review on %(due)s (%(days)d days ago).\n\n'
        "Please check its dates, status, contacts, updates and financial information, then publish it "
        'with "I have reviewed this content" ticked:\n%(url)s\n'
    ) % {
        "title": row.page.title,
        "due": row.state.review_due_on.isoformat(),
        "days": row.state.days_overdue,
        "url": edit_url,
    }
    return EmailMessage(subject=subject, body=body, to=recipients)


def send_review_reminders(*, on: date | None = None, period_days: int | None = None) -> list[ReviewReminder]:
    """Email the owner and contacts of each overdue flagship not reminded within
    `period_days`. Returns the reminders sent in this run."""
    on = on or current_day()
    period_days = period_days or reminder_period_days()
    recently_reminded = set(
        ReviewReminder.objects.filter(sent_on__gt=on - timedelta(days=period_days)).values_list(
            "translation_key", flat=True
        )
    )
    sent = []
    with translation.override(settings.LANGUAGE_CODE):
        for row in overdue_rows():
            key = row.page.translation_key
            if key in recently_reminded:
                continue
            recipients = row.recipients()
            if not recipients:
                logger.warning("Flagship %s is overdue for review but has no owner or contact email.", row.page.pk)
                continue
            try:
                with transaction.atomic():
                    reminder = ReviewReminder.objects.create(
                        translation_key=key,
                        sent_on=on,
                        review_due_on=row.state.review_due_on,
                        recipients=", ".join(recipients),
                    )
                    _message(row, recipients).send()
            except IntegrityError:
                # Another run sent it today.
                continue
            sent.append(reminder)
    return sent
