"""A refused and then accepted gift in French and in Arabic: the error is shown at
the top of the form and on the field, announced (role=alert), focused, and in the
visitor's language; the second try goes through to a thank-you in that language."""

import pytest

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory, ready_to_publish

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

CASES = {
    "fr": {
        "title": "De l'eau potable pour Kibera",
        "error": "Le plus petit don que nous pouvons accepter est de 1 USD.",
        "summary": "Votre don n’a pas pu être lancé",
        "thanks": "Merci pour votre don",
        "direction": "ltr",
    },
    "ar": {
        "title": "مياه نظيفة لكيبيرا",
        "error": "أصغر تبرع يمكننا قبوله هو 1 USD.",
        "summary": "تعذّر بدء تبرعك",
        "thanks": "شكرًا لتبرعكم",
        "direction": "rtl",
    },
}


@pytest.fixture
def translated_project(restore_wagtail_tree, live_server, settings):
    from wagtail.models import Locale, Page, Site

    from tests.factories import HomePageFactory, ThematicAreaFactory
    from tests.translation_support import translate

    settings.DONATE_PAYMENT_PROVIDER = "sandbox"
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    donate_page = DonatePageFactory(parent=home, slug="donate", title="Donate now")
    area = ThematicAreaFactory(name="Basic services", slug="basic-services")
    project = DonationProjectPageFactory(
        parent=donate_page, title="Clean water for Kibera", slug="clean-water", thematic_area=area
    )
    pages = {}
    for code, case in CASES.items():
        locale = Locale.objects.get(language_code=code)
        translate(home, locale, {})
        translate(ready_to_publish(donate_page), locale, {})
        pages[code] = translate(project, locale, {"Clean water for Kibera": case["title"]})[0]
    return pages


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_a_refused_then_accepted_gift_in_the_visitors_language(page, live_server, translated_project, language):
    case = CASES[language]
    project = translated_project[language]
    page.goto(f"{live_server.url}{project.url}")
    assert page.get_attribute("html", "dir") == case["direction"]

    page.fill("#give-form input[name=amount]", "0.5")
    page.click("#give-submit")
    page.wait_for_selector("#give-errors")
    summary = page.locator("#give-errors")
    assert summary.get_attribute("role") == "alert"
    page.wait_for_function("document.activeElement && document.activeElement.id === 'give-errors'")
    assert case["summary"] in summary.inner_text()
    assert case["error"] in summary.inner_text()
    assert case["error"] in page.inner_text("#error-amount")  # repeated on the field
    amount = page.locator("#give-form input[name=amount]")
    assert amount.get_attribute("aria-invalid") == "true"
    assert amount.get_attribute("aria-describedby") == "error-amount"
    # The summary's link leads to the field.
    summary.get_by_role("link").first.click()
    assert page.evaluate("document.activeElement.name") == "amount"

    amount.fill("25")
    page.click("#give-submit")
    page.wait_for_selector("#sandbox-heading")
    assert case["title"] in page.inner_text("#sandbox-project")
    page.click("#sandbox-complete")
    page.wait_for_selector("#thank-you-heading")
    assert case["thanks"] in page.inner_text("#thank-you-heading")
    assert case["title"] in page.inner_text("#receipt-purpose")
    assert page.inner_text("#receipt-reference").startswith("D-")
