"""Every refusal of a typed amount says what is wrong with it: too many
decimals for the currency (its minor units, from CLDR through Babel), too small,
too large, a comma or a thousands separator, or not a number at all."""

import pytest
from django.test import override_settings
from django.utils import translation

from donate.forms import GiveForm
from donate.models import DonationIntent
from tests.factories.donate import DonationProjectPageFactory

pytestmark = pytest.mark.django_db


def give(client, project, amount):
    form = {"amount": amount, "currency": project.currency, "frequency": "one_off", "email": "donor@example.org"}
    return client.post(f"/giving/give/{project.pk}/", form)


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("10.005", "10.005 has too many decimals: amounts in USD have at most 2 decimals."),
        ("25.5000001", "25.5000001 has too many decimals: amounts in USD have at most 2 decimals."),
        ("100001", "For gifts above 100,000 USD, please contact us"),
        ("1" + "0" * 40, "For gifts above 100,000 USD, please contact us"),
        ("50,5", "Use a point, not a comma, before the cents: type 50.5."),
        ("1,000", "Type the amount without a thousands separator: 1000."),
        ("ten", "This is not a number: type the amount in digits 0–9"),
        ("1e3", "This is not a number"),
        ("٢٥", "This is not a number"),
        ("0.5", "The smallest gift we can take is 1 USD."),
    ],
)
def test_the_donor_is_told_what_is_wrong(client, project, amount, message):
    response = give(client, project, amount)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not DonationIntent.objects.exists()


def test_decimals_that_carry_no_value_are_accepted(client, project):
    assert give(client, project, "25.50").status_code == 302
    assert give(client, project, "26.000").status_code == 302


def test_a_currency_without_minor_units_takes_whole_numbers_only(client, donate_page):
    yen = DonationProjectPageFactory(parent=donate_page, slug="yen", currency="JPY")
    html = client.get(yen.url).content.decode()
    assert 'step="1"' in html
    response = give(client, yen, "2500.5")
    assert response.status_code == 400
    assert "Amounts in JPY have no decimals: type a whole number, such as 25." in response.content.decode()
    assert give(client, yen, "2500").status_code == 302


@override_settings(DONATE_MAX_AMOUNT="100000")
@pytest.mark.parametrize(
    ("language", "amount", "message"),
    [
        ("fr", "10.005", "10.005 a trop de décimales : les montants en USD en ont au plus 2."),
        ("fr", "50,5", "Utilisez un point, et non une virgule, avant les centimes : tapez 50.5."),
        ("fr", "100001", "Pour un don de plus de 100\u202f000 USD"),
        ("es", "10.005", "10.005 tiene demasiados decimales: los importes en USD tienen como máximo 2."),
        ("ru", "10.005", "В 10.005 слишком много знаков после точки: у сумм в USD их не больше 2."),
        (
            "ar",
            "10.005",
            "في 10.005 منازل عشرية أكثر من اللازم: الحد الأقصى للمنازل العشرية في المبالغ بعملة USD هو 2.",
        ),
        ("zh-hans", "abc", "这不是数字"),
    ],
)
def test_the_messages_are_in_the_visitors_language(project, language, amount, message):
    with translation.override(language):
        form = GiveForm({"amount": amount, "currency": "USD", "frequency": "one_off"}, project=project)
        assert not form.is_valid()
        assert message in form.errors["amount"][0]
