import pytest
from django.utils import timezone
from django.utils.html import strip_tags

from donate import demo as donate_demo
from donate.models import DonatePage, Donation, DonationProjectPage, ProjectStatusChange
from donate.selectors import progress_for
from home import demo as home_demo

pytestmark = pytest.mark.django_db


def test_demo_content_is_complete_and_idempotent(client, django_capture_on_commit_callbacks):
    lines = []
    with django_capture_on_commit_callbacks(execute=True):
        home_demo.load(lines.append)
        donate_demo.load(lines.append)
    # The English projects; each also has its translations (tests/languages/test_demo_translations.py).
    projects = list(DonationProjectPage.objects.live().filter(locale__language_code="en"))
    assert len(projects) == 12
    assert len({page.thematic_area_id for page in projects}) == 6
    assert {page.currency for page in projects} == {"USD"}
    assert DonatePage.objects.live().count() == 6
    page = DonatePage.objects.get(locale__language_code="en")
    assert page.reports.count() == 3
    assert all(report.document and report.document.file.name.endswith(".pdf") for report in page.reports.all())
    assert page.allocation_year == timezone.localdate().year and page.suggested_amounts.count() == 2
    assert all(len(strip_tags(project.body + project.summary).split()) > 200 for project in projects)  # long enough
    assert all(project.reports.get().document.file.read(5) == b"%PDF-" for project in projects)
    assert sum(row.percentage for row in page.allocations.all()) == 100
    ledger = Donation.objects.count()
    assert ledger > 24
    assert all(progress.received > 0 for progress in progress_for(projects).values())
    assert ProjectStatusChange.objects.count() == 12

    donate_demo.load(lines.append)
    assert Donation.objects.count() == ledger
    assert DonationProjectPage.objects.filter(locale__language_code="en").count() == 12
    assert "(0 created)" in lines[-2] and "(0 new)" in lines[-1]
    french = client.get("/fr/donate/").content.decode()
    assert "Des toits frais pour les écoles de Dacca" in french
    assert "Un don général va là où les besoins sont les plus grands" in french
    year = timezone.localdate().year
    assert f"Où sont allés les dons en {year}" in french
    # The demo's gifts were recorded this year: the shares come with their amounts.
    assert "Aucun don" not in french
