"""The one webhook signature scheme of the project, Stripe's:

    header = "t=<unix time>,v1=<hex HMAC-SHA256(secret, f"{t}." + body)>"

Used to sign the publish webhooks we send (webhooks/) and to verify the sandbox
payment provider's deliveries (donate/), so both are signed and checked exactly
as a real provider's are: the timestamp is inside the signed text, so a captured
delivery cannot be replayed after `tolerance` seconds, and several `v1=` values
are accepted so a secret can be rolled without downtime.
"""

import hashlib
import hmac
import time


class SignatureError(Exception):
    """The header does not sign the body with the secret, or is stale; `reason` says which."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _body_bytes(body: bytes | str) -> bytes:
    return body.encode() if isinstance(body, str) else body


def _digest(secret: str, body: bytes, timestamp: int) -> str:
    return hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


def signature_header(secret: str, body: bytes | str, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    return f"t={timestamp},v1={_digest(secret, _body_bytes(body), timestamp)}"


def check(secret: str, body: bytes | str, header: str | None, tolerance: int = 300, now: float | None = None) -> None:
    """Raise SignatureError unless `header` signs `body` with `secret` within `tolerance` seconds.

    The signature is checked before the timestamp, so that a stale but genuine
    delivery and a forgery are told apart in the logs.
    """
    if not header:
        raise SignatureError("missing signature")
    parts: dict[str, list[str]] = {}
    for item in header.split(","):
        key, _, value = item.strip().partition("=")
        parts.setdefault(key, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError, IndexError):
        raise SignatureError("malformed signature header") from None
    expected = _digest(secret, _body_bytes(body), timestamp)
    if not any(hmac.compare_digest(expected, candidate) for candidate in parts.get("v1", [])):
        raise SignatureError("bad signature")
    now = time.time() if now is None else now
    if abs(now - timestamp) > tolerance:
        raise SignatureError("stale timestamp")


def verify(secret: str, body: bytes | str, header: str | None, tolerance: int = 300, now: float | None = None) -> bool:
    """What a receiver does, as a yes or no (documented for front-end teams)."""
    try:
        check(secret, body, header, tolerance, now)
    except SignatureError:
        return False
    return True
