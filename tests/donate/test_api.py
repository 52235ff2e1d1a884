"""The donate API: page content, projects by thematic area with progress, one project. No donor data."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from donate.models import DonateAllocation, DonationReport, OfflineContribution
from tests.factories.donate import DonationIntentFactory, DonationProjectPageFactory, sandbox_event, signed
from tests.factories.home import ContactFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


def test_donate_page_content(client, donate_page):
    DonateAllocation.objects.create(
        page=donate_page, label="Projects", description="Work on the ground.", percentage=80
    )
    DonateAllocation.objects.create(page=donate_page, label="Running costs", description="Audits.", percentage=20)
    DonationReport.objects.create(
        page=donate_page,
        title="2025 report",
        period_start="2025-01-01",
        period_end="2025-12-31",
        link="https://example.org/r",
    )
    body = client.get("/api/v1/donate").json()
    assert body["title"] == "Donate now"
    assert [(a["label"], a["percentage"]) for a in body["allocations"]] == [
        ("Projects", "80.00"),
        ("Running costs", "20.00"),
    ]
    assert body["allocations"][0]["description"] == "<p>Work on the ground.</p>"
    assert body["reports"] == [
        {
            "title": "2025 report",
            "period_start": "2025-01-01",
            "period_end": "2025-12-31",
            "url": "https://example.org/r",
        }
    ]
    assert body["translated"] is True


def test_donate_page_falls_back_to_english(client, donate_page):
    body = client.get("/api/v1/donate", {"locale": "fr"}).json()
    assert (body["locale"], body["translated"]) == ("en", False)


def test_donate_page_unknown_locale_is_a_problem(client, donate_page):
    response = client.get("/api/v1/donate", {"locale": "xx"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["parameter"] == "locale"


def test_no_donate_page_is_404(client, home):
    assert client.get("/api/v1/donate").status_code == 404


def test_thematic_areas_list_open_projects_with_progress(client, donate_page, project):
    intent = DonationIntentFactory(project=project, amount=Decimal("250.00"))
    client.post(
        "/giving/webhooks/sandbox/",
        data=signed(sandbox_event(intent))[0],
        content_type="application/json",
        HTTP_SANDBOX_SIGNATURE=signed(sandbox_event(intent))[1],
    )
    closed = DonationProjectPageFactory(parent=donate_page, status="closed", thematic_area=project.thematic_area)
    body = client.get("/api/v1/donate/thematic-areas").json()
    assert body["count"] == 1
    group = body["items"][0]
    assert group["thematic_area"]["slug"] == project.thematic_area.slug
    assert [p["id"] for p in group["projects"]] == [project.pk]
    assert closed.pk not in [p["id"] for p in group["projects"]]


def test_project_progress_is_derived_from_ledger_and_offline_contributions(client, project, post_webhook):
    intent = DonationIntentFactory(project=project, amount=Decimal("250.00"))
    post_webhook(*signed(sandbox_event(intent)))
    OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2025-01-02", amount=Decimal("100"), currency="USD", source="A"
    )
    # Another currency never adds into a USD total.
    OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2025-01-02", amount=Decimal("999"), currency="EUR", source="B"
    )
    body = client.get(f"/api/v1/donate/projects/{project.pk}").json()
    assert body["progress"] == {
        "goal": "1000.00",
        "received": "350.00",
        "gap": "650.00",
        "currency": "USD",
        "percent": 35,
    }


def test_project_detail_never_exposes_donor_data(client, project, post_webhook):
    project.focal_point = ContactFactory()
    project.save_revision().publish()
    intent = DonationIntentFactory(project=project, donor_email="secret-donor@example.org")
    post_webhook(*signed(sandbox_event(intent)))
    for url in (f"/api/v1/donate/projects/{project.pk}", "/api/v1/donate/thematic-areas", "/api/v1/donate"):
        text = client.get(url).content.decode()
        assert "secret-donor" not in text
        assert str(intent.pk) not in text
        assert "Prefers calls" not in text  # the contact's internal notes


def test_project_detail_content(client, project):
    body = client.get(f"/api/v1/donate/projects/{project.pk}").json()
    assert body["summary"] == "<p>Clean water for a neighbourhood.</p>"
    assert body["thematic_area"]["slug"] == project.thematic_area.slug
    assert body["status"] == "open"
    assert body["donate_page"]["title"] == "Donate now"
    assert body["locales"] == ["en"]


def test_project_in_french_falls_back_to_english(client, project):
    body = client.get(f"/api/v1/donate/projects/{project.pk}", {"locale": "fr"}).json()
    assert (body["locale"], body["translated"]) == ("en", False)


def test_unpublished_project_is_404(client, project):
    project.unpublish()
    response = client.get(f"/api/v1/donate/projects/{project.pk}")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/problem+json"


def _count(client, url):
    client.get(url)  # warm per-process caches so both measurements start alike
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("locale", ["en", "fr"])
def test_thematic_areas_query_count_does_not_grow(client, donate_page, locale):
    def add(n):
        for _ in range(n):
            DonationProjectPageFactory(parent=donate_page, thematic_area=ThematicAreaFactory())

    add(5)
    url = f"/api/v1/donate/thematic-areas?locale={locale}&limit=100"
    small = _count(client, url)
    add(45)
    assert _count(client, url) == small


def test_cached_api_answers_follow_the_ledger(client, project, post_webhook, settings):
    settings.API_CACHE_SECONDS = 300
    url = f"/api/v1/donate/projects/{project.pk}"
    assert client.get(url).json()["progress"]["received"] == "0.00"
    assert client.get(url)["X-Cache"] == "hit"
    post_webhook(*signed(sandbox_event(DonationIntentFactory(project=project, amount=Decimal("40")))))
    assert client.get(url).json()["progress"]["received"] == "40.00"
    OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2025-01-02", amount=Decimal("10"), currency="USD", source="A"
    )
    assert client.get(url).json()["progress"]["received"] == "50.00"


def test_progress_percent_stays_within_the_bar():
    from donate.selectors import Progress

    assert Progress(goal=Decimal("100"), received=Decimal("250"), currency="USD").percent == 100
    assert Progress(goal=Decimal("100"), received=Decimal("250"), currency="USD").gap == Decimal("0")
    assert Progress(goal=Decimal("100"), received=Decimal("-5"), currency="USD").percent == 0
    assert Progress(goal=None, received=Decimal("5"), currency="USD").percent == 0
