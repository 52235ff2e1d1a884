"""Overdue flagships seen by the people who can fix them: the report, the
dashboard panel and the reminder emails."""

from datetime import date, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from flagships.models import FlagshipReview, ReviewReminder
from flagships.review_queue import review_queue
from tests.factories.flagships import add_contact

pytestmark = pytest.mark.django_db

TODAY = date(2025, 6, 1)


def at(day: date) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day, 9))


def flagship_reviewed_days_ago(make_flagship, days, *, title, owner=None, **kwargs):
    page = make_flagship(title=title, owner=owner, review_interval_days=30, **kwargs)
    FlagshipReview.objects.create(translation_key=page.translation_key, reviewed_at=at(TODAY - timedelta(days=days)))
    return page


@pytest.fixture
def queue(make_flagship, editor):
    return {
        "fresh": flagship_reviewed_days_ago(make_flagship, 5, title="Fresh"),
        "slightly": flagship_reviewed_days_ago(make_flagship, 35, title="Slightly late", owner=editor),
        "badly": flagship_reviewed_days_ago(make_flagship, 200, title="Badly late", owner=editor),
        "soon": flagship_reviewed_days_ago(make_flagship, 29, title="Due soon"),
    }


def test_queue_lists_overdue_first_longest_overdue_on_top(queue):
    with freeze_time(at(TODAY)):
        titles = [row.page.title for row in review_queue()]
    assert titles == ["Badly late", "Slightly late", "Due soon", "Fresh"]


def test_queue_has_one_row_per_programme_not_per_locale(queue, locales, translate, index):
    translate(index, locales["fr"], {})
    translate(queue["badly"], locales["fr"], {"Badly late": "Très en retard"})
    with freeze_time(at(TODAY)):
        titles = [row.page.title for row in review_queue()]
    assert titles.count("Badly late") == 1 and "Très en retard" not in titles


def test_report_shows_overdue_first_with_owner_and_contact(admin_client, queue):
    with freeze_time(at(TODAY)):
        response = admin_client.get(reverse("flagships_review_report"))
    assert response.status_code == 200
    html = response.content.decode()
    positions = [html.index(title) for title in ["Badly late", "Slightly late", "Due soon", "Fresh"]]
    assert positions == sorted(positions)
    assert "Overdue by 170 days" in html
    assert "editor@example.org" in html
    contact = queue["badly"].contacts.get().contact
    assert contact.name in html


def test_report_is_in_the_reports_menu(admin_client, queue):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("flagships_review_report") in html


def test_report_refuses_users_without_page_permissions(client, queue, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("flagships_review_report"))
    assert response.status_code in (302, 403)


def test_dashboard_panel_counts_overdue(admin_client, queue):
    with freeze_time(at(TODAY)):
        html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 flagship pages are overdue for review." in html


def test_reminders_go_to_owner_and_contacts_of_overdue_flagships_only(queue):
    extra = add_contact(queue["badly"], email="second@example.org")
    with freeze_time(at(TODAY)):
        call_command("send_review_reminders")
    assert len(mail.outbox) == 2
    by_subject = {message.subject: message for message in mail.outbox}
    badly = by_subject["Review due: Badly late"]
    assert "editor@example.org" in badly.to
    assert queue["badly"].contacts.first().contact.email in badly.to
    assert extra.contact.email in badly.to
    assert "/admin/pages/" in badly.body and "I have reviewed this content" in badly.body
    assert "Review due: Fresh" not in by_subject and "Review due: Due soon" not in by_subject


def test_reminders_are_idempotent_on_the_same_day(queue):
    with freeze_time(at(TODAY)):
        call_command("send_review_reminders")
        call_command("send_review_reminders")
    assert len(mail.outbox) == 2
    assert ReviewReminder.objects.count() == 2


def test_reminders_repeat_once_per_period(queue):
    def badly_late_reminders():
        return sum(message.subject == "Review due: Badly late" for message in mail.outbox)

    with freeze_time(at(TODAY)):
        call_command("send_review_reminders", period_days=7)
    with freeze_time(at(TODAY + timedelta(days=6))):
        call_command("send_review_reminders", period_days=7)
    assert badly_late_reminders() == 1
    with freeze_time(at(TODAY + timedelta(days=7))):
        call_command("send_review_reminders", period_days=7)
    assert badly_late_reminders() == 2


def test_one_reminder_per_flagship_not_per_locale_copy(queue, locales, translate, index):
    for code in ["fr", "es", "ar"]:
        translate(index, locales[code], {})
        translate(queue["badly"], locales[code], {})
    with freeze_time(at(TODAY)):
        call_command("send_review_reminders")
    assert sorted(message.subject for message in mail.outbox) == ["Review due: Badly late", "Review due: Slightly late"]


def test_reviewing_stops_reminders(queue):
    FlagshipReview.objects.create(translation_key=queue["badly"].translation_key, reviewed_at=at(TODAY))
    with freeze_time(at(TODAY)):
        call_command("send_review_reminders")
    assert [message.subject for message in mail.outbox] == ["Review due: Slightly late"]


def test_failed_send_is_retried_next_run(queue, monkeypatch):
    from django.core.mail import EmailMessage

    def broken(self, *args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(EmailMessage, "send", broken)
    with freeze_time(at(TODAY)), pytest.raises(ConnectionError):
        call_command("send_review_reminders")
    assert not ReviewReminder.objects.exists()
    monkeypatch.undo()
    with freeze_time(at(TODAY)):
        call_command("send_review_reminders")
    assert len(mail.outbox) == 2
