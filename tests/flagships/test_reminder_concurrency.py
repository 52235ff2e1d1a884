"""Two cron runs overlapping on PostgreSQL still send one reminder per flagship."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from flagships.models import FlagshipReview, ReviewReminder
from flagships.reminders import send_review_reminders
from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

RUNS = 4


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_overlapping_runs_send_each_reminder_once(restore_wagtail_tree, home):
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL")
    index = FlagshipIndexPageFactory(parent=home)
    for number in range(3):
        page = FlagshipPageFactory(parent=index, contacts=1, slug=f"late-{number}", review_interval_days=30)
        FlagshipReview.objects.create(
            translation_key=page.translation_key, reviewed_at=timezone.now() - timedelta(days=60)
        )
    start = threading.Barrier(RUNS)
    failures = []

    def run():
        try:
            start.wait()
            send_review_reminders()
        except Exception as error:  # reported below; a thread cannot fail the test itself
            failures.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(RUNS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert ReviewReminder.objects.count() == 3
    assert len(mail.outbox) == 3
