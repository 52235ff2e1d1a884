"""Login throttling on the one login page, security headers, and the settings
production refuses to start with."""

import subprocess
import sys

import pytest
from django.conf import settings

from tests.core.test_settings import SHARED_CACHE, STRONG_KEY

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editor", password="right-password", is_superuser=True)


def attempt(client, password, address="203.0.113.7"):
    return client.post(LOGIN, {"username": "editor", "password": password}, REMOTE_ADDR=address)


def test_right_password_is_refused_after_repeated_failures(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "wrong").status_code == 200
    assert attempt(client, "wrong").status_code == 429  # the limit-th failure locks
    locked = attempt(client, "right-password")
    assert locked.status_code == 429
    assert "Too many sign-in attempts" in locked.content.decode()
    assert client.get("/admin/").status_code == 302  # still signed out


def test_lockout_is_per_address_and_cleared_by_success(client, editor):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "right-password").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "wrong")
    assert attempt(client, "wrong", address="198.51.100.1").status_code == 200
    assert attempt(client, "right-password").status_code == 302


def test_there_is_one_login_page(client):
    assert client.get("/django-admin/").status_code == 404
    assert client.get("/django-admin/login/").status_code == 404
    assert client.get(LOGIN).status_code == 200


def csp(response) -> dict:
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


def test_public_pages_have_a_strict_policy(client, home):
    policy = csp(client.get("/"))
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and "'unsafe-inline'" not in str(policy)


def test_admin_has_its_own_policy(admin_client, home):
    policy = csp(admin_client.get("/admin/"))
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["default-src"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert csp(admin_client.get("/admin/login/"))["frame-ancestors"] == ["'self'"]


PRODUCTION = "import django; django.setup()"


def run_production(**environment) -> subprocess.CompletedProcess:
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": STRONG_KEY,
        **SHARED_CACHE,
        "ALLOWED_HOSTS": "www.example.org",
        "PATH": "/usr/bin:/bin",
        # Production refuses the sandbox payment provider (docs/donate.md).
        "DONATE_PAYMENT_PROVIDER": "stripe",
        "STRIPE_SECRET_KEY": "sk_x",
        "STRIPE_WEBHOOK_SECRET": "whsec_x",
        **environment,
    }
    code = (
        PRODUCTION
        + "; from django.conf import settings as s; print(s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    )
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)


def test_production_sends_hsts_for_subdomains_with_preload_opt_in():
    assert run_production().stdout.split() == ["True", "False"]
    assert run_production(SECURE_HSTS_PRELOAD="true").stdout.split() == ["True", "True"]


def test_production_refuses_a_short_hsts():
    result = run_production(SECURE_HSTS_SECONDS="60")
    assert result.returncode != 0 and "SECURE_HSTS_SECONDS" in result.stderr
