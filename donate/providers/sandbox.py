"""The sandbox: a local checkout page standing in for a payment provider.

Completing or cancelling there produces an event signed exactly like a
provider's webhook, handed in-process to the same webhook handler. The server
never makes an HTTP request to itself (that deadlocks a single-worker server).
"""

import json
import uuid
from decimal import Decimal

from django.urls import reverse
from django.utils import timezone, translation

from core import signing

from .. import conf
from . import base, parsing

EVENT_KINDS = {
    "donation.completed": base.COMPLETED,
    "donation.renewed": base.COMPLETED,  # a later month of a monthly gift
    "donation.refunded": base.REFUNDED,
    "donation.failed": base.FAILED,
    "subscription.cancelled": base.SUBSCRIPTION_CANCELLED,
}


class SandboxProvider(base.PaymentProvider):
    name = "sandbox"
    sends_receipts = False
    signature_header = "HTTP_SANDBOX_SIGNATURE"

    def start_checkout(self, request, intent) -> str:
        intent.provider_session_id = f"cs_sbx_{uuid.uuid4().hex}"
        intent.save(update_fields=["provider_session_id"])
        with translation.override(intent.language_code):
            return reverse("donate:sandbox-checkout", args=[intent.pk])

    def manage_subscription_url(self, request, intent) -> str:
        with translation.override(intent.language_code):
            return reverse("donate:sandbox-subscription", args=[intent.pk])

    def build_event(self, intent, event_type: str, amount: Decimal | None = None) -> dict:
        """The event a provider would send about `intent`."""
        data = {
            "intent_id": str(intent.pk),
            "amount": str(intent.amount if amount is None else amount),
            "currency": intent.currency,
            "frequency": intent.frequency,
            "payment_id": intent.provider_payment_id or f"pay_sbx_{intent.pk.hex}",
        }
        if intent.frequency == "monthly":
            data["subscription_id"] = intent.provider_subscription_id or f"sub_sbx_{intent.pk.hex}"
        return {
            "id": f"evt_sbx_{uuid.uuid4().hex}",
            "type": event_type,
            "created": int(timezone.now().timestamp()),
            "data": data,
        }

    def sign(self, event: dict, timestamp: int | None = None) -> tuple[bytes, str]:
        """(payload, signature header) for `event`, as the provider would deliver them."""
        payload = json.dumps(event, separators=(",", ":")).encode()
        return payload, signing.signature_header(conf.sandbox_webhook_secret(), payload, timestamp)

    def parse_webhook(self, payload: bytes, signature: str | None) -> base.ProviderEvent:
        try:
            text = payload.decode()
        except UnicodeDecodeError:
            raise base.WebhookRejected("payload is not UTF-8") from None
        try:
            signing.check(conf.sandbox_webhook_secret(), payload, signature, conf.webhook_tolerance())
        except signing.SignatureError as error:
            raise base.WebhookRejected(error.reason) from None
        event = parsing.load_object(text, verified=True)
        event_id = parsing.identifier(event.get("id"), "event id")
        event_type = parsing.identifier(event.get("type"), "event type")
        created = parsing.timestamp(event.get("created"))
        kind = EVENT_KINDS.get(event_type)
        if kind is None:
            raise base.WebhookRejected(f"unknown event type {event_type!r}", verified=True)
        data = parsing.obj(event.get("data"), "data")
        money = {}
        if kind in (base.COMPLETED, base.REFUNDED):
            money = {
                "amount": parsing.decimal_amount(data.get("amount")),
                "currency": parsing.currency(data.get("currency")),
            }
        return base.ProviderEvent(
            event_id=event_id,
            event_type=event_type,
            kind=kind,
            occurred_at=created,
            intent_id=parsing.identifier(data.get("intent_id"), "data.intent_id"),
            payment_id=parsing.identifier(data.get("payment_id"), "data.payment_id", required=False),
            subscription_id=parsing.identifier(data.get("subscription_id"), "data.subscription_id", required=False),
            renewal=event_type == "donation.renewed",
            **money,
        )
