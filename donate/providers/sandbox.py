"""The sandbox: a local checkout page standing in for a payment provider.

Completing or cancelling there produces an event signed exactly like a
provider's webhook, handed in-process to the same webhook handler. The server
never makes an HTTP request to itself (that deadlocks a single-worker server).
"""

import json
import uuid
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from django.urls import reverse
from django.utils import timezone, translation

from .. import conf
from . import base, signing

EVENT_KINDS = {
    "donation.completed": base.COMPLETED,
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
        payload = json.dumps(event, separators=(",", ":"))
        return payload.encode(), signing.signature_header(payload, conf.sandbox_webhook_secret(), timestamp)

    def parse_webhook(self, payload: bytes, signature: str | None) -> base.ProviderEvent:
        try:
            text = payload.decode()
        except UnicodeDecodeError:
            raise base.WebhookRejected("payload is not UTF-8") from None
        signing.verify(text, signature, conf.sandbox_webhook_secret(), conf.webhook_tolerance())
        try:
            event = json.loads(text)
            event_id, event_type, data = event["id"], event["type"], event["data"]
            created = datetime.fromtimestamp(int(event["created"]), tz=UTC)
        except (ValueError, KeyError, TypeError):
            raise base.WebhookRejected("malformed JSON event") from None
        kind = EVENT_KINDS.get(event_type)
        if kind is None:
            raise base.WebhookRejected(f"unknown event type {event_type!r}")
        try:
            amount = Decimal(str(data["amount"])) if "amount" in data else None
        except InvalidOperation:
            raise base.WebhookRejected("amount is not a number") from None
        return base.ProviderEvent(
            event_id=str(event_id),
            event_type=event_type,
            kind=kind,
            occurred_at=created,
            intent_id=data.get("intent_id"),
            amount=amount,
            currency=data.get("currency"),
            payment_id=data.get("payment_id", ""),
            subscription_id=data.get("subscription_id", ""),
        )
