"""Stripe: recorded payloads signed in the test with Stripe's real scheme,
verified by the official library; the checkout call itself is replaced (no network)."""

import json
import time
from decimal import Decimal
from types import SimpleNamespace

import pytest
import stripe

from donate.models import Donation, DonationIntent
from tests.factories.donate import DonationIntentFactory, signed

pytestmark = pytest.mark.django_db

SECRET = "whsec_test_secret"


@pytest.fixture(autouse=True)
def stripe_settings(settings):
    settings.DONATE_PAYMENT_PROVIDER = "stripe"
    settings.STRIPE_WEBHOOK_SECRET = SECRET
    settings.STRIPE_SECRET_KEY = "sk_test_dummy"
    settings.STRIPE_CUSTOMER_PORTAL_URL = "https://billing.stripe.com/p/login/test_portal"


@pytest.fixture
def intent(project):
    return DonationIntentFactory(project=project, provider="stripe", amount=Decimal("25.00"))


def stripe_event(event_type, obj, event_id="evt_1NStripe"):
    """Shaped like a recorded Stripe event (API version 2024-06-20)."""
    return {
        "id": event_id,
        "object": "event",
        "api_version": "2024-06-20",
        "created": int(time.time()),
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": event_type,
        "data": {"object": obj},
    }


def session_completed(intent, **extra):
    obj = {
        "id": "cs_test_a1b2c3",
        "object": "checkout.session",
        "amount_total": 2500,
        "currency": "usd",
        "client_reference_id": str(intent.pk),
        "metadata": {"intent_id": str(intent.pk), "designation": intent.designation},
        "mode": "payment",
        "payment_intent": "pi_3PXyZ",
        "payment_status": "paid",
        "status": "complete",
        "subscription": None,
    }
    obj.update(extra)
    return stripe_event("checkout.session.completed", obj)


def deliver(client, event, secret=SECRET, timestamp=None, header=True):
    payload, signature = signed(json.dumps(event, indent=2), secret=secret, timestamp=timestamp)
    extra = {"HTTP_STRIPE_SIGNATURE": signature} if header else {}
    return client.post("/giving/webhooks/stripe/", data=payload, content_type="application/json", **extra)


def test_completed_checkout_is_recorded(client, intent):
    response = deliver(client, session_completed(intent))
    assert response.status_code == 200, response.content
    row = Donation.objects.get()
    assert (row.provider, row.event_id, row.kind, row.amount, row.currency) == (
        "stripe",
        "evt_1NStripe",
        "gift",
        Decimal("25.00"),
        "USD",
    )
    intent.refresh_from_db()
    assert (intent.status, intent.provider_payment_id) == ("completed", "pi_3PXyZ")


def test_stripe_sends_the_receipt_so_we_do_not(client, intent, mailoutbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        deliver(client, session_completed(intent))
    assert mailoutbox == []


def test_replay_is_recorded_once(client, intent):
    event = session_completed(intent)
    assert deliver(client, event).status_code == 200
    assert deliver(client, event).status_code == 200
    assert Donation.objects.count() == 1


def test_refund_is_matched_by_payment_intent_and_recorded_negative(client, intent):
    deliver(client, session_completed(intent))
    refund = {"id": "re_1", "object": "refund", "amount": 1000, "currency": "usd", "payment_intent": "pi_3PXyZ"}
    assert deliver(client, stripe_event("refund.created", refund, "evt_refund")).status_code == 200
    assert Donation.objects.get(kind="refund").amount == Decimal("-10.00")


def test_unpaid_checkout_is_acknowledged_without_recording(client, intent):
    response = deliver(client, session_completed(intent, payment_status="unpaid"))
    assert response.status_code == 200
    assert not Donation.objects.exists()


def test_async_payment_failure_is_recorded(client, intent):
    event = session_completed(intent)
    event["type"] = "checkout.session.async_payment_failed"
    assert deliver(client, event).status_code == 200
    assert Donation.objects.get().kind == "failed"
    assert DonationIntent.objects.get().status == "failed"


def test_monthly_renewals_and_cancellation(client, project):
    intent = DonationIntentFactory(project=project, provider="stripe", frequency="monthly")
    deliver(client, session_completed(intent, mode="subscription", payment_intent=None, subscription="sub_123"))
    invoice = {
        "id": "in_1",
        "object": "invoice",
        "amount_paid": 2500,
        "currency": "usd",
        "billing_reason": "subscription_cycle",
        "parent": {"subscription_details": {"subscription": "sub_123", "metadata": {}}},
    }
    assert deliver(client, stripe_event("invoice.paid", invoice, "evt_invoice_2")).status_code == 200
    first_invoice = dict(invoice, billing_reason="subscription_create")
    assert deliver(client, stripe_event("invoice.paid", first_invoice, "evt_invoice_1")).status_code == 200
    subscription = {"id": "sub_123", "object": "subscription", "metadata": {"intent_id": str(intent.pk)}}
    assert deliver(client, stripe_event("customer.subscription.deleted", subscription, "evt_del")).status_code == 200
    assert list(Donation.objects.order_by("pk").values_list("kind", "amount")) == [
        ("gift", Decimal("25.00")),
        ("gift", Decimal("25.00")),
        ("cancellation", Decimal("0.00")),
    ]


def test_bad_signature_is_refused(client, intent):
    assert deliver(client, session_completed(intent), secret="whsec_wrong").status_code == 400
    assert not Donation.objects.exists()


def test_missing_signature_is_refused(client, intent):
    assert deliver(client, session_completed(intent), header=False).status_code == 400


def test_stale_timestamp_is_refused(client, intent):
    assert deliver(client, session_completed(intent), timestamp=int(time.time()) - 3600).status_code == 400
    assert not Donation.objects.exists()


def test_unknown_event_type_is_refused(client, intent):
    assert deliver(client, stripe_event("customer.created", {"id": "cus_1"})).status_code == 400


def test_malformed_json_is_refused(client):
    payload, signature = signed("{not json", secret=SECRET)
    response = client.post(
        "/giving/webhooks/stripe/", data=payload, content_type="application/json", HTTP_STRIPE_SIGNATURE=signature
    )
    assert response.status_code == 400


def test_event_missing_fields_is_refused(client, intent):
    event = session_completed(intent)
    del event["data"]["object"]["amount_total"]
    assert deliver(client, event).status_code == 400


def test_no_webhook_secret_configured_refuses_everything(client, intent, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    assert deliver(client, session_completed(intent)).status_code == 400


def test_giving_creates_a_stripe_checkout_session_with_the_designation(client, project, monkeypatch):
    calls = []

    def fake_create(**params):
        calls.append(params)
        return SimpleNamespace(id="cs_test_new", url="https://checkout.stripe.com/c/pay/cs_test_new")

    monkeypatch.setattr(stripe.checkout.Session, "create", fake_create)
    response = client.post(
        f"/giving/give/{project.pk}/",
        {"amount": "25", "currency": "USD", "frequency": "monthly", "email": "donor@example.org"},
    )
    assert response.status_code == 302
    assert response["Location"] == "https://checkout.stripe.com/c/pay/cs_test_new"
    intent = DonationIntent.objects.get()
    (params,) = calls
    assert params["api_key"] == "sk_test_dummy"
    assert params["mode"] == "subscription"
    assert params["client_reference_id"] == str(intent.pk)
    assert params["metadata"] == {"intent_id": str(intent.pk), "designation": f"project:{project.translation_key}"}
    assert params["subscription_data"]["metadata"]["intent_id"] == str(intent.pk)
    price = params["line_items"][0]["price_data"]
    assert (price["currency"], price["unit_amount"], price["recurring"]) == ("usd", 2500, {"interval": "month"})
    assert params["success_url"] == f"http://testserver/giving/thank-you/{intent.pk}/"
    assert intent.provider_session_id == "cs_test_new"


def test_thank_you_page_points_monthly_donors_to_the_customer_portal(client, project):
    intent = DonationIntentFactory(project=project, provider="stripe", frequency="monthly", status="completed")
    html = client.get(f"/giving/thank-you/{intent.pk}/").content.decode()
    assert "https://billing.stripe.com/p/login/test_portal" in html


def test_zero_decimal_currency_amounts():
    from donate.providers.stripe_checkout import from_minor_units, to_minor_units

    assert to_minor_units(Decimal("1000"), "JPY") == 1000
    assert from_minor_units(1000, "JPY") == Decimal("1000.00")
    assert to_minor_units(Decimal("12.34"), "USD") == 1234
