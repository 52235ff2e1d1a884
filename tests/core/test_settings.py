"""Production refuses to start with unsafe configuration, naming the variable."""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


# Production refuses the sandbox payment provider (tests/donate/test_real_money.py).
REAL_PAYMENTS = {"DONATE_PAYMENT_PROVIDER": "stripe", "STRIPE_SECRET_KEY": "sk_x", "STRIPE_WEBHOOK_SECRET": "whsec_x"}
DONATE_VARIABLES = ("DONATE_PAYMENT_PROVIDER", "DONATE_ALLOW_SANDBOX", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET")
# A key production accepts (50 characters or more, not a development key); for tests only.
STRONG_KEY = "tests-only-Vq3Lr8Kx2Nw7Pz5Ty1Hb6Jm4Fd9Gs0Ac-e2Ru7Wo"
# The shared cache production requires (never connected to at start-up).
SHARED_CACHE = {"REDIS_URL": "redis://127.0.0.1:6379/15"}


def start_production(**env_overrides) -> subprocess.CompletedProcess:
    hidden = ("DJANGO_SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", *DONATE_VARIABLES)
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update(SHARED_CACHE)
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="config.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = start_production(ALLOWED_HOSTS="www.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = start_production(DJANGO_SECRET_KEY="", ALLOWED_HOSTS="www.example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(DJANGO_SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_starts_when_configured():
    result = start_production(DJANGO_SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="www.example.org", **REAL_PAYMENTS)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_gunicorn_finds_the_project_under_its_import_name():
    """site/ is imported as `config`; the WSGI entry point must resolve."""
    env = {**os.environ, "DJANGO_SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "localhost", **SHARED_CACHE, **REAL_PAYMENTS}
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "config.wsgi:application"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_production_refuses_unsigned_publish_webhooks():
    result = start_production(
        DJANGO_SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="www.example.org",
        PUBLISH_WEBHOOK_URLS="https://front.example.org/hook",
        **REAL_PAYMENTS,
    )
    assert result.returncode != 0
    assert "PUBLISH_WEBHOOK_SECRET is not set" in result.stderr


def test_production_refuses_a_weak_or_development_secret_key():
    development = "dev-only-insecure-key-do-not-use-in-production"
    for key in ("x" * 50, "short-key", development, "django-insecure-" + "a1b2c3" * 8):
        result = start_production(DJANGO_SECRET_KEY=key, ALLOWED_HOSTS="www.example.org", **REAL_PAYMENTS)
        assert result.returncode != 0, key
        assert "DJANGO_SECRET_KEY is too weak" in result.stderr


def test_production_refuses_any_host():
    result = start_production(DJANGO_SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="*", **REAL_PAYMENTS)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS contains '*'" in result.stderr


def test_production_refuses_to_start_without_the_shared_cache():
    result = start_production(
        DJANGO_SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="www.example.org", REDIS_URL="", **REAL_PAYMENTS
    )
    assert result.returncode != 0
    assert "REDIS_URL is not set" in result.stderr
