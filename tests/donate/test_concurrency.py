"""A webhook storm on PostgreSQL: 2,000 deliveries from 32 threads, with 20 %
replays, 10 % forged signatures, 10 % amount or currency mismatches, 5 %
over-refunds and 5 % malformed numbers. The ledger must hold exactly the valid
events, every project's total must be exact, every refusal must be recorded with
its reason, and the ledger's admin and exports must still answer.

Completions are delivered first and refunds after (a provider refunds a paid
gift), each phase from 32 threads at once, so the checks that read the ledger
(completed once, refunds within what was paid) run under real contention.
`STORM_DELIVERIES` scales it up (`make storm`)."""

import json
import os
import random
import threading
import time
import uuid
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client

from core.signing import signature_header
from donate import conf
from donate.models import Donation, DonationIntent, RefusedEvent
from donate.selectors import progress_for
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.home import ThematicAreaFactory

DELIVERIES = int(os.environ.get("STORM_DELIVERIES", 2000))
THREADS = 32
SHARES = {"duplicate": 0.20, "forged": 0.10, "mismatch": 0.10, "over_refund": 0.05, "malformed": 0.05}
REASONS = {
    "forged": "bad signature",
    "mismatch": ("the gift was",),  # "pays X, the gift was Y" or "is in EUR, the gift was in USD"
    "over_refund": "left to refund",
    "malformed": "malformed number",
}
MALFORMED = ["NaN", "Infinity", "-Infinity", "1e20", '"1e20"', '"5.001"', '"100000000000000"', "[1]", "true"]


def event(event_type, intent, amount, currency="USD", created=None) -> dict:
    return {
        "id": f"evt_{uuid.uuid4().hex}",
        "type": event_type,
        "created": created or int(time.time()),
        "data": {"intent_id": str(intent.pk), "amount": str(amount), "currency": currency},
    }


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_webhook_storm_records_exactly_the_valid_events(restore_wagtail_tree, home, settings):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite serialises writers, so it cannot show a race")
    settings.DONATE_WEBHOOK_RATE = "100000/m"  # the storm comes from one address
    rng = random.Random(20261129)
    counts = {kind: int(DELIVERIES * share) for kind, share in SHARES.items()}
    valid_count = DELIVERIES - sum(counts.values())  # 50 %: distinct valid events
    refunds = valid_count * 15 // 100
    completions = valid_count - refunds

    donate_page = DonatePageFactory(parent=home)
    areas = [ThematicAreaFactory() for _ in range(4)]
    projects = [
        DonationProjectPageFactory(parent=donate_page, thematic_area=areas[i % 4], goal_amount=Decimal("10000000"))
        for i in range(12)
    ]
    intents = DonationIntent.objects.bulk_create(
        [
            DonationIntent(
                project_key=(project := rng.choice(projects)).translation_key,
                project=project,
                amount=Decimal(rng.randint(100, 50000)) / 100,
                currency="USD",
                provider="sandbox",
                is_test=True,
            )
            for _ in range(completions)
        ]
    )
    # (phase, payload, genuine signature, expected refusal kind or None)
    deliveries = []
    valid: dict[str, tuple] = {}
    expected = defaultdict(Decimal)
    for intent in intents:
        payload = event("donation.completed", intent, intent.amount)
        valid[payload["id"]] = (intent.project_key, intent.amount)
        expected[intent.project_key] += intent.amount
        deliveries.append((1, json.dumps(payload), True, None))
    for intent in rng.sample(intents, refunds):
        amount = (intent.amount / 2).quantize(Decimal("0.01"))
        payload = event("donation.refunded", intent, amount)
        valid[payload["id"]] = (intent.project_key, -amount)
        expected[intent.project_key] -= amount
        deliveries.append((2, json.dumps(payload), True, None))
    originals = list(deliveries)
    for _ in range(counts["duplicate"]):
        deliveries.append(rng.choice(originals))  # same bytes, signed afresh: a provider's retry
    for _ in range(counts["forged"]):
        phase, payload, _genuine, _ = rng.choice(originals)
        deliveries.append((phase, payload, False, "forged"))
    for number in range(counts["mismatch"]):
        intent = rng.choice(intents)
        wrong = event("donation.completed", intent, intent.amount + 1) if number % 2 else None
        wrong = wrong or event("donation.completed", intent, intent.amount, currency="EUR")
        deliveries.append((1, json.dumps(wrong), True, "mismatch"))
    for _ in range(counts["over_refund"]):
        intent = rng.choice(intents)
        deliveries.append((2, json.dumps(event("donation.refunded", intent, intent.amount + 1)), True, "over_refund"))
    for number in range(counts["malformed"]):
        intent = rng.choice(intents)
        body = json.dumps(event("donation.completed", intent, "AMOUNT")).replace('"AMOUNT"', MALFORMED[number % 9])
        deliveries.append((rng.choice((1, 2)), body, True, "malformed"))
    assert len(deliveries) == DELIVERIES

    secret = conf.sandbox_webhook_secret()
    statuses: Counter = Counter()
    lock = threading.Lock()

    def deliver(chunk):
        client = Client()
        try:
            for _phase, payload, genuine, refusal in chunk:
                header = signature_header(secret if genuine else "forged-secret", payload)
                response = client.post(
                    "/giving/webhooks/sandbox/",
                    data=payload,
                    content_type="application/json",
                    HTTP_SANDBOX_SIGNATURE=header,
                )
                with lock:
                    statuses[(refusal, response.status_code)] += 1
        finally:
            connection.close()

    started = time.perf_counter()
    for phase in (1, 2):
        batch = [delivery for delivery in deliveries if delivery[0] == phase]
        rng.shuffle(batch)
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            list(pool.map(deliver, [batch[i::THREADS] for i in range(THREADS)]))
    elapsed = time.perf_counter() - started

    refused_total = sum(counts[kind] for kind in REASONS)
    assert statuses == {
        (None, 200): valid_count + counts["duplicate"],
        **{(kind, 400): counts[kind] for kind in REASONS},
    }
    # The ledger is exactly the valid events, each with its amount.
    rows = dict(Donation.objects.values_list("event_id", "amount"))
    assert rows == {event_id: amount for event_id, (_key, amount) in valid.items()}
    progress = progress_for(projects)
    for project in projects:
        assert progress[project.translation_key].received == expected[project.translation_key], project.title
    # Every refusal is recorded with its reason.
    assert RefusedEvent.objects.count() == refused_total
    reasons = list(RefusedEvent.objects.values_list("reason", flat=True))
    for kind, marker in REASONS.items():
        markers = marker if isinstance(marker, tuple) else (marker,)
        found = sum(any(m in reason for m in markers) for reason in reasons)
        assert found == counts[kind], (kind, found)
    # The ledger admin and its exports still answer.
    from django.contrib.auth.models import User

    staff = Client()
    staff.force_login(User.objects.create_superuser("storm-admin", "a@example.org", "pw"))
    for url in ("/admin/donate/ledger/", "/admin/donate/refused/", "/admin/donate/funding/"):
        assert staff.get(url).status_code == 200, url
        for export in ("csv", "xlsx"):
            response = staff.get(url, {"export": export})
            assert response.status_code == 200, (url, export)
            b"".join(response.streaming_content)
    print(f"\n{DELIVERIES} deliveries from {THREADS} threads in {elapsed:.1f}s ({DELIVERIES / elapsed:.0f}/s)")
