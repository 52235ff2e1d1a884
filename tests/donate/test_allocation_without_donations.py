"""The Donate page's allocation for a year in which no donation was recorded:
the donor reads the shares as how donations are divided, and a plain statement
that there is no money to show, never "where donations went" with shares of
nothing and a "Received 100%" total."""

from decimal import Decimal

import pytest
from django.utils import timezone

from donate.models import DonateAllocation
from tests.donate.test_giving_page import gift

pytestmark = pytest.mark.django_db


@pytest.fixture
def shares(donate_page):
    donate_page.allocations.all().delete()
    DonateAllocation.objects.create(
        page=donate_page, label="Projects", percentage=Decimal("82"), locale=donate_page.locale
    )
    DonateAllocation.objects.create(
        page=donate_page, label="Audit", percentage=Decimal("18"), locale=donate_page.locale
    )
    return donate_page


def _allocation(html: str) -> str:
    return html[html.index('id="allocation"') : html.index('id="projects"')]


def test_a_past_year_without_donations_says_so_instead_of_showing_shares_of_nothing(
    client, shares, project, post_webhook
):
    last_year = timezone.localdate().year - 1
    shares.allocation_year = last_year
    shares.save()
    gift(post_webhook, project, "750")  # this year's money: not last year's
    section = _allocation(client.get(shares.url).content.decode())
    assert "Where your donation goes" in section
    assert f"How donations are shared out, as set for {last_year}." in section
    assert (
        f"No donations were recorded in {last_year}, so there are no amounts to show: "
        "these are the shares set for that year."
    ) in section
    assert "Where donations went" not in section and "Shares of the donations received" not in section
    assert 'id="allocation-total"' not in section and "Received in" not in section
    assert "Projects" in section and "82%" in section and "$" not in section


def test_the_current_year_without_donations_says_none_yet(client, shares):
    this_year = timezone.localdate().year
    shares.allocation_year = this_year
    shares.save()
    section = _allocation(client.get(shares.url).content.decode())
    assert f"No donations have been recorded for {this_year} yet." in section
    assert 'id="allocation-total"' not in section


def test_a_year_with_donations_shows_what_each_share_comes_to(client, shares, project, post_webhook):
    this_year = timezone.localdate().year
    shares.allocation_year = this_year
    shares.save()
    gift(post_webhook, project, "1000")
    section = _allocation(client.get(shares.url).content.decode())
    assert f"Where donations went in {this_year}" in section
    assert "$820.00" in section and "$180.00" in section
    assert "No donations" not in section


def test_the_api_gives_the_year_its_amounts_or_none(client, shares, project, post_webhook):
    last_year = timezone.localdate().year - 1
    shares.allocation_year = last_year
    shares.save()
    gift(post_webhook, project, "1000")  # this year's
    answer = client.get("/api/v1/donate").json()
    assert answer["allocation_year"] == last_year
    assert answer["received_in_allocation_year"] == []
    assert [row["amounts"] for row in answer["allocations"]] == [[], []]

    shares.allocation_year = last_year + 1
    shares.save()
    answer = client.get("/api/v1/donate").json()
    assert answer["received_in_allocation_year"] == [{"amount": "1000.00", "currency": "USD"}]
    assert [row["amounts"] for row in answer["allocations"]] == [
        [{"amount": "820.00", "currency": "USD"}],
        [{"amount": "180.00", "currency": "USD"}],
    ]
