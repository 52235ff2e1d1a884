"""The giving page donors trust: a general gift, suggested amounts, the allocation
for a named year in money, receipts that name the project, projects that switch
to funded, and errors that are announced and reachable."""

import datetime
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone

from donate.models import DonationIntent, OfflineContribution, SuggestedAmounts
from tests.donate.conftest import balance_allocations
from tests.donate.test_publish_rules import add_url, donate_page_data
from tests.factories.donate import DonationIntentFactory, sandbox_event, signed

pytestmark = pytest.mark.django_db


@pytest.fixture
def suggested(donate_page):
    SuggestedAmounts.objects.create(page=donate_page, currency="USD", amounts="10, 25, 50, 100")
    SuggestedAmounts.objects.create(page=donate_page, currency="EUR", amounts="20 40")
    return donate_page


def test_project_form_offers_the_editors_amounts_in_its_currency(client, project, suggested):
    html = client.get(project.url).content.decode()
    for amount in ("10.00", "25.00", "50.00", "100.00"):
        assert f'value="{amount}"' in html
    assert 'value="20.00"' not in html  # EUR suggestions are for EUR gifts
    assert "Or another amount (USD)" in html


def test_a_suggested_amount_gives_that_amount_and_a_typed_one_wins(client, project, suggested):
    data = {"currency": "USD", "frequency": "one_off", "suggested": "50.00"}
    assert client.post(f"/giving/give/{project.pk}/", data).status_code == 302
    assert client.post(f"/giving/give/{project.pk}/", {**data, "amount": "12.50"}).status_code == 302
    assert sorted(DonationIntent.objects.values_list("amount", flat=True)) == [Decimal("12.50"), Decimal("50.00")]
    refused = client.post(f"/giving/give/{project.pk}/", {**data, "suggested": "9999.00"})
    assert refused.status_code == 400 and "Select a valid choice" in refused.content.decode()


def test_no_amount_at_all_is_a_message_on_the_amount(client, project, suggested):
    response = client.post(f"/giving/give/{project.pk}/", {"currency": "USD", "frequency": "one_off"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Choose an amount or type the amount you want to give." in html


def test_errors_are_summarised_at_the_top_announced_and_tied_to_their_field(client, project):
    response = client.post(f"/giving/give/{project.pk}/", {"amount": "0.5", "currency": "USD", "frequency": "x"})
    html = response.content.decode()
    summary = html.index('id="give-errors"')
    assert summary < html.index('name="amount"')  # above the fields
    assert '<div class="donate-errors" id="give-errors" role="alert" tabindex="-1"' in html
    assert 'href="#id_amount"' in html and 'id="id_amount"' in html  # links reach elements that exist
    assert 'href="#id_frequency_0"' in html and 'id="id_frequency_0"' in html
    assert 'aria-invalid="true"' in html and 'aria-describedby="error-amount"' in html
    assert 'id="error-amount"' in html
    assert "donate/give.js" in html  # moves focus to the summary


def test_errors_in_the_visitors_language(client, project, locales, translate):
    translate(balance_allocations(project.get_parent().specific), locales["fr"], {})
    french, _ = translate(project, locales["fr"], {})
    response = client.post(
        f"/fr/giving/give/{french.pk}/", {"amount": "0.5", "currency": "USD", "frequency": "one_off"}
    )
    html = response.content.decode()
    assert "Le plus petit don que nous pouvons accepter est de 1 USD." in html
    assert "Votre don n’a pas pu être lancé" in html


def test_a_general_gift_goes_to_the_unrestricted_fund(
    client, donate_page, suggested, django_capture_on_commit_callbacks
):
    html = client.get(donate_page.url).content.decode()
    assert 'id="general-gift"' in html and f'action="/giving/give/{donate_page.pk}/"' in html
    data = {"currency": "USD", "frequency": "one_off", "suggested": "25.00", "email": "donor@example.org"}
    checkout = client.post(f"/giving/give/{donate_page.pk}/", data)["Location"]
    intent = DonationIntent.objects.get()
    assert (intent.is_general, intent.project_key, intent.designation) == (
        True,
        donate_page.translation_key,
        f"general:{donate_page.translation_key}",
    )
    assert "Where it is needed most (general fund)" in client.get(checkout).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        thanks = client.get(client.post(checkout, {"action": "complete"})["Location"]).content.decode()
    assert "Your gift of $25.00 to “Where it is needed most (general fund)” has been received." in thanks
    assert "general:" not in mail.outbox[0].body and "Where it is needed most" in mail.outbox[0].body


def test_receipt_and_thank_you_name_the_project_in_the_donors_language(
    client, project, locales, translate, django_capture_on_commit_callbacks
):
    translate(balance_allocations(project.get_parent().specific), locales["fr"], {})
    french, _ = translate(project, locales["fr"], {"Clean water for Kibera": "De l'eau potable pour Kibera"})
    form = {"amount": "1250", "currency": "USD", "frequency": "one_off", "email": "donneur@example.org"}
    checkout = client.post(f"/fr/giving/give/{french.pk}/", form)["Location"]
    with django_capture_on_commit_callbacks(execute=True):
        thanks_url = client.post(checkout, {"action": "complete"})["Location"]
    thanks = client.get(thanks_url).content.decode()
    intent = DonationIntent.objects.get()
    assert "De l&#x27;eau potable pour Kibera" in thanks or "De l'eau potable pour Kibera" in thanks
    assert "1\u202f250,00\xa0$US" in thanks  # French money format
    assert intent.reference in thanks
    (receipt,) = mail.outbox
    assert "De l'eau potable pour Kibera" in receipt.body
    assert intent.reference in receipt.body and "project:" not in receipt.body
    assert "1\u202f250,00\xa0$US" in receipt.subject


def gift(post_webhook, project, amount):
    intent = DonationIntentFactory(project=project, amount=Decimal(amount))
    assert post_webhook(*signed(sandbox_event(intent))).status_code == 200


def test_a_project_switches_to_funded_when_the_ledger_reaches_its_goal(client, project, donate_page, post_webhook):
    gift(post_webhook, project, "600")
    assert 'id="give-form"' in client.get(project.url).content.decode()
    gift(post_webhook, project, "400")  # reaches the 1,000 goal
    html = client.get(project.url).content.decode()
    assert 'id="give-funded"' in html and 'id="give-form"' not in html
    assert ">Funded<" in html
    card = client.get(donate_page.url).content.decode()
    assert f'id="funded-{project.slug}"' in card
    assert client.get(f"/api/v1/donate/projects/{project.pk}").json()["status"] == "funded"
    refused = client.post(f"/giving/give/{project.pk}/", {"amount": "5", "currency": "USD", "frequency": "one_off"})
    assert refused.status_code == 400 and "fully funded" in refused.content.decode()
    from donate.selectors import status_history

    assert [change.status for change in status_history(project.translation_key)][-1] == "funded"


def test_an_editor_reopens_a_funded_project(client, project, post_webhook):
    gift(post_webhook, project, "1000")
    project.keep_open_after_goal = True
    project.save_revision().publish()
    assert 'id="give-form"' in client.get(project.url).content.decode()


def test_the_allocation_for_a_named_year_in_money_and_shares(client, donate_page, project, post_webhook):
    from donate.models import DonateAllocation

    donate_page.allocations.all().delete()
    DonateAllocation.objects.create(
        page=donate_page, label="Projects", percentage=Decimal("80"), locale=donate_page.locale
    )
    DonateAllocation.objects.create(
        page=donate_page, label="Audit", percentage=Decimal("20"), locale=donate_page.locale
    )
    donate_page.allocation_year = 2025
    donate_page.save()
    intent = DonationIntentFactory(project=project, amount=Decimal("750"))
    when = int(timezone.make_aware(datetime.datetime(2025, 3, 1)).timestamp())
    post_webhook(*signed(sandbox_event(intent, created=when)))
    gift(post_webhook, project, "999")  # this year: not in 2025's table
    OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2025-06-01", amount=Decimal("250"), currency="USD", source="X"
    )
    html = client.get(donate_page.url).content.decode()
    assert "Where donations went in 2025" in html
    assert "$800.00" in html and "$200.00" in html  # 80 % and 20 % of 1,000
    total = html[html.index('id="allocation-total"') :]
    assert "Received in 2025" in total and "$1,000.00" in total and "100%" in total


def test_editors_suggested_amounts_are_checked(admin_client, home):
    bad = donate_page_data(["100"], suggested=[{"currency": "USD", "amounts": "10, 1e9, lots"}])
    response = admin_client.post(add_url(__import__("donate.models", fromlist=["DonatePage"]).DonatePage, home), bad)
    assert response.status_code == 200
    assert "is not an amount" in response.content.decode()
