"""The donate app's settings, read when used (not at import) so that each
deployment and each test can change them. Defaults come from the environment.

| setting | environment | default |
|---|---|---|
| DONATE_PAYMENT_PROVIDER | DONATE_PAYMENT_PROVIDER | sandbox |
| DONATE_MIN_AMOUNT / DONATE_MAX_AMOUNT | same names | 1 / 100000 (in the project's currency) |
| DONATE_GIVE_RATE | DONATE_GIVE_RATE | 10/m per client address |
| DONATE_WEBHOOK_TOLERANCE | DONATE_WEBHOOK_TOLERANCE | 300 seconds |
| DONATE_SANDBOX_WEBHOOK_SECRET | same | derived from SECRET_KEY |
| STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET | same | empty |
| STRIPE_CUSTOMER_PORTAL_URL | same | empty |
"""

import hashlib
import hmac
import os
from decimal import Decimal

from django.conf import settings


def _setting(name: str, default):
    return getattr(settings, name, os.environ.get(name, default))


def payment_provider() -> str:
    return str(_setting("DONATE_PAYMENT_PROVIDER", "sandbox"))


def min_amount() -> Decimal:
    return Decimal(str(_setting("DONATE_MIN_AMOUNT", "1")))


def max_amount() -> Decimal:
    return Decimal(str(_setting("DONATE_MAX_AMOUNT", "100000")))


def give_rate(group=None, request=None) -> str:
    # A callable so django-ratelimit reads it per request.
    return str(_setting("DONATE_GIVE_RATE", "10/m"))


def webhook_tolerance() -> int:
    return int(_setting("DONATE_WEBHOOK_TOLERANCE", 300))


def sandbox_webhook_secret() -> str:
    configured = _setting("DONATE_SANDBOX_WEBHOOK_SECRET", "")
    if configured:
        return str(configured)
    # Derived rather than fixed, so no deployment shares a known sandbox secret.
    return hmac.new(settings.SECRET_KEY.encode(), b"donate-sandbox-webhook", hashlib.sha256).hexdigest()


def stripe_secret_key() -> str:
    return str(_setting("STRIPE_SECRET_KEY", ""))


def stripe_webhook_secret() -> str:
    return str(_setting("STRIPE_WEBHOOK_SECRET", ""))


def stripe_customer_portal_url() -> str:
    return str(_setting("STRIPE_CUSTOMER_PORTAL_URL", ""))
