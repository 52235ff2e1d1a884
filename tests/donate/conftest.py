import pytest

from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory


@pytest.fixture
def donate_page(home):
    return DonatePageFactory(parent=home)


@pytest.fixture
def project(donate_page):
    return DonationProjectPageFactory(parent=donate_page, title="Clean water for Kibera", slug="clean-water")


@pytest.fixture
def post_webhook(client):
    """Deliver a signed payload to the sandbox webhook endpoint, as a provider would."""

    def _post(payload: bytes, header: str | None, provider="sandbox", header_name="HTTP_SANDBOX_SIGNATURE"):
        extra = {header_name: header} if header is not None else {}
        return client.post(f"/giving/webhooks/{provider}/", data=payload, content_type="application/json", **extra)

    return _post


@pytest.fixture(autouse=True)
def count_test_gifts(settings):
    """These tests give through the sandbox and read the totals, as a developer's
    site in debug mode does; tests of the staging rule turn this off."""
    settings.DONATE_COUNT_TEST_GIFTS = True


def balance_allocations(donate_page):
    """Give the donate page the one allocation line of 100 % its publish rule asks for,
    so it can go live through a revision (a translation, for instance)."""
    from donate.models import DonateAllocation

    DonateAllocation.objects.create(page=donate_page, label="Projects", percentage=100, locale=donate_page.locale)
    donate_page.save_revision()
    return donate_page
