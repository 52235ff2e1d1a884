"""Only real money counts: production refuses the sandbox, a staging site's sandbox
gifts are test gifts left out of public totals, and the sandbox's signing secret
is random per installation."""

import hashlib
import hmac
from decimal import Decimal

import pytest
from django.conf import settings as django_settings

from donate import conf
from donate.admin_views import funding_by_thematic_area
from donate.models import Donation, DonationIntent, InstallationSecret
from tests.core.test_settings import STRONG_KEY, start_production

PRODUCTION = {"DJANGO_SECRET_KEY": STRONG_KEY, "ALLOWED_HOSTS": "www.example.org"}
STRIPE = {"DONATE_PAYMENT_PROVIDER": "stripe", "STRIPE_SECRET_KEY": "sk_live_x", "STRIPE_WEBHOOK_SECRET": "whsec_x"}


def test_production_refuses_to_start_with_the_sandbox():
    result = start_production(**PRODUCTION)
    assert result.returncode != 0
    assert "DONATE_PAYMENT_PROVIDER is 'sandbox'" in result.stderr
    assert "DONATE_ALLOW_SANDBOX=true" in result.stderr


def test_production_refuses_stripe_without_its_secrets():
    result = start_production(**PRODUCTION, DONATE_PAYMENT_PROVIDER="stripe", STRIPE_SECRET_KEY="sk_live_x")
    assert result.returncode != 0
    assert "STRIPE_WEBHOOK_SECRET is not set" in result.stderr


def test_production_starts_with_stripe_or_an_explicit_staging_sandbox():
    assert start_production(**PRODUCTION, **STRIPE).returncode == 0
    staging = start_production(**PRODUCTION, DONATE_ALLOW_SANDBOX="true")
    assert staging.returncode == 0, staging.stderr


def give_and_complete(client, project, amount="400"):
    form = {"amount": amount, "currency": "USD", "frequency": "one_off", "email": ""}
    checkout = client.post(f"/giving/give/{project.pk}/", form)["Location"]
    client.post(checkout, {"action": "complete"})


@pytest.mark.django_db
def test_staging_sandbox_gifts_are_test_gifts_left_out_of_public_totals(client, project, settings, admin_client):
    settings.DONATE_COUNT_TEST_GIFTS = None  # as deployed: follows DEBUG
    settings.DEBUG = False
    settings.DONATE_ALLOW_SANDBOX = True
    give_and_complete(client, project, "400")
    give_and_complete(client, project, "700")  # would reach the 1,000 goal if it counted
    assert list(Donation.objects.values_list("is_test", flat=True)) == [True, True]
    assert set(DonationIntent.objects.values_list("is_test", flat=True)) == {True}
    html = client.get(project.url).content.decode()
    assert "<bdi>$0.00</bdi> received of <bdi>$1,000.00</bdi> (<bdi>0%</bdi>)" in html
    assert 'id="give-form"' in html  # not "funded" by money that was never paid
    api = client.get(f"/api/v1/donate/projects/{project.pk}").json()
    assert api["progress"]["received"] == "0.00"
    assert api["status"] == "open"
    (row,) = [row for row in funding_by_thematic_area() if row["currency"] == "USD"]
    assert row["received"] == Decimal("0.00")
    ledger = admin_client.get("/admin/donate/ledger/").content.decode()
    assert "Test (sandbox)" in ledger  # staff still see them, marked


@pytest.mark.django_db
def test_in_debug_mode_sandbox_gifts_count(client, project, settings):
    settings.DONATE_COUNT_TEST_GIFTS = None
    settings.DEBUG = True
    give_and_complete(client, project, "400")
    assert project.progress().received == Decimal("400.00")


@pytest.mark.django_db
def test_sandbox_secret_is_random_per_installation_and_not_derived_from_secret_key(settings):
    settings.DONATE_SANDBOX_WEBHOOK_SECRET = ""
    secret = conf.sandbox_webhook_secret()
    assert len(secret) == 64
    assert conf.sandbox_webhook_secret() == secret  # stored: stable across calls and processes
    derived = hmac.new(django_settings.SECRET_KEY.encode(), b"donate-sandbox-webhook", hashlib.sha256).hexdigest()
    assert secret != derived
    InstallationSecret.objects.all().delete()  # another installation
    assert conf.sandbox_webhook_secret() != secret
    settings.DONATE_SANDBOX_WEBHOOK_SECRET = "from-the-environment"
    assert conf.sandbox_webhook_secret() == "from-the-environment"


@pytest.mark.django_db
def test_a_webhook_signed_with_the_old_derived_secret_is_refused(post_webhook, project):
    from tests.factories.donate import DonationIntentFactory, sandbox_event, signed

    derived = hmac.new(django_settings.SECRET_KEY.encode(), b"donate-sandbox-webhook", hashlib.sha256).hexdigest()
    intent = DonationIntentFactory(project=project)
    assert post_webhook(*signed(sandbox_event(intent), secret=derived)).status_code == 400
    assert not Donation.objects.exists()
