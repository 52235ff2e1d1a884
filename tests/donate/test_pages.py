"""The reference pages donors read."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.search_registry import builder_for
from donate.models import DonateAllocation, DonationReport
from tests.factories.donate import DonationIntentFactory, DonationProjectPageFactory, sandbox_event, signed
from tests.factories.home import ThematicAreaFactory

pytestmark = pytest.mark.django_db


def test_donate_page_shows_allocation_reports_and_projects_by_area(client, donate_page, project):
    DonateAllocation.objects.create(page=donate_page, label="Projects", description="On the ground.", percentage=85)
    DonateAllocation.objects.create(page=donate_page, label="Audit", description="Checks.", percentage=15)
    DonationReport.objects.create(
        page=donate_page,
        title="Report 2025",
        period_start="2025-01-01",
        period_end="2025-12-31",
        link="https://e.org/r",
    )
    closed = DonationProjectPageFactory(parent=donate_page, status="closed", title="Finished school")
    html = client.get(donate_page.url).content.decode()
    assert "Where your donation goes" in html
    assert "85%" in html and "15%" in html
    assert '<a href="https://e.org/r">Report 2025</a>' in html
    assert f'id="area-{project.thematic_area.slug}"' in html
    assert 'id="project-clean-water"' in html
    assert "Donate to Clean water for Kibera" in html
    assert closed.title not in html


def test_donate_page_progress_reflects_the_ledger(client, donate_page, project, post_webhook):
    post_webhook(*signed(sandbox_event(DonationIntentFactory(project=project, amount=Decimal("400")))))
    html = client.get(donate_page.url).content.decode()
    assert 'value="40"' in html
    assert "400.00 USD received of 1,000.00 USD (40%)" in html


def test_project_without_a_live_area_is_not_listed(client, donate_page, project):
    area = project.thematic_area
    area.live = False
    area.save()
    assert 'id="project-clean-water"' not in client.get(donate_page.url).content.decode()


def test_project_page_shows_focal_point_and_status_history(client, project):
    from tests.factories.home import ContactFactory

    project.focal_point = ContactFactory(name="Amina")
    project.save_revision().publish()
    html = client.get(project.url).content.decode()
    assert "For further information" in html and "Amina" in html
    assert "Prefers calls" not in html
    assert "Status history" in html


def test_thank_you_for_an_unknown_intent_is_404(client):
    assert client.get("/giving/thank-you/6f1d5a1e-0000-4000-8000-000000000000/").status_code == 404


def test_project_is_registered_for_search(project):
    document = builder_for(type(project))(project)
    assert document.content_type == "donation_project"
    assert document.snippet == "Clean water for a neighbourhood."
    assert document.thematic_areas == [(project.thematic_area.slug, project.thematic_area.name)]
    assert document.countries == ["ke"]  # ISO codes everywhere (issue 13), no longer the free text


def _count(client, url):
    client.get(url)  # warm per-process caches so both measurements start alike
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_donate_page_query_count_does_not_grow_with_projects(client, donate_page):
    def add(n):
        for _ in range(n):
            DonationProjectPageFactory(parent=donate_page, thematic_area=ThematicAreaFactory())

    add(5)
    small = _count(client, donate_page.url)
    add(45)
    assert _count(client, donate_page.url) == small


def test_project_links_its_flagship_in_the_page_and_the_api(client, home, project):
    from tests.factories.flagships import FlagshipIndexPageFactory, FlagshipPageFactory

    flagship = FlagshipPageFactory(parent=FlagshipIndexPageFactory(parent=home), title="Resilient cities")
    project.related_flagship = flagship
    project.save_revision().publish()
    html = client.get(project.url).content.decode()
    assert 'id="related-flagship"' in html and "Resilient cities" in html
    body = client.get(f"/api/v1/donate/projects/{project.pk}").json()
    assert body["related_flagship"]["title"] == "Resilient cities"
    flagship.unpublish()
    assert client.get(f"/api/v1/donate/projects/{project.pk}").json()["related_flagship"] is None
    assert 'id="related-flagship"' not in client.get(project.url).content.decode()
