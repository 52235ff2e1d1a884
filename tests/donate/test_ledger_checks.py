"""The ledger checks every event against the gift it completes, refuses absurd
values with a reason, records every refusal, and corrects only by reversing."""

import json
import logging
import time
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, User
from django.db import DataError, IntegrityError, connection, transaction

from donate.models import Donation, DonationIntent, RefusedEvent
from donate.selectors import progress_for
from tests.factories.donate import DonationIntentFactory, sandbox_event, signed

pytestmark = pytest.mark.django_db


@pytest.fixture
def intent(project):
    return DonationIntentFactory(project=project, amount=Decimal("5.00"))


@pytest.fixture
def warnings_log(caplog):
    caplog.set_level(logging.WARNING, logger="donate.webhooks")
    return caplog


def refused(response, reason, caplog=None):
    assert response.status_code == 400, response.content
    assert reason in response.content.decode()
    row = RefusedEvent.objects.order_by("-pk").first()
    assert row is not None and reason in row.reason
    if caplog is not None:
        assert any(reason in record.getMessage() for record in caplog.records)
    return row


def received(project):
    return progress_for([project])[project.translation_key].received


def test_a_completion_must_pay_the_gifts_amount(post_webhook, intent, project, warnings_log):
    row = refused(
        post_webhook(*signed(sandbox_event(intent, event_id="evt_big", amount="99999"))),
        "pays 99999.00 USD, the gift was 5.00 USD",
        warnings_log,
    )
    assert (row.event_id, row.event_type, row.signature_valid) == ("evt_big", "donation.completed", True)
    assert not Donation.objects.exists()
    assert DonationIntent.objects.get().status == "pending"
    assert received(project) == Decimal("0.00")


def test_a_completion_must_be_in_the_gifts_currency(post_webhook, intent):
    refused(post_webhook(*signed(sandbox_event(intent, currency="EUR"))), "is in EUR, the gift was in USD")


def test_a_gift_is_completed_once_whatever_the_event_id(post_webhook, intent, project):
    assert post_webhook(*signed(sandbox_event(intent, event_id="evt_1"))).status_code == 200
    refused(post_webhook(*signed(sandbox_event(intent, event_id="evt_2"))), "already completed")
    assert post_webhook(*signed(sandbox_event(intent, event_id="evt_1"))).content == b"already recorded"
    assert received(project) == Decimal("5.00")


def test_refunds_are_bounded_by_what_was_paid(post_webhook, intent, project):
    refused(
        post_webhook(*signed(sandbox_event(intent, "donation.refunded", amount="1"))),
        "only 0.00 USD of this gift is left to refund",
    )
    post_webhook(*signed(sandbox_event(intent)))
    refused(
        post_webhook(*signed(sandbox_event(intent, "donation.refunded", amount="1000000"))),
        "refunds 1000000.00 USD, but only 5.00 USD",
    )
    assert post_webhook(*signed(sandbox_event(intent, "donation.refunded", amount="3"))).status_code == 200
    refused(post_webhook(*signed(sandbox_event(intent, "donation.refunded", amount="3"))), "only 2.00 USD")
    assert post_webhook(*signed(sandbox_event(intent, "donation.refunded", amount="2"))).status_code == 200
    assert received(project) == Decimal("0.00")


def test_a_monthly_gift_renews_at_its_amount_until_cancelled(post_webhook, project):
    intent = DonationIntentFactory(project=project, frequency="monthly", amount=Decimal("10"))
    refused(post_webhook(*signed(sandbox_event(intent, "donation.renewed"))), "not an active monthly gift")
    post_webhook(*signed(sandbox_event(intent)))
    assert post_webhook(*signed(sandbox_event(intent, "donation.renewed"))).status_code == 200
    refused(post_webhook(*signed(sandbox_event(intent, "donation.renewed", amount="11"))), "pays 11.00 USD")
    post_webhook(*signed(sandbox_event(intent, "subscription.cancelled")))
    refused(post_webhook(*signed(sandbox_event(intent, "donation.renewed"))), "was cancelled")
    assert received(project) == Decimal("20.00")


def raw_event(intent, **changes):
    event = sandbox_event(intent, event_id="evt_raw")
    for key, value in changes.items():
        if key.startswith("data_"):
            event["data"][key.removeprefix("data_")] = value
        else:
            event[key] = value
    return event


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (lambda e: json.dumps(e).replace('"5.00"', "NaN"), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', "Infinity"), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', "-Infinity"), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', "1e20"), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', '"1e20"'), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', '"5E0"'), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', '"5.001"'), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', "5.001"), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', '"100000000000000"'), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', "100000000000000"), "less than 1,000,000,000,000"),
        (lambda e: json.dumps(e).replace('"5.00"', "true"), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', '["5.00"]'), "malformed number"),
        (lambda e: json.dumps(e).replace('"5.00"', "null"), "amount is missing"),
        (lambda e: json.dumps({**e, "data": [e["data"]]}), "data is not an object"),
        (lambda e: json.dumps({**e, "data": None}), "data is not an object"),
        (lambda e: json.dumps({**e, "id": None}), "event id is missing"),
        (lambda e: json.dumps({k: v for k, v in e.items() if k != "id"}), "event id is missing"),
        (lambda e: json.dumps({**e, "id": ["evt"]}), "event id is not a string"),
        (lambda e: json.dumps({**e, "id": "evt\u0000x"}), "control characters"),
        (lambda e: json.dumps({**e, "id": "e" * 256}), "longer than 255"),
        (lambda e: json.dumps({**e, "created": 1e30}), "malformed number"),
        (lambda e: json.dumps({**e, "created": 1700000000.5}), "created is not a whole number"),
        (lambda e: json.dumps({**e, "created": 10**30}), "out of range"),
        (lambda e: json.dumps({**e, "created": int(time.time()) + 400 * 86400}), "out of range"),
        (lambda e: json.dumps({**e, "created": 0}), "out of range"),
        (lambda e: json.dumps({**e, "created": "yesterday"}), "created is not a whole number"),
        (lambda e: json.dumps({**e, "data": {**e["data"], "intent_id": None}}), "intent_id is missing"),
        (lambda e: json.dumps({**e, "data": {**e["data"], "currency": 840}}), "three-letter code"),
        (lambda e: json.dumps([e]), "not an object"),
    ],
)
def test_absurd_values_are_refused_with_a_reason(post_webhook, intent, project, warnings_log, body, reason):
    response = post_webhook(*signed(body(raw_event(intent))))
    refused(response, reason, warnings_log)
    assert not Donation.objects.exists()
    assert received(project) == Decimal("0.00")


def test_null_ids_never_collide(post_webhook, project):
    for _ in range(2):
        intent = DonationIntentFactory(project=project)
        refused(post_webhook(*signed(json.dumps({**sandbox_event(intent), "id": None}))), "event id is missing")
    assert not Donation.objects.filter(event_id="None").exists()
    assert RefusedEvent.objects.filter(event_id="").count() == 2


def test_forged_deliveries_are_recorded_as_unverified_refusals(post_webhook, intent, client):
    payload, forged = signed(sandbox_event(intent, event_id="evt_forged"), secret="guess")
    response = post_webhook(payload, forged)
    row = refused(response, "bad signature")
    assert (row.event_id, row.signature_valid, row.client_address) == ("evt_forged", False, "127.0.0.1")
    refused(post_webhook(b"\xff\xfe not json", "t=1,v1=00"), "payload is not UTF-8")
    assert RefusedEvent.objects.count() == 2


def test_the_database_refuses_an_amount_that_does_not_fit(intent):
    # SQLite stores any number, so the CHECK constraint refuses it (IntegrityError);
    # PostgreSQL's numeric(14, 2) column refuses it first (DataError).
    with pytest.raises((IntegrityError, DataError)), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO donate_donation (provider, event_id, event_type, kind, project_key, amount, currency,"
            " frequency, occurred_at, recorded_at, is_test, note) VALUES ('sandbox', 'x', 't', 'gift', %s, 1e20,"
            " 'USD', 'one_off', %s, %s, false, '')",
            [
                intent.project_key.hex if connection.vendor == "sqlite" else intent.project_key,
                "2026-01-01",
                "2026-01-01",
            ],
        )


@pytest.fixture
def manager(client):
    user = User.objects.create_user("manager", "manager@example.org", "pw")
    user.groups.add(Group.objects.get(name="Donation managers"))
    client.force_login(user)
    return user


def test_staff_see_refusals_read_only_and_export_them(client, manager, post_webhook, intent):
    post_webhook(*signed(json.dumps({**sandbox_event(intent, event_id="evt_nan")}).replace('"5.00"', "NaN")))
    page = client.get("/admin/donate/refused/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "evt_nan" in html and "malformed number" in html
    assert "Refused donation webhooks" in client.get("/admin/").content.decode()
    for export in ("csv", "xlsx"):
        assert client.get("/admin/donate/refused/", {"export": export}).status_code == 200
    (row,) = RefusedEvent.objects.all()
    assert client.post(f"/admin/donate/refusedevent/{row.pk}/delete/").status_code == 404


def test_an_editor_cannot_see_refusals(client, home):
    user = User.objects.create_user("editor", "e@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    response = client.get("/admin/donate/refused/")
    assert response.status_code == 403 or response.url == "/admin/"


def test_a_mistake_is_corrected_by_a_reversing_entry(client, manager, post_webhook, intent, project):
    post_webhook(*signed(sandbox_event(intent)))
    gift = Donation.objects.get()
    ledger = client.get("/admin/donate/ledger/").content.decode()
    assert f"/admin/donate/ledger/{gift.pk}/reverse/" in ledger
    form = client.get(f"/admin/donate/ledger/{gift.pk}/reverse/")
    assert form.status_code == 200
    assert "is required" in client.post(f"/admin/donate/ledger/{gift.pk}/reverse/", {"note": ""}).content.decode()
    done = client.post(f"/admin/donate/ledger/{gift.pk}/reverse/", {"note": "Test gift made by mistake"})
    assert done.status_code == 302
    reversal = Donation.objects.get(kind="reversal")
    assert (reversal.amount, reversal.reverses, reversal.recorded_by) == (Decimal("-5.00"), gift, manager)
    assert Donation.objects.get(pk=gift.pk).amount == Decimal("5.00")  # the original stays
    assert received(project) == Decimal("0.00")
    again = client.post(f"/admin/donate/ledger/{gift.pk}/reverse/", {"note": "twice"})
    assert "already been reversed" in again.content.decode()
    assert Donation.objects.count() == 2
    # A refund of a reversed gift finds nothing left to refund.
    response = post_webhook(*signed(sandbox_event(intent, "donation.refunded", amount="1")))
    assert response.status_code == 400


def test_only_holders_of_the_permission_reverse(client, admin_user, post_webhook, intent):
    post_webhook(*signed(sandbox_event(intent)))
    gift = Donation.objects.get()
    user = User.objects.create_user("viewer", "v@example.org", "pw")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"), Permission.objects.get(codename="view_donation")
    )
    client.force_login(user)
    assert f"/admin/donate/ledger/{gift.pk}/reverse/" not in client.get("/admin/donate/ledger/").content.decode()
    response = client.post(f"/admin/donate/ledger/{gift.pk}/reverse/", {"note": "x"})
    assert response.status_code in (302, 403)
    assert Donation.objects.count() == 1


def test_admin_and_exports_hold_the_largest_amounts(client, manager, post_webhook, project, settings):
    settings.DONATE_MAX_AMOUNT = "999999999999.99"
    intent = DonationIntentFactory(project=project, amount=Decimal("999999999999.99"))
    assert post_webhook(*signed(sandbox_event(intent))).status_code == 200
    post_webhook(*signed(json.dumps(sandbox_event(intent, event_id="evt_inf")).replace('"999999999999.99"', "1e400")))
    for url in ("/admin/donate/ledger/", "/admin/donate/funding/", "/admin/donate_offline/", "/admin/donate/refused/"):
        assert client.get(url).status_code == 200, url
        for export in ("csv", "xlsx"):
            assert client.get(url, {"export": export}).status_code == 200, (url, export)
    assert client.get(project.url).status_code == 200
