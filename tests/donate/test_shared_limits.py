"""The limits on giving, webhooks and view beacons count in the shared cache:
two processes (two gunicorn workers, two servers) add to one count."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.test import Client, override_settings

from donate.models import Donation

PROJECT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/15"

# One process: the view's own limit parameters, counted through Django's cache
# framework pointed at Redis, as config.settings.base does when REDIS_URL is set.
WORKER = r"""
import json, os, sys
import django
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
django.setup()
from django.test import RequestFactory, override_settings
from django_ratelimit.core import is_ratelimited
from donate.views import GIVE_LIMIT, WEBHOOK_LIMIT
from publications.views import BEACON_LIMIT

limits = {"give": GIVE_LIMIT, "webhook": WEBHOOK_LIMIT, "beacon": BEACON_LIMIT}
attempts, prefix, url = int(sys.argv[1]), sys.argv[2], sys.argv[3]
caches = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url, "KEY_PREFIX": prefix}}
# Per day: django-ratelimit's window restarts at a boundary, which a per-minute
# window could cross between the two processes.
rates = {"DONATE_GIVE_RATE": "5/d", "DONATE_WEBHOOK_RATE": "5/d", "PUBLICATIONS_BEACON_RATE": "5/d"}
with override_settings(CACHES=caches, **rates):
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7")
    print(json.dumps({
        name: [is_ratelimited(request, increment=True, **limit) for _ in range(attempts)]
        for name, limit in limits.items()
    }))
"""


def redis_available() -> bool:
    try:
        import redis

        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception:
        return False
    return True


def run_worker(attempts: int, prefix: str) -> dict[str, list[bool]]:
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(attempts), prefix, REDIS_URL],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_two_processes_share_one_count():
    if not redis_available():
        if os.environ.get("CI") or os.environ.get("REDIS_REQUIRED"):
            pytest.fail(f"Redis is not reachable at {REDIS_URL}")
        pytest.skip(f"Redis is not reachable at {REDIS_URL}")
    prefix = f"limits-{uuid.uuid4().hex}"  # a fresh count for this test
    first = run_worker(3, prefix)
    second = run_worker(3, prefix)
    # 5 a day: the first process's 3 pass, the second's 3rd is over the shared count.
    for name in ("give", "webhook", "beacon"):
        assert first[name] == [False, False, False], name
        assert second[name] == [False, False, True], name


@pytest.mark.django_db
@override_settings(DONATE_WEBHOOK_RATE="2/m")
def test_webhook_deliveries_are_limited_per_address(post_webhook, project):
    from tests.factories.donate import DonationIntentFactory, sandbox_event, signed

    statuses = [
        post_webhook(*signed(sandbox_event(DonationIntentFactory(project=project)))).status_code for _ in range(3)
    ]
    assert statuses == [200, 200, 429]
    assert Donation.objects.count() == 2
    other = Client(REMOTE_ADDR="10.0.0.9")
    payload, header = signed(sandbox_event(DonationIntentFactory(project=project)))
    response = other.post(
        "/giving/webhooks/sandbox/", data=payload, content_type="application/json", HTTP_SANDBOX_SIGNATURE=header
    )
    assert response.status_code == 200


@pytest.mark.django_db
@override_settings(PUBLICATIONS_BEACON_RATE="2/m")
def test_view_beacons_are_limited_per_address(client, home):
    from publications.models import ViewCount
    from tests.factories.publications import PublicationIndexPageFactory, PublicationPageFactory

    publication = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    browser = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", "HTTP_ORIGIN": "http://testserver"}
    url = f"/beacon/publications/{publication.pk}/"
    assert [client.post(url, **browser).status_code for _ in range(3)] == [204, 204, 429]
    # The two accepted beacons come from one client within the hour: one view.
    assert ViewCount.objects.get().count == 1
