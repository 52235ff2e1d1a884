"""Sending an issue from the outbox: at most one email per confirmed subscriber,
even when the worker dies half way and another resumes; a report of every
email that could not be confirmed as sent; nothing to anyone unconfirmed."""

import threading
from collections import Counter
from datetime import date

import pytest
from django.core import mail
from django.db import connection

from briefs.models import Delivery, Subscriber
from briefs.sending import dispatch_reports, drain, queue_issue
from core.demo_support import publish
from tests.briefs.mail_backends import CrashingBackend, WorkerKilled
from tests.factories.briefs import BriefIndexPageFactory

postgres_only = pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL (SKIP LOCKED)")
CONFIRMED, PENDING, UNSUBSCRIBED = (
    Subscriber.Status.CONFIRMED,
    Subscriber.Status.PENDING,
    Subscriber.Status.UNSUBSCRIBED,
)


def make_subscribers(count, prefix, status=CONFIRMED, brief=True, newsletter=False):
    languages = ["en", "fr", "es", "ar", "zh-hans", "ru"]
    Subscriber.objects.bulk_create(
        Subscriber(
            email=f"{prefix}{n}@example.org",
            language=languages[n % len(languages)],
            wants_brief=brief,
            wants_newsletter=newsletter,
            status=status,
        )
        for n in range(count)
    )
    return set(Subscriber.objects.filter(email__startswith=prefix).values_list("email", flat=True))


@pytest.fixture
def issue(home):
    from briefs.models import MonthlyBriefPage

    index = BriefIndexPageFactory(parent=home)
    page = MonthlyBriefPage(title="Monthly brief: May 2024", slug="2024-05", introduction="<p>A good month.</p>")
    page.month = __import__("datetime").date(2024, 5, 1)
    index.add_child(instance=page)
    return publish(page)


@pytest.fixture
def crashing_mail(settings):
    settings.EMAIL_BACKEND = "tests.briefs.mail_backends.CrashingBackend"
    yield CrashingBackend
    CrashingBackend.crash_after = None


def recipients() -> Counter:
    return Counter(address for message in mail.outbox for address in message.to)


@postgres_only
@pytest.mark.postgres
@pytest.mark.slow
@pytest.mark.django_db
def test_5000_subscribers_interrupted_half_way_and_resumed(issue, crashing_mail, settings):
    confirmed = make_subscribers(5000, "member")
    pending = make_subscribers(300, "pending", status=PENDING)
    gone = make_subscribers(200, "gone", status=UNSUBSCRIBED)
    newsletter_only = make_subscribers(100, "reader", brief=False, newsletter=True)

    dispatch, created = queue_issue(issue)
    assert created and dispatch.recipients == 5000

    crashing_mail.crash_after = 2500
    with pytest.raises(WorkerKilled):
        drain(batch_size=200)
    assert len(mail.outbox) == 2500

    # Another worker starts once the dead one's lease has run out (here: at once).
    crashing_mail.crash_after = None
    settings.BRIEFS_SENDING_LEASE_SECONDS = 0
    result = drain(batch_size=200)
    assert result.recovered == (99, 1)  # the rest of the dead worker's batch; the one it was sending

    got = recipients()
    assert max(got.values()) == 1, "somebody got the issue twice"
    assert set(got) <= confirmed
    assert not set(got) & (pending | gone | newsletter_only)

    (report,) = dispatch_reports([dispatch])
    assert report.counts[Delivery.State.SENT] == len(mail.outbox) == 4999
    assert report.not_confirmed == report.counts[Delivery.State.UNKNOWN] == 1 and report.pending == 0
    unconfirmed = set(
        Delivery.objects.filter(dispatch=dispatch)
        .exclude(state=Delivery.State.SENT)
        .values_list("subscriber__email", flat=True)
    )
    # Every confirmed subscriber either got the issue or is reported as not confirmed sent.
    assert unconfirmed == confirmed - set(got) and len(unconfirmed) == 1

    # Running the worker again, or queueing the issue again, sends nothing more.
    again = drain(batch_size=200)
    assert again.sent == 0 and queue_issue(issue) == (dispatch, False)
    assert len(mail.outbox) == 4999


@pytest.mark.django_db
def test_every_email_carries_a_signed_one_click_unsubscribe(issue, client):
    make_subscribers(3, "member")
    queue_issue(issue)
    drain()
    message = mail.outbox[0]
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in message.body and link in message.alternatives[0][0]
    assert link.startswith("http://localhost/")

    # A mail client's one-click POST (RFC 8058) carries no CSRF token and works.
    response = client.post(link.removeprefix("http://localhost"), {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    subscriber = Subscriber.objects.get(email=message.to[0])
    assert subscriber.status == UNSUBSCRIBED and not subscriber.wants_brief


@pytest.mark.django_db
def test_someone_who_unsubscribes_after_queueing_is_skipped(issue):
    make_subscribers(4, "member")
    dispatch, _ = queue_issue(issue)
    Subscriber.objects.filter(email="member0@example.org").update(status=UNSUBSCRIBED, wants_brief=False)
    drain()
    assert "member0@example.org" not in recipients() and len(mail.outbox) == 3
    (report,) = dispatch_reports([dispatch])
    assert report.counts[Delivery.State.SKIPPED] == 1


@pytest.mark.django_db
def test_refused_and_failing_recipients_are_reported(issue, settings):
    import smtplib

    make_subscribers(3, "member")
    dispatch, _ = queue_issue(issue)
    refused = {"member1@example.org": (550, b"No such user")}

    class Refusing(CrashingBackend):
        def send_messages(self, messages):
            if messages[0].to[0] in refused:
                raise smtplib.SMTPRecipientsRefused(refused)
            if messages[0].to[0] == "member2@example.org":
                raise smtplib.SMTPDataError(554, b"Message rejected")
            return super().send_messages(messages)

    settings.EMAIL_BACKEND = f"{__name__}.RefusingBackend"
    globals()["RefusingBackend"] = Refusing
    drain()
    (report,) = dispatch_reports([dispatch])
    assert report.counts[Delivery.State.SENT] == 1
    assert report.counts[Delivery.State.BOUNCED] == 1 and report.counts[Delivery.State.FAILED] == 1
    assert Subscriber.objects.get(email="member1@example.org").bounces == 1


@pytest.mark.django_db
def test_an_unpublished_issue_cannot_be_queued(issue):
    from briefs.sending import NotSendable

    issue.unpublish()
    with pytest.raises(NotSendable):
        queue_issue(issue)


@postgres_only
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_workers_side_by_side_never_send_the_same_email(restore_wagtail_tree, locales):
    from django.db import connections
    from wagtail.models import Page, Site

    from briefs.models import MonthlyBriefPage
    from tests.factories import HomePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-workers")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    index = BriefIndexPageFactory(parent=home)
    # A brief names its month before it may go live (its publish check, on every path).
    page = MonthlyBriefPage(title="Brief", slug="brief", introduction="<p>Hello.</p>", month=date(2024, 5, 1))
    index.add_child(instance=page)
    publish(page)
    make_subscribers(600, "member")
    queue_issue(page)

    errors = []

    def work():
        try:
            drain(batch_size=25)
        except Exception as error:  # reported below; a thread's exception is otherwise lost
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=work) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    got = recipients()
    assert len(got) == 600 and max(got.values()) == 1
