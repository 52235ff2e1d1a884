"""The webhook endpoint: only signed, fresh, understood events reach the ledger, once."""

import logging
import time
from decimal import Decimal

import pytest

from donate.models import Donation, DonationIntent
from donate.selectors import progress_for
from tests.factories.donate import DonationIntentFactory, sandbox_event, signed

pytestmark = pytest.mark.django_db


@pytest.fixture
def intent(project):
    return DonationIntentFactory(project=project, amount=Decimal("25.00"))


def test_completed_event_records_a_gift_and_completes_the_intent(post_webhook, intent, project, mailoutbox):
    response = post_webhook(*signed(sandbox_event(intent, event_id="evt_1")))
    assert response.status_code == 200
    row = Donation.objects.get()
    assert (row.event_id, row.kind, row.amount, row.currency) == ("evt_1", "gift", Decimal("25.00"), "USD")
    assert row.project_key == project.translation_key
    intent.refresh_from_db()
    assert intent.status == DonationIntent.Status.COMPLETED
    assert progress_for([project])[project.translation_key].received == Decimal("25.00")


def test_replayed_event_answers_200_and_is_recorded_once(post_webhook, intent, project):
    payload, header = signed(sandbox_event(intent, event_id="evt_same"))
    assert post_webhook(payload, header).status_code == 200
    second = post_webhook(payload, header)
    assert second.status_code == 200
    assert second.content == b"already recorded"
    assert Donation.objects.count() == 1
    assert progress_for([project])[project.translation_key].received == Decimal("25.00")


def test_refund_is_a_negative_row_and_nothing_is_deleted(post_webhook, intent, project):
    post_webhook(*signed(sandbox_event(intent, event_id="evt_gift")))
    response = post_webhook(*signed(sandbox_event(intent, "donation.refunded", event_id="evt_refund", amount="10")))
    assert response.status_code == 200
    assert sorted(Donation.objects.values_list("kind", "amount")) == [
        ("gift", Decimal("25.00")),
        ("refund", Decimal("-10.00")),
    ]
    assert progress_for([project])[project.translation_key].received == Decimal("15.00")


def test_failed_payment_is_recorded_without_money(post_webhook, intent, project):
    assert post_webhook(*signed(sandbox_event(intent, "donation.failed"))).status_code == 200
    row = Donation.objects.get()
    assert (row.kind, row.amount) == ("failed", Decimal("0.00"))
    intent.refresh_from_db()
    assert intent.status == DonationIntent.Status.FAILED
    assert progress_for([project])[project.translation_key].received == Decimal("0.00")


def test_subscription_cancellation_is_a_ledger_event(post_webhook, project):
    intent = DonationIntentFactory(project=project, frequency="monthly")
    post_webhook(*signed(sandbox_event(intent)))
    response = post_webhook(*signed(sandbox_event(intent, "subscription.cancelled")))
    assert response.status_code == 200
    assert list(Donation.objects.order_by("pk").values_list("kind", flat=True)) == ["gift", "cancellation"]
    intent.refresh_from_db()
    assert intent.subscription_cancelled_at is not None


def test_cancelling_a_one_off_gift_is_refused(post_webhook, intent):
    response = post_webhook(*signed(sandbox_event(intent, "subscription.cancelled")))
    assert response.status_code == 400
    assert not Donation.objects.exists()


def rejected(response, caplog, reason):
    assert response.status_code == 400
    assert not Donation.objects.exists()
    assert any(reason in record.getMessage() for record in caplog.records), [r.getMessage() for r in caplog.records]


@pytest.fixture
def caplog_warnings(caplog):
    caplog.set_level(logging.WARNING, logger="donate.webhooks")
    return caplog


def test_bad_signature_is_refused_and_logged(post_webhook, intent, caplog_warnings):
    payload, _header = signed(sandbox_event(intent))
    _other, forged = signed(sandbox_event(intent), secret="not-the-secret")
    rejected(post_webhook(payload, forged), caplog_warnings, "bad signature")


def test_payload_changed_after_signing_is_refused(post_webhook, intent, caplog_warnings):
    payload, header = signed(sandbox_event(intent, amount="25.00"))
    tampered = payload.replace(b'"25.00"', b'"2500.00"')
    rejected(post_webhook(tampered, header), caplog_warnings, "bad signature")


def test_missing_signature_is_refused_and_logged(post_webhook, intent, caplog_warnings):
    payload, _header = signed(sandbox_event(intent))
    rejected(post_webhook(payload, None), caplog_warnings, "missing signature")


def test_garbled_signature_header_is_refused(post_webhook, intent, caplog_warnings):
    payload, _header = signed(sandbox_event(intent))
    rejected(post_webhook(payload, "nonsense"), caplog_warnings, "malformed signature header")


def test_stale_timestamp_is_refused_and_logged(post_webhook, intent, caplog_warnings):
    old = int(time.time()) - 301
    payload, header = signed(sandbox_event(intent), timestamp=old)
    rejected(post_webhook(payload, header), caplog_warnings, "stale timestamp")


def test_timestamp_within_tolerance_is_accepted(post_webhook, intent):
    payload, header = signed(sandbox_event(intent), timestamp=int(time.time()) - 250)
    assert post_webhook(payload, header).status_code == 200


def test_unknown_event_type_is_refused_and_logged(post_webhook, intent, caplog_warnings):
    rejected(post_webhook(*signed(sandbox_event(intent, "donation.teleported"))), caplog_warnings, "unknown event type")


def test_malformed_json_is_refused_and_logged(post_webhook, caplog_warnings):
    rejected(post_webhook(*signed('{"id": "evt_1", "type": ')), caplog_warnings, "malformed JSON")


def test_json_nested_too_deeply_is_refused_and_recorded(post_webhook, caplog_warnings):
    from donate.models import RefusedEvent

    nested = "[" * 100_000 + "]" * 100_000
    deep = '{"id": "evt_deep", "type": "donation.completed", "created": 1, "data": ' + nested + "}"
    rejected(post_webhook(*signed(deep)), caplog_warnings, "nested too deeply")
    assert RefusedEvent.objects.filter(reason__contains="nested too deeply").count() == 1


def test_event_for_an_unknown_intent_is_refused(post_webhook, intent, caplog_warnings):
    event = sandbox_event(intent, intent_id="6f1d5a1e-0000-4000-8000-000000000000")
    rejected(post_webhook(*signed(event)), caplog_warnings, "names no donation intent")


def test_event_with_a_malformed_intent_id_is_refused(post_webhook, intent, caplog_warnings):
    rejected(post_webhook(*signed(sandbox_event(intent, intent_id="x"))), caplog_warnings, "malformed intent id")


@pytest.mark.parametrize("amount", ["0", "-5", "abc"])
def test_event_without_a_positive_amount_is_refused(post_webhook, intent, amount):
    assert post_webhook(*signed(sandbox_event(intent, amount=amount))).status_code == 400
    assert not Donation.objects.exists()


def test_event_in_another_currency_is_refused(post_webhook, intent, caplog_warnings):
    rejected(post_webhook(*signed(sandbox_event(intent, currency="EUR"))), caplog_warnings, "is in EUR")


def test_only_the_active_providers_endpoint_answers(post_webhook, intent):
    payload, header = signed(sandbox_event(intent))
    assert post_webhook(payload, header, provider="stripe").status_code == 404
    assert not Donation.objects.exists()


def test_webhook_accepts_only_post(client):
    assert client.get("/giving/webhooks/sandbox/").status_code == 405


def test_ledger_rows_cannot_be_edited_or_deleted(post_webhook, intent):
    from django.core.exceptions import ValidationError

    post_webhook(*signed(sandbox_event(intent)))
    row = Donation.objects.get()
    row.amount = Decimal("1000")
    with pytest.raises(ValidationError):
        row.save()
    with pytest.raises(ValidationError):
        row.delete()
    assert Donation.objects.get().amount == Decimal("25.00")
