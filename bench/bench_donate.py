"""Donations: what a webhook delivery costs, and how progress scales with the ledger.

1. Webhook deliveries through the endpoint (Django's test client): a new signed
   event (verify, one savepoint insert, intent update), a replay of it (verify,
   the insert rejected by the unique constraint), and a forged one (rejected at
   the signature check, no database write). The forged delivery is the baseline.
2. Funding progress of 12 projects (two grouped SUM queries over the ledger and
   the offline contributions) with ledgers of growing size; the smallest is the baseline.
"""

import json
import statistics
import time
import uuid
from decimal import Decimal

from django.test import Client
from django.utils import timezone
from wagtail.models import Locale, Site

from core.signing import signature_header
from donate import conf
from donate.models import DonatePage, Donation, DonationIntent, DonationProjectPage
from donate.selectors import progress_for
from home.models import ThematicArea

ROUNDS = 300
WARM_UP = 20
LEDGER_SIZES = [1_000, 10_000, 100_000]
PROGRESS_ROUNDS = 30


def _setup():
    root = Site.objects.get(is_default_site=True).root_page
    area = ThematicArea.objects.create(name="Bench area", slug="bench-area", locale=Locale.get_default(), live=True)
    donate = DonatePage(title="Donate", slug="bench-donate")
    root.add_child(instance=donate)
    donate.save_revision().publish()
    projects = []
    for number in range(12):
        project = DonationProjectPage(
            title=f"Bench project {number}",
            slug=f"bench-project-{number}",
            summary="Bench.",
            thematic_area=area,
            goal_amount=Decimal("1000000"),
        )
        donate.add_child(instance=project)
        project.save_revision().publish()
        projects.append(project)
    return projects


def _event(intent) -> str:
    return json.dumps(
        {
            "id": f"evt_{uuid.uuid4().hex}",
            "type": "donation.completed",
            "created": int(time.time()),
            "data": {"intent_id": str(intent.pk), "amount": str(intent.amount), "currency": "USD"},
        }
    )


def _post(client, payload: str, secret: str) -> float:
    header = signature_header(secret, payload)
    started = time.perf_counter()
    response = client.post(
        "/giving/webhooks/sandbox/", data=payload, content_type="application/json", HTTP_SANDBOX_SIGNATURE=header
    )
    elapsed = time.perf_counter() - started
    assert response.status_code in (200, 400), response.status_code
    return elapsed


def _webhooks(projects) -> dict:
    secret = conf.sandbox_webhook_secret()
    intents = DonationIntent.objects.bulk_create(
        [
            DonationIntent(
                project_key=projects[i % 12].translation_key,
                project=projects[i % 12],
                amount=Decimal("25.00"),
                currency="USD",
                provider="sandbox",
            )
            for i in range(ROUNDS + WARM_UP)
        ]
    )
    client = Client()
    timings = {"new event": [], "replay": [], "forged signature": []}
    for index, intent in enumerate(intents):
        payload = _event(intent)
        new = _post(client, payload, secret)
        replay = _post(client, payload, secret)
        forged = _post(client, _event(intent), "forged")
        if index >= WARM_UP:
            timings["new event"].append(new)
            timings["replay"].append(replay)
            timings["forged signature"].append(forged)
    assert Donation.objects.count() == len(intents)
    return timings


def _grow_ledger(projects, size: int) -> None:
    missing = size - Donation.objects.count()
    now = timezone.now()
    batch = []
    for number in range(missing):
        project = projects[number % 12]
        batch.append(
            Donation(
                provider="bench",
                event_id=f"bench_{size}_{number}",
                event_type="donation.completed",
                kind="gift",
                project_key=project.translation_key,
                amount=Decimal("10.00"),
                currency="USD",
                occurred_at=now,
            )
        )
    Donation.objects.bulk_create(batch, batch_size=5_000)


def _progress(projects) -> list[tuple[int, float]]:
    results = []
    for size in LEDGER_SIZES:
        _grow_ledger(projects, size)
        progress_for(projects)
        samples = []
        for _ in range(PROGRESS_ROUNDS):
            started = time.perf_counter()
            progress_for(projects)
            samples.append(time.perf_counter() - started)
        results.append((Donation.objects.count(), statistics.median(samples)))
    return results


def run() -> str:
    projects = _setup()
    timings = _webhooks(projects)
    baseline = statistics.median(timings["forged signature"])
    p90 = lambda values: statistics.quantiles(values, n=10)[-1]  # noqa: E731
    webhook_rows = "\n".join(
        f"| {name} | {statistics.median(values) * 1000:.2f} ms | {p90(values) * 1000:.2f} ms | "
        f"{statistics.median(values) / baseline:.2f} |"
        for name, values in timings.items()
    )
    progress = _progress(projects)
    smallest = progress[0][1]
    progress_rows = "\n".join(
        f"| {rows:,} | {seconds * 1000:.2f} ms | {seconds / smallest:.2f} |" for rows, seconds in progress
    )
    return f"""
## Donations

Webhook deliveries through the endpoint with Django's test client, {ROUNDS} of each kind after {WARM_UP}
warm-up rounds, interleaved. A new event is verified (HMAC-SHA256, timestamp), inserted in a savepoint and
completes its intent; a replay is verified and its insert is refused by the unique (provider, event id)
constraint; a forged one stops at the signature check. Ratio against the forged delivery.

| delivery | p50 | p90 | ratio |
|---|---|---|---|
{webhook_rows}

Funding progress of 12 projects (`donate.selectors.progress_for`: two grouped `SUM` queries, ledger and
offline contributions, filtered by the projects' translation keys), median of {PROGRESS_ROUNDS} runs, by
ledger size. Ratio against the smallest ledger. A covering index (project_key, currency, amount) lets the
sum read the index alone; the cost still grows with the rows summed, so beyond a few hundred thousand
rows a per-project running total would be the next step.

| ledger rows | p50 | ratio |
|---|---|---|
{progress_rows}
"""
