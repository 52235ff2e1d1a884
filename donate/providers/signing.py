"""Stripe's webhook signature scheme, used by the sandbox so that it signs and
is verified exactly as a real provider is:

    header = "t=<unix time>,v1=<hex HMAC-SHA256(secret, f"{t}.{payload}")>"
"""

import hashlib
import hmac
import time

from .base import WebhookRejected


def signature_header(payload: str, secret: str, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify(payload: str, header: str | None, secret: str, tolerance: int, now: float | None = None) -> None:
    """Raise WebhookRejected unless `header` signs `payload` with `secret` within `tolerance` seconds."""
    if not header:
        raise WebhookRejected("missing signature")
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        parts.setdefault(key, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError, IndexError):
        raise WebhookRejected("malformed signature header") from None
    expected = hmac.new(secret.encode(), f"{timestamp}.{payload}".encode(), hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, candidate) for candidate in parts.get("v1", [])):
        raise WebhookRejected("bad signature")
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        raise WebhookRejected("stale timestamp")
