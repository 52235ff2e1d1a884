"""Publishing and unpublishing send signed notices through an outbox, with retries."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone
from freezegun import freeze_time

from tests.factories import HomePageFactory
from webhooks.models import WebhookDelivery
from webhooks.outbox import drain
from webhooks.signing import verify

pytestmark = pytest.mark.django_db
SECRET = "test-webhook-secret"


class Receiver:
    """A real HTTP server on loopback that records what it receives."""

    def __init__(self, status=204):
        self.status = status
        self.received = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/rebuild"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver(settings):
    server = Receiver()
    settings.PUBLISH_WEBHOOK_URLS = [server.url]
    settings.PUBLISH_WEBHOOK_SECRET = SECRET
    yield server
    server.close()


def test_publish_enqueues_and_delivers_a_signed_notice(home, receiver):
    page = HomePageFactory(parent=home, slug="news", title="News")
    page.save_revision().publish()
    assert WebhookDelivery.objects.count() == 1
    assert drain() == (1, 0)
    headers, body = receiver.received[0]
    assert verify(SECRET, body, headers["X-Webhook-Signature"])
    assert not verify("another-secret", body, headers["X-Webhook-Signature"])
    payload = json.loads(body)
    assert payload["event"] == "page.published"
    assert payload["page"]["title"] == "News" and payload["page"]["url"] == "/news/"
    assert WebhookDelivery.objects.get().delivered_at is not None
    assert drain() == (0, 0), "a delivered notice is never sent again"


def test_unpublish_sends_its_own_event(home, receiver):
    page = HomePageFactory(parent=home, slug="news", title="News")
    page.unpublish()
    drain()
    assert json.loads(receiver.received[0][1])["event"] == "page.unpublished"


def test_stale_or_tampered_signatures_fail_verification():
    body = b'{"event": "page.published"}'
    from webhooks.signing import signature_header

    header = signature_header(SECRET, body, timestamp=1_000_000)
    assert verify(SECRET, body, header, now=1_000_100)
    assert not verify(SECRET, body, header, now=1_000_000 + 301)
    assert not verify(SECRET, body + b" ", header, now=1_000_000)
    assert not verify(SECRET, body, "garbage", now=1_000_000)


def test_failures_are_retried_with_backoff_then_given_up(home, receiver, settings):
    settings.PUBLISH_WEBHOOK_MAX_ATTEMPTS = 3
    receiver.status = 503
    HomePageFactory(parent=home, slug="news", title="News").save_revision().publish()
    start = timezone.now()
    assert drain() == (0, 1)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.attempts, delivery.last_status) == (1, 503)
    assert "HTTP 503" in delivery.last_error
    assert drain() == (0, 0), "not due again before its backoff"
    with freeze_time(start + timedelta(minutes=1, seconds=5)):
        assert drain() == (0, 1)
    delivery.refresh_from_db()
    assert delivery.attempts == 2
    assert delivery.next_attempt_at >= start + timedelta(minutes=2)
    with freeze_time(start + timedelta(minutes=10)):
        receiver.status = 204
        assert drain() == (1, 0)
    assert WebhookDelivery.objects.get().delivered_at is not None


def test_unreachable_receiver_gives_up_and_is_visible_in_the_admin(home, settings, admin_client):
    settings.PUBLISH_WEBHOOK_URLS = ["http://127.0.0.1:9/closed-port"]
    settings.PUBLISH_WEBHOOK_SECRET = SECRET
    settings.PUBLISH_WEBHOOK_MAX_ATTEMPTS = 1
    HomePageFactory(parent=home, slug="news", title="News").save_revision().publish()
    call_command("deliver_webhooks")
    delivery = WebhookDelivery.objects.get()
    assert delivery.gave_up and "URLError" in delivery.last_error
    html = admin_client.get("/admin/reports/webhooks/", {"status": "gave_up"}).content.decode()
    assert "http://127.0.0.1:9/closed-port" in html and "gave up" in html
    export = admin_client.get("/admin/reports/webhooks/", {"export": "csv"})
    assert b"closed-port" in b"".join(export.streaming_content)


def test_nothing_is_queued_when_no_receiver_is_configured(home, settings):
    settings.PUBLISH_WEBHOOK_URLS = []
    HomePageFactory(parent=home, slug="news", title="News").save_revision().publish()
    assert not WebhookDelivery.objects.exists()
