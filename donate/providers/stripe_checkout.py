"""Stripe Checkout through the official `stripe` library.

Creating a session calls Stripe (not testable offline); the webhook side is
verified with `stripe.Webhook.construct_event`, Stripe's own signature check.
"""

from decimal import Decimal

import stripe
from django.urls import reverse
from django.utils import translation

from .. import conf
from ..currencies import minor_unit_exponent
from . import base, parsing

# Stripe event type → what the ledger does with it.
EVENT_KINDS = {
    "checkout.session.completed": base.COMPLETED,
    "checkout.session.async_payment_succeeded": base.COMPLETED,
    "checkout.session.async_payment_failed": base.FAILED,
    "invoice.paid": base.COMPLETED,
    "refund.created": base.REFUNDED,
    "customer.subscription.deleted": base.SUBSCRIPTION_CANCELLED,
}


def to_minor_units(amount: Decimal, currency: str) -> int:
    return int((amount * (10 ** minor_unit_exponent(currency))).to_integral_value())


def from_minor_units(value: int, currency: str) -> Decimal:
    return (Decimal(int(value)) / (10 ** minor_unit_exponent(currency))).quantize(Decimal("0.01"))


def _amount(value, currency: str) -> Decimal:
    return parsing.minor_units(value, minor_unit_exponent(currency))


def _invoice_subscription(invoice: dict) -> str:
    # Older API versions put it on the invoice, newer ones under `parent`.
    if invoice.get("subscription"):
        return invoice["subscription"]
    details = (invoice.get("parent") or {}).get("subscription_details") or {}
    return details.get("subscription") or ""


class StripeProvider(base.PaymentProvider):
    name = "stripe"
    sends_receipts = True
    signature_header = "HTTP_STRIPE_SIGNATURE"

    def start_checkout(self, request, intent) -> str:
        monthly = intent.frequency == "monthly"
        metadata = {"intent_id": str(intent.pk), "designation": intent.designation}
        price_data = {
            "currency": intent.currency.lower(),
            "unit_amount": to_minor_units(intent.amount, intent.currency),
        }
        with translation.override(intent.language_code):
            # What the donor sees on Stripe's page and receipt: the project in their language.
            price_data["product_data"] = {"name": intent.purpose()}
        if monthly:
            price_data["recurring"] = {"interval": "month"}
        with translation.override(intent.language_code):
            # A headless front end's own pages when it started the gift (the giving API).
            success = intent.url_after_checkout(True) or request.build_absolute_uri(
                reverse("donate:thank-you", args=[intent.pk])
            )
            cancel = intent.url_after_checkout(False) or request.build_absolute_uri(
                reverse("donate:cancelled", args=[intent.pk])
            )
        params = {
            "mode": "subscription" if monthly else "payment",
            "line_items": [{"quantity": 1, "price_data": price_data}],
            "client_reference_id": str(intent.pk),
            "metadata": metadata,
            "success_url": success,
            "cancel_url": cancel,
        }
        if intent.donor_email:
            params["customer_email"] = intent.donor_email
        if monthly:
            params["subscription_data"] = {"metadata": metadata}
        else:
            params["payment_intent_data"] = {"metadata": metadata, "description": intent.designation}
        session = stripe.checkout.Session.create(api_key=conf.stripe_secret_key(), **params)
        intent.provider_session_id = session.id
        intent.save(update_fields=["provider_session_id"])
        return session.url

    def manage_subscription_url(self, request, intent) -> str:
        return conf.stripe_customer_portal_url()

    def parse_webhook(self, payload: bytes, signature: str | None) -> base.ProviderEvent:
        secret = conf.stripe_webhook_secret()
        if not secret:
            raise base.WebhookRejected("STRIPE_WEBHOOK_SECRET is not set")
        try:
            text = payload.decode()
        except UnicodeDecodeError:
            raise base.WebhookRejected("payload is not UTF-8") from None
        try:
            stripe.WebhookSignature.verify_header(text, signature or "", secret, tolerance=conf.webhook_tolerance())
        except stripe.SignatureVerificationError as error:
            raise base.WebhookRejected(f"signature: {error}") from None
        event = parsing.load_object(text, verified=True)
        event_id = parsing.identifier(event.get("id"), "event id")
        event_type = parsing.identifier(event.get("type"), "event type")
        created = parsing.timestamp(event.get("created"))
        kind = EVENT_KINDS.get(event_type)
        if kind is None:
            raise base.WebhookRejected(f"unknown event type {event_type!r}", verified=True)
        obj = parsing.obj(parsing.obj(event.get("data"), "data").get("object"), "data.object")
        try:
            return self._map(event_id, event_type, kind, created, obj)
        except (KeyError, TypeError, ValueError):
            raise base.WebhookRejected(f"{event_type} is missing fields", verified=True) from None

    def _map(self, event_id, event_type, kind, created, obj) -> base.ProviderEvent:
        common = {"event_id": event_id, "event_type": event_type, "occurred_at": created}
        metadata = obj.get("metadata") or {}
        if not isinstance(metadata, dict):
            raise base.WebhookRejected("metadata is not an object", verified=True)
        if event_type.startswith("checkout.session."):
            if kind == base.COMPLETED and obj.get("payment_status") not in ("paid", "no_payment_required"):
                # Paid later (bank debit): async_payment_succeeded will follow.
                kind = base.ACKNOWLEDGED
            currency = parsing.currency(obj.get("currency"))
            return base.ProviderEvent(
                **common,
                kind=kind,
                intent_id=parsing.identifier(
                    obj.get("client_reference_id") or metadata.get("intent_id"), "client_reference_id"
                ),
                amount=_amount(obj.get("amount_total"), currency) if kind == base.COMPLETED else None,
                currency=currency,
                payment_id=parsing.identifier(obj.get("payment_intent"), "payment_intent", required=False),
                subscription_id=parsing.identifier(obj.get("subscription"), "subscription", required=False),
                session_id=parsing.identifier(obj.get("id"), "session id"),
            )
        if event_type == "invoice.paid":
            # The first month is already recorded by checkout.session.completed.
            if obj.get("billing_reason") != "subscription_cycle":
                kind = base.ACKNOWLEDGED
            currency = parsing.currency(obj.get("currency"))
            return base.ProviderEvent(
                **common,
                kind=kind,
                amount=_amount(obj.get("amount_paid"), currency) if kind == base.COMPLETED else None,
                currency=currency,
                subscription_id=parsing.identifier(_invoice_subscription(obj), "subscription"),
                renewal=True,
            )
        if event_type == "refund.created":
            currency = parsing.currency(obj.get("currency"))
            return base.ProviderEvent(
                **common,
                kind=kind,
                intent_id=parsing.identifier(metadata.get("intent_id"), "metadata.intent_id", required=False),
                amount=_amount(obj.get("amount"), currency),
                currency=currency,
                payment_id=parsing.identifier(obj.get("payment_intent"), "payment_intent", required=False),
            )
        # customer.subscription.deleted
        return base.ProviderEvent(
            **common,
            kind=kind,
            intent_id=parsing.identifier(metadata.get("intent_id"), "metadata.intent_id", required=False),
            subscription_id=parsing.identifier(obj.get("id"), "subscription id"),
        )
