"""The ledger's only way in: a verified provider event, checked against the gift
it names, recorded once.

Every event is read under a row lock on its donation intent (`SELECT ... FOR
UPDATE` on PostgreSQL; SQLite serialises writers anyway), so the checks that
compare it with what is already in the ledger (completed once, refunds within
what was paid) cannot be raced by a concurrent delivery. Idempotency still rests
on the unique (provider, event id) constraint: a replay found under the lock
answers "already recorded", and the insert itself runs in a savepoint.

A refusal answers 400 with its reason, is logged, and is recorded in
`RefusedEvent` (outside the refused transaction) for staff to see.
"""

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils import timezone

from .models import Donation, DonationIntent, Frequency, RefusedEvent
from .providers import base
from .providers.parsing import claimed
from .receipts import send_receipt

logger = logging.getLogger(__name__)
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Outcome:
    status: int  # HTTP status to answer the provider with
    detail: str
    recorded: bool = False


def handle_delivery(provider, payload: bytes, signature: str | None, base_url: str = "", client: str = "") -> Outcome:
    """Verify, check and record one webhook delivery.

    Args:
        provider: the `PaymentProvider` the delivery claims to come from.
        payload: the raw request body (signatures cover the exact bytes).
        signature: the provider's signature header, if any.
        base_url: scheme and host, for links in the receipt.
        client: the sender's address, kept with a refusal.

    Returns:
        400 for anything not genuine, fresh, understood and consistent with the
        gift it names (logged and recorded as a refusal, the ledger unchanged);
        200 otherwise, `recorded` False for a replay.
    """
    try:
        event = provider.parse_webhook(payload, signature)
        handler = DISPATCH[event.kind]
        with transaction.atomic():
            intent = _intent_for(provider, event)
            recorded = False if _already_recorded(provider, event) else handler(provider, event, intent, base_url)
    except base.WebhookRejected as rejection:
        logger.warning("Donation webhook from %s refused: %s", provider.name, rejection.reason)
        record_refusal(provider.name, payload, rejection, client)
        return Outcome(400, rejection.reason)
    if not recorded:
        logger.info("Donation webhook %s from %s already recorded", event.event_id, provider.name)
        return Outcome(200, "already recorded")
    return Outcome(200, "recorded", recorded=True)


def record_refusal(provider_name: str, payload: bytes, rejection: base.WebhookRejected, client: str = "") -> None:
    event_id, event_type = claimed(payload)
    RefusedEvent.objects.create(
        provider=provider_name[:20],
        event_id=event_id,
        event_type=event_type,
        reason=rejection.reason,
        signature_valid=rejection.verified,
        client_address=client[:64],
    )


def _already_recorded(provider, event) -> bool:
    # Under the intent's lock: a concurrent delivery of the same event has committed by now.
    return Donation.objects.filter(provider=provider.name, event_id=event.event_id).exists()


def _intent_for(provider, event: base.ProviderEvent) -> DonationIntent | None:
    """The intent the event is about, locked for the rest of the transaction."""
    if event.kind == base.ACKNOWLEDGED:
        return None
    condition = Q()
    if event.intent_id:
        try:
            condition |= Q(pk=uuid.UUID(str(event.intent_id)))
        except ValueError:
            raise base.WebhookRejected(f"event {event.event_id} has a malformed intent id", verified=True) from None
    if event.payment_id and event.kind == base.REFUNDED:
        condition |= Q(provider_payment_id=event.payment_id)
    if event.subscription_id and event.kind != base.REFUNDED:
        condition |= Q(provider_subscription_id=event.subscription_id)
    intent = None
    if condition:
        intent = (
            DonationIntent.objects.select_for_update().filter(condition, provider=provider.name).order_by("pk").first()
        )
    if intent is None:
        raise base.WebhookRejected(f"event {event.event_id} names no donation intent of ours", verified=True)
    return intent


def _refuse(event, message: str):
    raise base.WebhookRejected(f"event {event.event_id}: {message}", verified=True)


def _money(event: base.ProviderEvent, intent: DonationIntent) -> tuple[Decimal, str]:
    if event.amount is None or event.amount <= 0:
        _refuse(event, "has no positive amount")
    currency = (event.currency or "").upper()
    if currency != intent.currency:
        raise base.WebhookRejected(
            f"event {event.event_id} is in {currency}, the gift was in {intent.currency}", verified=True
        )
    return event.amount, currency


def _intent_sums(intent) -> dict:
    """{kind: sum of amounts} of the intent's ledger rows (reversals included in their kind's net)."""
    rows = Donation.objects.filter(intent=intent).values("kind").annotate(total=Sum("amount")).order_by()
    return {row["kind"]: row["total"] or ZERO for row in rows}


def _insert(provider, event, intent, kind: str, amount: Decimal, currency: str) -> bool:
    try:
        with transaction.atomic():  # a savepoint: a duplicate rolls back only this insert
            Donation.objects.create(
                provider=provider.name,
                event_id=event.event_id,
                event_type=event.event_type,
                kind=kind,
                project_key=intent.project_key,
                intent=intent,
                amount=amount,
                currency=currency,
                frequency=intent.frequency,
                occurred_at=event.occurred_at,
                is_test=intent.is_test or provider.name == "sandbox",
            )
    except IntegrityError:
        return False
    return True


def record_gift(provider, event, intent, base_url) -> bool:
    amount, currency = _money(event, intent)
    if amount != intent.amount:
        _refuse(event, f"pays {amount} {currency}, the gift was {intent.amount} {intent.currency}")
    paid_before = Donation.objects.filter(intent=intent, kind=Donation.Kind.GIFT).exists()
    if event.renewal:
        if intent.frequency != Frequency.MONTHLY or not paid_before:
            _refuse(event, "renews a gift that is not an active monthly gift")
        if intent.subscription_cancelled_at is not None:
            _refuse(event, "renews a monthly gift that was cancelled")
    elif paid_before or intent.status == DonationIntent.Status.COMPLETED:
        _refuse(event, "completes a gift that was already completed")
    if not _insert(provider, event, intent, Donation.Kind.GIFT, amount, currency):
        return False
    changes = {"status": DonationIntent.Status.COMPLETED, "completed_at": timezone.now()}
    if event.payment_id and not intent.provider_payment_id:
        changes["provider_payment_id"] = event.payment_id
    if event.subscription_id and not intent.provider_subscription_id:
        changes["provider_subscription_id"] = event.subscription_id
    DonationIntent.objects.filter(pk=intent.pk).exclude(status=DonationIntent.Status.COMPLETED).update(**changes)
    if not provider.sends_receipts and intent.donor_email and not event.renewal:
        transaction.on_commit(lambda: send_receipt(provider, intent, amount, base_url))
    _after_money(intent.project_key)
    return True


def record_refund(provider, event, intent, base_url) -> bool:
    amount, currency = _money(event, intent)
    # What is left to refund: gifts less refunds and reversals already in the ledger.
    balance = sum(_intent_sums(intent).values(), ZERO)
    if amount > balance:
        _refuse(event, f"refunds {amount} {currency}, but only {balance} {currency} of this gift is left to refund")
    recorded = _insert(provider, event, intent, Donation.Kind.REFUND, -amount, currency)
    if recorded:
        _after_money(intent.project_key)
    return recorded


def record_failure(provider, event, intent, base_url) -> bool:
    if intent.status == DonationIntent.Status.COMPLETED and intent.frequency != Frequency.MONTHLY:
        _refuse(event, "reports a failed payment for a gift already completed")
    recorded = _insert(provider, event, intent, Donation.Kind.FAILED, ZERO, intent.currency)
    if recorded:
        DonationIntent.objects.filter(pk=intent.pk, status=DonationIntent.Status.PENDING).update(
            status=DonationIntent.Status.FAILED
        )
    return recorded


def record_cancellation(provider, event, intent, base_url) -> bool:
    if intent.frequency != Frequency.MONTHLY:
        raise base.WebhookRejected(f"event {event.event_id} cancels a gift that is not monthly", verified=True)
    recorded = _insert(provider, event, intent, Donation.Kind.CANCELLATION, ZERO, intent.currency)
    if recorded:
        DonationIntent.objects.filter(pk=intent.pk, subscription_cancelled_at__isnull=True).update(
            subscription_cancelled_at=event.occurred_at
        )
    return recorded


def acknowledge(provider, event, intent, base_url) -> bool:
    """Understood, nothing to record (the money arrives in a later event)."""
    return True


def _after_money(project_key) -> None:
    """Once money has moved: a project whose ledger reaches its goal becomes funded
    (dated in its status history), in the same transaction as the money."""
    from .services import note_funding_change

    note_funding_change(project_key)


DISPATCH = {
    base.COMPLETED: record_gift,
    base.REFUNDED: record_refund,
    base.FAILED: record_failure,
    base.SUBSCRIPTION_CANCELLED: record_cancellation,
    base.ACKNOWLEDGED: acknowledge,
}
