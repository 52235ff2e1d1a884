"""Recorded Stripe events (tests/donate/stripe_payloads/, shaped as Stripe sends
them, API version 2024-06-20), signed in the test with a test secret by Stripe's
scheme and delivered through the webhook view, as djangoproject.com's
fundraising app tests its Stripe integration. Only the intent id and the
designation are filled in: the rest is the file as recorded."""

import json
from decimal import Decimal
from pathlib import Path

import pytest

from core.signing import signature_header
from donate.models import Donation, DonationIntent, RefusedEvent
from tests.factories.donate import DonationIntentFactory

pytestmark = pytest.mark.django_db

PAYLOADS = Path(__file__).parent / "stripe_payloads"
SECRET = "whsec_test_recorded_payloads"


@pytest.fixture(autouse=True)
def stripe_settings(settings):
    settings.DONATE_PAYMENT_PROVIDER = "stripe"
    settings.STRIPE_WEBHOOK_SECRET = SECRET
    settings.STRIPE_SECRET_KEY = "sk_test_dummy"


def recorded(name: str, intent, **changes) -> str:
    text = (PAYLOADS / f"{name}.json").read_text()
    text = text.replace("INTENT_ID", str(intent.pk)).replace("DESIGNATION", intent.designation)
    event = json.loads(text)
    event["data"]["object"].update(changes)
    return json.dumps(event, indent=2)


def deliver(client, payload: str, secret: str = SECRET):
    return client.post(
        "/giving/webhooks/stripe/",
        data=payload.encode(),
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature_header(secret, payload),
    )


@pytest.fixture
def intent(project):
    return DonationIntentFactory(project=project, provider="stripe", amount=Decimal("25.00"))


def test_a_recorded_checkout_then_refund(client, intent, project):
    assert deliver(client, recorded("checkout.session.completed", intent)).status_code == 200
    assert deliver(client, recorded("refund.created", intent)).status_code == 200
    assert list(Donation.objects.order_by("pk").values_list("event_id", "kind", "amount", "is_test")) == [
        ("evt_1PWn8uKx2EjUxdMZ0kPqL3bA", "gift", Decimal("25.00"), False),
        ("evt_3PWnB1Kx2EjUxdMZ0RfNd9Xy", "refund", Decimal("-10.00"), False),
    ]
    intent.refresh_from_db()
    assert (intent.status, intent.provider_payment_id) == ("completed", "pi_3PWn8sKx2EjUxdMZ1c2d3e4f")
    assert project.progress().received == Decimal("15.00")  # real money counts, in any mode


def test_a_recorded_monthly_gift_renews_and_is_cancelled(client, project):
    intent = DonationIntentFactory(project=project, provider="stripe", frequency="monthly", amount=Decimal("25.00"))
    first = recorded(
        "checkout.session.completed",
        intent,
        mode="subscription",
        payment_intent=None,
        subscription="sub_1PWn8tKx2EjUxdMZaB3cD4eF",
    )
    assert deliver(client, first).status_code == 200
    assert deliver(client, recorded("invoice.paid", intent)).status_code == 200
    assert deliver(client, recorded("customer.subscription.deleted", intent)).status_code == 200
    assert list(Donation.objects.order_by("pk").values_list("kind", "amount")) == [
        ("gift", Decimal("25.00")),
        ("gift", Decimal("25.00")),
        ("cancellation", Decimal("0.00")),
    ]
    later = json.loads(recorded("invoice.paid", intent))
    later["id"] = "evt_after_cancel"
    response = deliver(client, json.dumps(later))
    assert response.status_code == 400 and b"was cancelled" in response.content


@pytest.mark.parametrize(
    ("name", "changes", "reason"),
    [
        ("checkout.session.completed", {"amount_total": 9999900}, "pays 99999.00 USD, the gift was 25.00 USD"),
        ("checkout.session.completed", {"currency": "eur"}, "is in EUR"),
        ("checkout.session.completed", {"amount_total": 25.5}, "malformed number"),
        ("checkout.session.completed", {"amount_total": "2500"}, "malformed number"),
        ("checkout.session.completed", {"client_reference_id": None, "metadata": {}}, "client_reference_id is missing"),
        ("refund.created", {}, "names no donation intent"),  # nothing was paid on this gift yet
    ],
)
def test_recorded_events_that_contradict_the_gift_are_refused(client, intent, name, changes, reason):
    response = deliver(client, recorded(name, intent, **changes))
    assert response.status_code == 400
    assert reason in response.content.decode()
    assert RefusedEvent.objects.get().signature_valid is True
    assert not Donation.objects.exists()
    assert DonationIntent.objects.get().status == "pending"


def test_a_recorded_event_signed_with_another_secret_is_refused(client, intent):
    response = deliver(client, recorded("checkout.session.completed", intent), secret="whsec_attacker")
    assert response.status_code == 400
    refusal = RefusedEvent.objects.get()
    assert (refusal.event_id, refusal.signature_valid) == ("evt_1PWn8uKx2EjUxdMZ0kPqL3bA", False)


def test_a_recorded_refund_beyond_what_was_paid_is_refused(client, intent, project):
    deliver(client, recorded("checkout.session.completed", intent))
    response = deliver(client, recorded("refund.created", intent, amount=100000000))
    assert response.status_code == 400
    assert "refunds 1000000.00 USD, but only 25.00 USD of this gift is left to refund" in response.content.decode()
    assert project.progress().received == Decimal("25.00")
