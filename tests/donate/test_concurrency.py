"""1,000 webhook deliveries from 32 threads against PostgreSQL: 20% replays and 10%
forged signatures. The ledger must hold exactly the valid distinct events and
every project's total must be exact."""

import json
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

from donate.models import Donation, DonationIntent
from donate.selectors import progress_for
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory, signed
from tests.factories.home import ThematicAreaFactory

DELIVERIES = 1000
THREADS = 32
DUPLICATES = 200  # 20%
FORGED = 100  # 10%


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_concurrent_webhook_deliveries_are_recorded_exactly_once(restore_wagtail_tree, home):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: SQLite serialises writers, so it cannot show a race")
    rng = random.Random(20261125)
    donate_page = DonatePageFactory(parent=home)
    areas = [ThematicAreaFactory() for _ in range(4)]
    projects = [
        DonationProjectPageFactory(parent=donate_page, thematic_area=areas[i % 4], goal_amount=Decimal("100000"))
        for i in range(12)
    ]
    distinct = DELIVERIES - DUPLICATES - FORGED  # 700 valid distinct events
    intents = DonationIntent.objects.bulk_create(
        [
            DonationIntent(
                project_key=(project := rng.choice(projects)).translation_key,
                project=project,
                amount=Decimal(rng.randint(100, 50000)) / 100,
                currency="USD",
                provider="sandbox",
            )
            for _ in range(distinct)
        ]
    )
    events, expected = [], defaultdict(Decimal)
    for index, intent in enumerate(intents):
        refund = index % 7 == 0  # some events are refunds: negative rows
        amount = (intent.amount / 2).quantize(Decimal("0.01")) if refund else intent.amount
        event = {
            "id": f"evt_{uuid.uuid4().hex}",
            "type": "donation.refunded" if refund else "donation.completed",
            "created": int(time.time()),
            "data": {"intent_id": str(intent.pk), "amount": str(amount), "currency": "USD"},
        }
        events.append(json.dumps(event))
        expected[intent.project_key] += -amount if refund else amount
    deliveries = [(payload, True) for payload in events]
    deliveries += [(rng.choice(events), True) for _ in range(DUPLICATES)]
    deliveries += [(rng.choice(events), False) for _ in range(FORGED)]
    rng.shuffle(deliveries)
    assert len(deliveries) == DELIVERIES

    statuses: Counter = Counter()
    lock = threading.Lock()

    def deliver(chunk):
        client = Client()
        try:
            for payload, genuine in chunk:
                body, header = signed(payload, secret=None if genuine else "forged-secret")
                response = client.post(
                    "/giving/webhooks/sandbox/",
                    data=body,
                    content_type="application/json",
                    HTTP_SANDBOX_SIGNATURE=header,
                )
                with lock:
                    statuses[(genuine, response.status_code)] += 1
        finally:
            connection.close()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(deliver, [deliveries[i::THREADS] for i in range(THREADS)]))
    elapsed = time.perf_counter() - started

    assert statuses == {(True, 200): DELIVERIES - FORGED, (False, 400): FORGED}
    assert Donation.objects.count() == distinct
    assert set(Donation.objects.values_list("event_id", flat=True)) == {json.loads(e)["id"] for e in events}
    progress = progress_for(projects)
    for project in projects:
        assert progress[project.translation_key].received == expected[project.translation_key], project.title
    print(f"\n{DELIVERIES} deliveries from {THREADS} threads in {elapsed:.1f}s ({DELIVERIES / elapsed:.0f}/s)")
