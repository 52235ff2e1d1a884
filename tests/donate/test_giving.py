"""The giving flow: the form on the project page, the sandbox checkout, the pages after it."""

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.test import Client, override_settings

from donate.models import Donation, DonationIntent
from tests.factories.donate import DonationProjectPageFactory

pytestmark = pytest.mark.django_db


def give(client, project, **data):
    form = {"amount": "25", "currency": project.currency, "frequency": "one_off", "email": "donor@example.org"}
    form.update(data)
    return client.post(f"/giving/give/{project.pk}/", form)


def test_project_page_shows_progress_and_the_form(client, project):
    response = client.get(project.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="give-form"' in html
    assert f'id="project-progress-{project.pk}"' in html
    assert "<bdi>$0.00</bdi> received of <bdi>$1,000.00</bdi> (<bdi>0%</bdi>)" in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_a_valid_gift_creates_a_pending_intent_and_goes_to_the_sandbox(client, project):
    response = give(client, project)
    intent = DonationIntent.objects.get()
    assert (intent.amount, intent.currency, intent.status) == (Decimal("25.00"), "USD", "pending")
    assert intent.project_key == project.translation_key
    assert response.status_code == 302
    assert response["Location"] == f"/giving/sandbox/checkout/{intent.pk}/"
    checkout = client.get(response["Location"]).content.decode()
    assert "25.00 USD" in checkout
    assert f"project:{project.translation_key}" in checkout  # the designation


def test_the_whole_sandbox_flow_changes_the_progress(client, project):
    checkout_url = give(client, project)["Location"]
    done = client.post(checkout_url, {"action": "complete"})
    intent = DonationIntent.objects.get()
    assert done["Location"] == f"/giving/thank-you/{intent.pk}/"
    thanks = client.get(done["Location"]).content.decode()
    assert "Your gift of $25.00 to “Clean water for Kibera” has been received." in thanks
    assert f"D-{intent.pk.hex[:8].upper()}" in thanks  # the reference
    progress = "<bdi>$25.00</bdi> received of <bdi>$1,000.00</bdi> (<bdi>2%</bdi>)"
    assert progress in client.get(project.url).content.decode()
    assert Donation.objects.get().amount == Decimal("25.00")


def test_the_sandbox_emails_a_receipt_with_project_and_amount(client, project, django_capture_on_commit_callbacks):
    checkout_url = give(client, project)["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(checkout_url, {"action": "complete"})
    (receipt,) = mail.outbox
    assert receipt.to == ["donor@example.org"]
    assert "$25.00" in receipt.subject
    assert "Clean water for Kibera" in receipt.body
    assert "http://testserver/clean-water/" in receipt.body or project.url in receipt.body
    assert "cancel" not in receipt.body.lower()


def test_monthly_donor_is_told_how_to_cancel_and_the_cancellation_is_a_ledger_event(
    client, project, django_capture_on_commit_callbacks
):
    checkout_url = give(client, project, frequency="monthly")["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        thanks_url = client.post(checkout_url, {"action": "complete"})["Location"]
    intent = DonationIntent.objects.get()
    cancel_path = f"/giving/sandbox/subscriptions/{intent.pk}/"
    assert cancel_path in mail.outbox[0].body
    assert cancel_path in client.get(thanks_url).content.decode()
    page = client.post(cancel_path).content.decode()
    assert 'id="subscription-cancelled"' in page
    assert list(Donation.objects.order_by("pk").values_list("kind", flat=True)) == ["gift", "cancellation"]
    client.post(cancel_path)  # a second click records nothing more
    assert Donation.objects.count() == 2


def test_cancelling_at_checkout_records_nothing(client, project):
    checkout_url = give(client, project)["Location"]
    response = client.post(checkout_url, {"action": "cancel"})
    intent = DonationIntent.objects.get()
    assert response["Location"] == f"/giving/cancelled/{intent.pk}/"
    assert intent.status == "cancelled"
    assert "You cancelled the payment" in client.get(response["Location"]).content.decode()
    assert not Donation.objects.exists()


def test_a_failed_payment_lands_on_the_cancelled_page(client, project):
    checkout_url = give(client, project)["Location"]
    response = client.post(checkout_url, {"action": "fail"})
    assert "The payment did not go through" in client.get(response["Location"]).content.decode()
    assert Donation.objects.get().kind == "failed"


def test_completing_twice_records_once(client, project):
    checkout_url = give(client, project)["Location"]
    client.post(checkout_url, {"action": "complete"})
    client.post(checkout_url, {"action": "complete"})
    assert Donation.objects.count() == 1


def test_unknown_checkout_action_is_refused(client, project):
    checkout_url = give(client, project)["Location"]
    assert client.post(checkout_url, {"action": "steal"}).status_code == 400


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"amount": "0.50"}, "The smallest gift we can take is 1 USD."),
        ({"amount": "100001"}, "For gifts above 100,000 USD, please contact us"),
        ({"amount": "-5"}, "The smallest gift we can take is 1 USD."),
        ({"amount": "ten"}, "This is not a number: type the amount in digits 0–9"),
        ({"currency": "EUR"}, "This project takes gifts in USD only."),
        ({"frequency": "weekly"}, "Select a valid choice."),
        ({"email": "not-an-email"}, "Enter a valid email address."),
    ],
)
def test_bad_gifts_are_refused_with_a_message(client, project, data, message):
    response = give(client, project, **data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not DonationIntent.objects.exists()


@override_settings(DONATE_MIN_AMOUNT="10", DONATE_MAX_AMOUNT="500")
def test_amount_bounds_come_from_settings(client, project):
    assert "The smallest gift we can take is 10 USD." in give(client, project, amount="9").content.decode()
    assert "For gifts above 500 USD" in give(client, project, amount="501").content.decode()
    assert give(client, project, amount="500").status_code == 302


def test_a_closed_project_refuses_gifts(client, donate_page):
    closed = DonationProjectPageFactory(parent=donate_page, status="closed")
    assert 'id="give-closed"' in client.get(closed.url).content.decode()
    response = give(client, closed)
    assert response.status_code == 400
    assert "This project is closed and no longer takes gifts." in response.content.decode()
    assert not DonationIntent.objects.exists()


def test_an_unpublished_project_refuses_gifts(client, project):
    project.unpublish()
    response = give(client, project)
    assert response.status_code == 404
    assert "is not published, so it cannot take gifts" in response.content.decode()
    assert not DonationIntent.objects.exists()


def test_the_form_needs_a_csrf_token(project):
    strict = Client(enforce_csrf_checks=True)
    response = give(strict, project)
    assert response.status_code == 403
    assert not DonationIntent.objects.exists()


def test_the_form_with_its_csrf_token_is_accepted(project):
    strict = Client(enforce_csrf_checks=True)
    html = strict.get(project.url).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    assert give(strict, project, csrfmiddlewaretoken=token).status_code == 302


def test_giving_only_accepts_post(client, project):
    assert client.get(f"/giving/give/{project.pk}/").status_code == 405


@override_settings(DONATE_GIVE_RATE="3/m")
def test_giving_is_rate_limited_per_client(client, project):
    statuses = [give(client, project).status_code for _ in range(4)]
    assert statuses == [302, 302, 302, 429]
    assert DonationIntent.objects.count() == 3
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert give(other, project).status_code == 302


def test_the_sandbox_is_closed_when_another_provider_is_active(client, project, settings):
    checkout_url = give(client, project)["Location"]
    settings.DONATE_PAYMENT_PROVIDER = "stripe"
    assert client.get(checkout_url).status_code == 404
    assert client.post(checkout_url, {"action": "complete"}).status_code == 404
    assert not Donation.objects.exists()


def test_french_project_page_shares_the_english_progress(client, project, locales, translate, post_webhook):
    from donate.models import DonateAllocation
    from tests.factories.donate import DonationIntentFactory, sandbox_event, signed

    donate_page = project.get_parent().specific
    # A donate page goes live (in any language) only with its allocations adding up to 100 %.
    DonateAllocation.objects.create(page=donate_page, label="Projects", percentage=100, locale=donate_page.locale)
    donate_page.save_revision()
    french, _ = translate(donate_page, locales["fr"], {})
    french_project, _ = translate(project, locales["fr"], {"Clean water for Kibera": "De l'eau pour Kibera"})
    post_webhook(*signed(sandbox_event(DonationIntentFactory(project=project, amount=Decimal("100")))))
    html = client.get(french_project.url).content.decode()
    assert "<bdi>100,00\xa0$US</bdi> reçus sur" in html
    checkout = give(client, french_project)["Location"]
    assert checkout.startswith("/fr/giving/sandbox/checkout/")
    intent = DonationIntent.objects.get(project=french_project)
    assert intent.project_key == project.translation_key


def test_deploy_check_refuses_the_sandbox_unless_a_staging_site_allows_it(settings):
    from donate.checks import sandbox_in_production

    assert [check.id for check in sandbox_in_production(None)] == ["donate.E001"]
    settings.DONATE_ALLOW_SANDBOX = "true"
    assert [check.id for check in sandbox_in_production(None)] == ["donate.W001"]
    settings.DONATE_PAYMENT_PROVIDER = "stripe"
    assert sandbox_in_production(None) == []


@pytest.mark.parametrize("amount", ["1_000", "１０００", "٢٥", "2５", "25.", "25.5.0", " 1e3"])
def test_the_form_takes_ascii_digits_only(client, project, amount):
    response = give(client, project, amount=amount)
    assert response.status_code == 400
    assert "digits 0–9" in response.content.decode()
    assert not DonationIntent.objects.exists()


@pytest.mark.parametrize("amount", ["25", "25.5", " 25.50 "])
def test_the_form_still_takes_plain_amounts(client, project, amount):
    assert give(client, project, amount=amount).status_code == 302
