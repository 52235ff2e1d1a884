"""The donate app's settings, read when used (not at import) so that each
deployment and each test can change them. Defaults come from the environment.

| setting | environment | default |
|---|---|---|
| DONATE_PAYMENT_PROVIDER | DONATE_PAYMENT_PROVIDER | sandbox (production refuses it, see below) |
| DONATE_ALLOW_SANDBOX | DONATE_ALLOW_SANDBOX | false: production refuses to start with the sandbox |
| DONATE_COUNT_TEST_GIFTS | DONATE_COUNT_TEST_GIFTS | DEBUG: sandbox gifts count in public totals |
| DONATE_MIN_AMOUNT / DONATE_MAX_AMOUNT | same names | 1 / 100000 (in the project's currency) |
| DONATE_GIVE_RATE | DONATE_GIVE_RATE | 10/m per client address |
| DONATE_WEBHOOK_RATE | DONATE_WEBHOOK_RATE | 600/m per client address |
| DONATE_WEBHOOK_TOLERANCE | DONATE_WEBHOOK_TOLERANCE | 300 seconds |
| DONATE_SANDBOX_WEBHOOK_SECRET | same | random, made once per installation and stored |
| STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET | same | empty |
| STRIPE_CUSTOMER_PORTAL_URL | same | empty |
"""

import os
from decimal import Decimal

from django.conf import settings


def _setting(name: str, default):
    return getattr(settings, name, os.environ.get(name, default))


def payment_provider() -> str:
    return str(_setting("DONATE_PAYMENT_PROVIDER", "sandbox"))


def _flag(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


def allow_sandbox() -> bool:
    """A staging site may run the sandbox in production settings when this says so."""
    return _flag(_setting("DONATE_ALLOW_SANDBOX", "false"))


def count_test_gifts() -> bool:
    """Whether sandbox (test) gifts count in public totals and reports: only in
    debug mode unless set, so a staging site never shows fake money as raised."""
    value = _setting("DONATE_COUNT_TEST_GIFTS", None)
    return settings.DEBUG if value in (None, "") else _flag(value)


def min_amount() -> Decimal:
    return Decimal(str(_setting("DONATE_MIN_AMOUNT", "1")))


def max_amount() -> Decimal:
    return Decimal(str(_setting("DONATE_MAX_AMOUNT", "100000")))


def give_rate(group=None, request=None) -> str:
    # A callable so django-ratelimit reads it per request.
    return str(_setting("DONATE_GIVE_RATE", "10/m"))


def webhook_rate(group=None, request=None) -> str:
    # Generous: a provider retries in bursts; this only stops a flood from one address.
    return str(_setting("DONATE_WEBHOOK_RATE", "600/m"))


def webhook_tolerance() -> int:
    return int(_setting("DONATE_WEBHOOK_TOLERANCE", 300))


def sandbox_webhook_secret() -> str:
    configured = _setting("DONATE_SANDBOX_WEBHOOK_SECRET", "")
    if configured:
        return str(configured)
    # Random and stored, never derived from SECRET_KEY: the dev settings' key is in
    # the repository, so a derived secret would let anyone sign sandbox webhooks.
    # Through the app registry: conf sits below the models (they read settings
    # through it), so it never imports them.
    from django.apps import apps

    return apps.get_model("donate", "InstallationSecret").get("donate-sandbox-webhook")


def stripe_secret_key() -> str:
    return str(_setting("STRIPE_SECRET_KEY", ""))


def stripe_webhook_secret() -> str:
    return str(_setting("STRIPE_WEBHOOK_SECRET", ""))


def stripe_customer_portal_url() -> str:
    return str(_setting("STRIPE_CUSTOMER_PORTAL_URL", ""))
