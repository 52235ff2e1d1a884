"""A donor gives 25 USD to a project through the sandbox and sees its progress change."""

import pytest

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def project(restore_wagtail_tree, live_server, settings):
    from wagtail.models import Page, Site

    from tests.factories import HomePageFactory, ThematicAreaFactory

    settings.DONATE_PAYMENT_PROVIDER = "sandbox"
    settings.DONATE_COUNT_TEST_GIFTS = True  # a developer's site: sandbox gifts show in the totals
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="home-e2e", title="Better cities")
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.all().delete()
    Site.objects.create(hostname=host, port=int(port), root_page=home, is_default_site=True)
    donate_page = DonatePageFactory(parent=home, slug="donate", title="Donate now")
    area = ThematicAreaFactory(name="Basic services", slug="basic-services")
    return DonationProjectPageFactory(
        parent=donate_page, title="Clean water for Kibera", slug="clean-water", thematic_area=area
    )


def test_give_25_usd_through_the_sandbox_and_see_progress(page, live_server, project):
    page.goto(f"{live_server.url}/donate/")
    card = page.locator("#project-clean-water")
    before = card.inner_text()
    card.get_by_role("link", name="Clean water for Kibera").first.click()

    page.fill("#give-form input[name=amount]", "25")
    page.click("#give-submit")
    page.wait_for_selector("#sandbox-heading")
    assert "25.00 USD" in page.inner_text("#sandbox-amount")
    page.click("#sandbox-complete")

    page.wait_for_selector("#thank-you-heading")
    assert "$25.00" in page.inner_text("#thank-you-summary")

    page.goto(f"{live_server.url}/donate/")
    after = page.locator("#project-clean-water").inner_text()
    assert "$0.00 received of $1,000.00 (0%)" in before
    assert "$25.00 received of $1,000.00 (2%)" in after
    page.goto(f"{live_server.url}/donate/clean-water/")
    assert "$25.00 received of $1,000.00" in page.inner_text("#funding")
