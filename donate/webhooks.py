"""The ledger's only way in: a verified provider event, recorded once.

Idempotency rests on the unique (provider, event id) constraint: the insert
runs in a savepoint and a duplicate raises IntegrityError, which means "already
recorded". Checking first and inserting after would let two concurrent
deliveries of one event both pass the check.
"""

import logging
import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from .models import Donation, DonationIntent, Frequency
from .providers import base
from .receipts import send_receipt

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    status: int  # HTTP status to answer the provider with
    detail: str
    recorded: bool = False


def handle_delivery(provider, payload: bytes, signature: str | None, base_url: str = "") -> Outcome:
    """Verify, map and record one webhook delivery.

    Args:
        provider: the `PaymentProvider` the delivery claims to come from.
        payload: the raw request body (signatures cover the exact bytes).
        signature: the provider's signature header, if any.
        base_url: scheme and host, for links in the receipt.

    Returns:
        400 for anything not genuine, fresh and understood (logged, nothing
        recorded); 200 otherwise, `recorded` False for a replay.
    """
    try:
        event = provider.parse_webhook(payload, signature)
        handler = DISPATCH[event.kind]
        with transaction.atomic():
            intent = _intent_for(provider, event)
            recorded = handler(provider, event, intent, base_url)
    except base.WebhookRejected as rejection:
        logger.warning("Donation webhook from %s rejected: %s", provider.name, rejection.reason)
        return Outcome(400, rejection.reason)
    if not recorded:
        logger.info("Donation webhook %s from %s already recorded", event.event_id, provider.name)
        return Outcome(200, "already recorded")
    return Outcome(200, "recorded", recorded=True)


def _intent_for(provider, event: base.ProviderEvent) -> DonationIntent | None:
    if event.kind == base.ACKNOWLEDGED:
        return None
    condition = Q()
    if event.intent_id:
        try:
            condition |= Q(pk=uuid.UUID(str(event.intent_id)))
        except ValueError:
            raise base.WebhookRejected(f"event {event.event_id} has a malformed intent id") from None
    if event.payment_id and event.kind == base.REFUNDED:
        condition |= Q(provider_payment_id=event.payment_id)
    if event.subscription_id and event.kind != base.REFUNDED:
        condition |= Q(provider_subscription_id=event.subscription_id)
    intent = DonationIntent.objects.filter(condition, provider=provider.name).first() if condition else None
    if intent is None:
        raise base.WebhookRejected(f"event {event.event_id} names no donation intent of ours")
    return intent


def _money(event: base.ProviderEvent, intent: DonationIntent) -> tuple[Decimal, str]:
    if event.amount is None or event.amount <= 0:
        raise base.WebhookRejected(f"event {event.event_id} has no positive amount")
    currency = (event.currency or "").upper()
    if currency != intent.currency:
        raise base.WebhookRejected(f"event {event.event_id} is in {currency}, the gift was in {intent.currency}")
    return event.amount, currency


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
            )
    except IntegrityError:
        return False
    return True


def record_gift(provider, event, intent, base_url) -> bool:
    amount, currency = _money(event, intent)
    if not _insert(provider, event, intent, Donation.Kind.GIFT, amount, currency):
        return False
    changes = {"status": DonationIntent.Status.COMPLETED, "completed_at": timezone.now()}
    if event.payment_id and not intent.provider_payment_id:
        changes["provider_payment_id"] = event.payment_id
    if event.subscription_id and not intent.provider_subscription_id:
        changes["provider_subscription_id"] = event.subscription_id
    DonationIntent.objects.filter(pk=intent.pk).exclude(status=DonationIntent.Status.COMPLETED).update(**changes)
    if not provider.sends_receipts and intent.donor_email:
        transaction.on_commit(lambda: send_receipt(provider, intent, amount, base_url))
    return True


def record_refund(provider, event, intent, base_url) -> bool:
    amount, currency = _money(event, intent)
    return _insert(provider, event, intent, Donation.Kind.REFUND, -amount, currency)


def record_failure(provider, event, intent, base_url) -> bool:
    recorded = _insert(provider, event, intent, Donation.Kind.FAILED, Decimal("0.00"), intent.currency)
    if recorded:
        DonationIntent.objects.filter(pk=intent.pk, status=DonationIntent.Status.PENDING).update(
            status=DonationIntent.Status.FAILED
        )
    return recorded


def record_cancellation(provider, event, intent, base_url) -> bool:
    if intent.frequency != Frequency.MONTHLY:
        raise base.WebhookRejected(f"event {event.event_id} cancels a gift that is not monthly")
    recorded = _insert(provider, event, intent, Donation.Kind.CANCELLATION, Decimal("0.00"), intent.currency)
    if recorded:
        DonationIntent.objects.filter(pk=intent.pk, subscription_cancelled_at__isnull=True).update(
            subscription_cancelled_at=event.occurred_at
        )
    return recorded


def acknowledge(provider, event, intent, base_url) -> bool:
    """Understood, nothing to record (the money arrives in a later event)."""
    return True


DISPATCH = {
    base.COMPLETED: record_gift,
    base.REFUNDED: record_refund,
    base.FAILED: record_failure,
    base.SUBSCRIPTION_CANCELLED: record_cancellation,
    base.ACKNOWLEDGED: acknowledge,
}
