"""Sending an issue: a durable outbox of one row per recipient, drained in batches.

States of a delivery row and why (the point is "at most once" per recipient):

    queued ──claim──▶ claimed ──mark──▶ sending ──server accepted──▶ sent
                         │                 ├──recipient refused──▶ bounced
                         │                 ├──5xx / gave up──────▶ failed
                         │                 ├──4xx────────────────▶ queued (later, with backoff)
                         │                 └──connection lost────▶ unknown
                         └── worker died before trying: back to queued (on recovery)

A row is marked `sending` in its own committed statement just before the message
goes to the mail server. A worker that dies leaves at most one row per worker in
`sending`; on recovery (after the lease) those become `unknown`, are reported as
not confirmed, and are never retried, since the server may have accepted them.
Rows it had claimed but not started are simply queued again. Claims use
`SELECT … FOR UPDATE SKIP LOCKED` where the database has it (PostgreSQL), so
workers running side by side never claim the same row.
"""

import logging
import smtplib
import uuid
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from core.delivery import public_pages

from .emails import UNSUBSCRIBE_PLACEHOLDER, EmailContent, render_issue_email, site_base_url
from .models import Audience, Delivery, Dispatch, MonthlyBriefPage, Subscriber
from .subscriptions import unsubscribe_url

logger = logging.getLogger(__name__)
State = Delivery.State


def lease() -> timedelta:
    """How long a claimed row belongs to its worker before it counts as abandoned."""
    return timedelta(seconds=getattr(settings, "BRIEFS_SENDING_LEASE_SECONDS", 900))


def max_attempts() -> int:
    return getattr(settings, "BRIEFS_SENDING_MAX_ATTEMPTS", 5)


def list_domain() -> str:
    return settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip("> ") or "localhost"


class NotSendable(Exception):
    """The page cannot be sent (not live, not public, not an issue)."""


def audience_of(page) -> str:
    return Audience.BRIEF if isinstance(page, MonthlyBriefPage) else Audience.NEWSLETTER


def queue_issue(page, user=None) -> tuple[Dispatch, bool]:
    """Queue a live issue for every confirmed subscriber of its audience.

    One dispatch per issue (by translation key): queueing it again returns the
    existing dispatch and adds nobody, so nobody can get the same issue twice.
    Returns (dispatch, created).
    """
    page = page.specific
    if not hasattr(page, "email_audience") or not page.email_audience:
        raise NotSendable("Only monthly briefs and newsletter issues can be sent.")
    if not public_pages().filter(pk=page.pk).exists():
        raise NotSendable("Publish the issue (publicly) before sending it.")
    audience = audience_of(page)
    with transaction.atomic():
        dispatch, created = Dispatch.objects.get_or_create(
            translation_key=page.translation_key,
            defaults={"page": page, "audience": audience, "created_by": user},
        )
        if not created:
            return dispatch, False
        now = timezone.now()
        recipients = Subscriber.objects.wanting(audience).values_list("pk", "language").order_by("pk")
        rows = (
            Delivery(dispatch=dispatch, subscriber_id=pk, language=language, next_attempt_at=now)
            for pk, language in recipients.iterator(chunk_size=2000)
        )
        created_rows = Delivery.objects.bulk_create(rows, batch_size=1000, ignore_conflicts=True)
        dispatch.recipients = len(created_rows)
        dispatch.save(update_fields=["recipients"])
    return dispatch, True


def recover_abandoned(now=None) -> tuple[int, int]:
    """Rows left by workers that stopped: claimed ones are queued again, ones that
    were being sent become `unknown`. Returns (requeued, unknown)."""
    now = now or timezone.now()
    cutoff = now - lease()
    requeued = Delivery.objects.filter(state=State.CLAIMED, claimed_at__lt=cutoff).update(
        state=State.QUEUED, claimed_at=None, claimed_by=""
    )
    unknown = Delivery.objects.filter(state=State.SENDING, claimed_at__lt=cutoff).update(
        state=State.UNKNOWN,
        error="The worker stopped while handing this email to the mail server; it may or may not have been sent.",
    )
    if unknown:
        logger.warning("%s emails were interrupted while being sent and will not be retried", unknown)
    return requeued, unknown


def claim(batch_size: int, worker: str, now=None) -> list[int]:
    now = now or timezone.now()
    with transaction.atomic():
        due = Delivery.objects.filter(state=State.QUEUED, next_attempt_at__lte=now).order_by("pk")
        if db_connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        ids = list(due.values_list("pk", flat=True)[:batch_size])
        if ids:
            Delivery.objects.filter(pk__in=ids, state=State.QUEUED).update(
                state=State.CLAIMED, claimed_at=now, claimed_by=worker
            )
    return ids


@dataclass
class DrainResult:
    sent: int = 0
    failed: int = 0
    bounced: int = 0
    unknown: int = 0
    skipped: int = 0
    retrying: int = 0
    recovered: tuple = (0, 0)
    errors: list = field(default_factory=list)


class IssueRenderer:
    """Each issue rendered once per language and reused for every recipient."""

    def __init__(self):
        self._cache: dict[tuple[int, str], EmailContent] = {}
        self.base_url = site_base_url()

    def content(self, dispatch: Dispatch, language: str) -> EmailContent:
        key = (dispatch.pk, language)
        if key not in self._cache:
            self._cache[key] = render_issue_email(self._page_in(dispatch, language), base_url=self.base_url)
        return self._cache[key]

    @staticmethod
    def _page_in(dispatch: Dispatch, language: str):
        page = version_for(published_versions(dispatch.translation_key), language)
        if page is None:
            raise NotSendable("The issue is no longer published.")
        return page.specific


def published_versions(translation_key) -> dict:
    """The issue's public pages by language code."""
    return {
        page.locale.language_code: page
        for page in public_pages().filter(translation_key=translation_key).select_related("locale")
    }


def version_for(versions: dict, language: str):
    """The issue in the subscriber's language where published, else the original."""
    return versions.get(language) or versions.get(settings.LANGUAGE_CODE) or next(iter(versions.values()), None)


@dataclass(frozen=True)
class LanguagePlan:
    """Who gets which version: `count` subscribers who chose `language` get the
    issue in `sent_in` (another language when theirs is not published)."""

    language: str
    count: int
    sent_in: str | None

    @property
    def fallback(self) -> bool:
        return self.sent_in != self.language


def sending_plan(page) -> list[LanguagePlan]:
    """Per subscriber language, how many will get the issue and in which language,
    as the worker would choose now (the send page shows it before anyone sends)."""
    counts = (
        Subscriber.objects.wanting(audience_of(page.specific))
        .values_list("language")
        .annotate(count=Count("pk"))
        .order_by("language")
    )
    versions = published_versions(page.translation_key)
    plan = []
    for language, count in counts:
        version = version_for(versions, language)
        plan.append(LanguagePlan(language, count, version.locale.language_code if version is not None else None))
    return plan


def build_message(delivery: Delivery, content: EmailContent, base_url: str | None = None) -> EmailMultiAlternatives:
    subscriber = delivery.subscriber
    link = unsubscribe_url(subscriber.pk, delivery.dispatch.audience, subscriber.language, base_url)
    message = EmailMultiAlternatives(
        subject=content.subject,
        body=content.text.replace(UNSUBSCRIBE_PLACEHOLDER, link),
        to=[subscriber.email],
        headers={
            # RFC 2369 and RFC 8058: mail clients offer "Unsubscribe" and POST to it in one click.
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "List-Id": f"<{delivery.dispatch.audience}.{list_domain()}>",
            "Content-Language": content.language,
            "X-Delivery-Id": str(delivery.pk),
        },
    )
    message.attach_alternative(content.html.replace(UNSUBSCRIBE_PLACEHOLDER, link), "text/html")
    return message


def _finish(delivery_id: int, state: str, **fields) -> None:
    Delivery.objects.filter(pk=delivery_id).update(state=state, **fields)


def _record_sent(delivery_id: int) -> None:
    """Record a hand-over without waiting for the disk (PostgreSQL `synchronous_commit`).

    Safe for "at most once": if the database itself crashed before flushing this
    record, the row would stay `sending` and be reported as not confirmed, never
    sent again. The `sending` mark before the hand-over is the one that must be
    durable, and it is committed synchronously. This halves the commits that wait
    for the disk.
    """
    with transaction.atomic():
        if db_connection.vendor == "postgresql":
            with db_connection.cursor() as cursor:
                cursor.execute("SET LOCAL synchronous_commit = off")
        _finish(delivery_id, State.SENT, sent_at=timezone.now(), error="")


def _send_one(delivery: Delivery, mail_connection, renderer: IssueRenderer, result: DrainResult, now) -> None:
    subscriber = delivery.subscriber
    if subscriber.status != Subscriber.Status.CONFIRMED or not subscriber.wants(delivery.dispatch.audience):
        _finish(delivery.pk, State.SKIPPED, claimed_by="")
        result.skipped += 1
        return
    try:
        message = build_message(delivery, renderer.content(delivery.dispatch, subscriber.language), renderer.base_url)
    except NotSendable as error:
        _finish(delivery.pk, State.FAILED, error=str(error))
        result.failed += 1
        return
    # Committed before the message leaves: from here on a crash means "unknown", never "send again".
    marked = Delivery.objects.filter(pk=delivery.pk, state=State.CLAIMED).update(
        state=State.SENDING, attempts=delivery.attempts + 1, claimed_at=now
    )
    if not marked:  # recovered by someone else meanwhile
        return
    try:
        mail_connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as error:
        _finish(delivery.pk, State.BOUNCED, error=str(error)[:2000])
        Subscriber.objects.filter(pk=subscriber.pk).update(bounces=F("bounces") + 1)
        result.bounced += 1
    except smtplib.SMTPResponseException as error:
        if 400 <= error.smtp_code < 500 and delivery.attempts + 1 < max_attempts():
            retry_at = now + timedelta(minutes=5 * 2**delivery.attempts)
            _finish(delivery.pk, State.QUEUED, next_attempt_at=retry_at, claimed_by="", error=str(error)[:2000])
            result.retrying += 1
        else:
            _finish(delivery.pk, State.FAILED, error=str(error)[:2000])
            result.failed += 1
    except (smtplib.SMTPException, OSError) as error:
        # The connection broke while the message was on its way: it may have been accepted.
        _finish(delivery.pk, State.UNKNOWN, error=f"{type(error).__name__}: {error}"[:2000])
        result.unknown += 1
    else:
        _record_sent(delivery.pk)
        result.sent += 1


def drain(batch_size: int = 100, max_batches: int | None = None, worker: str | None = None) -> DrainResult:
    """Send what is due, batch by batch, through Django's email framework.

    Safe to run in several processes at once and to run again after a crash.
    """
    worker = worker or f"worker-{uuid.uuid4().hex[:12]}"
    result = DrainResult(recovered=recover_abandoned())
    renderer = IssueRenderer()
    batches = 0
    while max_batches is None or batches < max_batches:
        ids = claim(batch_size, worker)
        if not ids:
            break
        batches += 1
        deliveries = Delivery.objects.filter(pk__in=ids).select_related("subscriber", "dispatch").order_by("pk")
        mail_connection = get_connection()
        try:
            mail_connection.open()
        except (smtplib.SMTPException, OSError) as error:
            # Nothing was handed over: give the batch back untouched.
            Delivery.objects.filter(pk__in=ids, state=State.CLAIMED).update(
                state=State.QUEUED, claimed_at=None, claimed_by=""
            )
            result.errors.append(f"Could not reach the mail server: {error}")
            break
        try:
            for delivery in deliveries:
                _send_one(delivery, mail_connection, renderer, result, timezone.now())
        finally:
            mail_connection.close()
    return result


@dataclass(frozen=True)
class DispatchReport:
    dispatch: Dispatch
    counts: dict

    @property
    def pending(self) -> int:
        return sum(self.counts.get(state, 0) for state in (State.QUEUED, State.CLAIMED, State.SENDING))

    @property
    def not_confirmed(self) -> int:
        """Recipients we cannot say were sent the issue: failed, bounced or interrupted."""
        return sum(self.counts.get(state, 0) for state in (State.FAILED, State.BOUNCED, State.UNKNOWN))


def dispatch_reports(dispatches) -> list[DispatchReport]:
    """Counts per state for each dispatch, in one query."""
    dispatches = list(dispatches)
    aggregates = {state: Count("pk", filter=Q(state=state)) for state in State.values}
    rows = Delivery.objects.filter(dispatch__in=dispatches).values("dispatch_id").annotate(**aggregates)
    by_dispatch = {row.pop("dispatch_id"): row for row in rows}
    return [DispatchReport(dispatch, by_dispatch.get(dispatch.pk, {})) for dispatch in dispatches]
