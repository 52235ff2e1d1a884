"""Enqueue notices and deliver them with retries and backoff."""

import json
import logging
import urllib.error
import urllib.request

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from core.changes import latest_change
from core.page_types import public_type_name
from core.translations import api_url_for, translations_for

from .models import WebhookDelivery
from .signing import signature_header

logger = logging.getLogger(__name__)


def page_payload(event: str, page) -> dict:
    """The notice: what happened (`action`), the page, its URLs before and after
    (a slug change or an unpublish moves or removes a path), and its translations."""
    change = latest_change(page)
    url = page.get_url()
    return {
        "event": event,
        "action": event.split(".", 1)[-1],
        "occurred_at": timezone.now().isoformat(),
        "page": {
            "id": page.pk,
            "type": public_type_name(page),
            "title": page.title,
            "url": url,
            "api_url": api_url_for(page, page.locale.language_code),
            "locale": page.locale.language_code,
            "translation_key": str(page.translation_key),
            "url_before": (change.url_before or None) if change else None,
            "url_after": (change.url_after or None) if change else url,
            "translations": translations_for([page]).get(page.translation_key, []),
        },
    }


def enqueue(event: str, payload: dict) -> list[WebhookDelivery]:
    return [
        WebhookDelivery.objects.create(url=url, event=event, payload=payload) for url in settings.PUBLISH_WEBHOOK_URLS
    ]


def _post(delivery: WebhookDelivery) -> int:
    body = json.dumps(delivery.payload, sort_keys=True).encode()
    request = urllib.request.Request(
        delivery.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "outreach-cms-webhooks/1",
            "X-Webhook-Event": delivery.event,
            "X-Webhook-Id": str(delivery.pk),
            "X-Webhook-Signature": signature_header(settings.PUBLISH_WEBHOOK_SECRET, body),
        },
    )
    with urllib.request.urlopen(request, timeout=settings.PUBLISH_WEBHOOK_TIMEOUT) as response:  # noqa: S310
        return response.status


def attempt(delivery: WebhookDelivery) -> bool:
    """Try one delivery now; record the outcome and schedule a retry on failure."""
    delivery.attempts += 1
    try:
        delivery.last_status = _post(delivery)
        delivery.delivered_at = timezone.now()
        delivery.last_error = ""
    except urllib.error.HTTPError as error:
        delivery.last_status = error.code
        delivery.last_error = f"HTTP {error.code}: {error.reason}"
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        delivery.last_status = None
        delivery.last_error = f"{type(error).__name__}: {getattr(error, 'reason', error)}"
    if delivery.delivered_at is None:
        if delivery.attempts >= settings.PUBLISH_WEBHOOK_MAX_ATTEMPTS:
            delivery.gave_up = True
            logger.error(
                "Webhook %s to %s gave up after %s attempts: %s",
                delivery.event,
                delivery.url,
                delivery.attempts,
                delivery.last_error,
            )
        else:
            delivery.next_attempt_at = timezone.now() + delivery.backoff()
            logger.warning(
                "Webhook %s to %s failed (attempt %s): %s",
                delivery.event,
                delivery.url,
                delivery.attempts,
                delivery.last_error,
            )
    delivery.save()
    return delivery.delivered_at is not None


def drain(limit: int = 100) -> tuple[int, int]:
    """Deliver what is due. Returns (delivered, failed).

    On PostgreSQL rows are claimed with SKIP LOCKED, so two cron runs that
    overlap never send the same notice twice.
    """
    delivered = failed = 0
    for _ in range(limit):
        with transaction.atomic():
            due = WebhookDelivery.objects.due().order_by("next_attempt_at", "pk")
            if connection.features.has_select_for_update_skip_locked:
                due = due.select_for_update(skip_locked=True)
            delivery = due.first()
            if delivery is None:
                break
            if attempt(delivery):
                delivered += 1
            else:
                failed += 1
    return delivered, failed
