"""`expand=` on the donation projects listing: each project then carries what its
detail adds, for the same queries whatever the number of projects."""

from datetime import date

import pytest

from donate.models import DonationProjectReport, ProjectStatusChange
from tests.factories.donate import DonatePageFactory, DonationProjectPageFactory
from tests.factories.world import build_world
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

LISTING = "/api/v1/donate/thematic-areas"
EVERYTHING = (
    "body,gift_impact,focal_point,reports,status_history,related_flagship,"
    "abbreviations,donate_page,thematic_area,locales,cover_image"
)


def _projects(body) -> list[dict]:
    return [project for group in body["items"] for project in group["projects"]]


def test_an_expanded_project_carries_what_its_detail_shows(client, home):
    world = build_world(home)
    project = world["project"]
    project.related_flagship = world["flagship"]
    project.body = "<h2>Why</h2><p>Water.</p>"
    project.save_revision().publish()
    DonationProjectReport.objects.create(
        page=project, title="First year", date=date(2025, 1, 31), link="https://example.org/r"
    )
    ProjectStatusChange.objects.create(project_key=project.translation_key, status="open", changed_on=date(2025, 1, 1))
    for locale in ("en", "fr"):
        (item,) = [
            p
            for p in _projects(client.get(LISTING, {"expand": EVERYTHING, "locale": locale}).json())
            if p["id"] == project.pk
        ]
        detail = client.get(f"/api/v1/donate/projects/{project.pk}", {"locale": locale}).json()
        assert set(detail) - set(item) == set(), "the detail shows more than the expanded project"
        assert item == detail, locale
    assert item["focal_point"] is not None and item["related_flagship"]["id"] == world["flagship"].pk
    assert item["thematic_area"]["slug"] == "housing" and item["donate_page"]["type"] == "donate"
    assert item["cover_image"]["renditions"][-1]["width"] == 1600  # the detail's widths, not the card's
    assert item["reports"][0]["url"] == "https://example.org/r"


def test_without_expand_the_projects_are_unchanged_and_unknown_expansions_are_refused(client, home):
    build_world(home)
    plain = _projects(client.get(LISTING).json())
    assert plain and "body" not in plain[0]
    response = client.get(LISTING, {"expand": "donors"})
    assert response.status_code == 400
    assert response.json()["parameter"] == "expand"
    assert "body" in response.json()["allowed"]
    # Listed items are groups: `fields` is not offered there.
    assert client.get(LISTING, {"fields": "title"}).status_code == 400


def test_expanding_projects_costs_the_same_queries_for_5_and_50(client, home):
    donate = DonatePageFactory(parent=home)

    def add(count):
        for _ in range(count):
            page = DonationProjectPageFactory(parent=donate, body="<p>Text.</p>")
            DonationProjectReport.objects.create(page=page, title="Report", date=date(2025, 1, 1), link="https://e.org")

    params = {"limit": 100, "expand": EVERYTHING}
    add(5)
    five, plain_five = count_queries(client, LISTING, params), count_queries(client, LISTING, {"limit": 100})
    add(45)
    fifty, plain_fifty = count_queries(client, LISTING, params), count_queries(client, LISTING, {"limit": 100})
    assert len(_projects(client.get(LISTING, params).json())) == 50
    assert (five, plain_five) == (fifty, plain_fifty)
    # The budgets (docs/benchmarks.md): lower them when a change lowers the count.
    assert plain_fifty <= 6, f"{plain_fifty} queries"
    # Eleven expansions, none more than two queries (the texts share one cache read).
    assert fifty <= plain_fifty + 14, f"{fifty} queries"


def test_the_openapi_document_offers_the_project_expansions(client):
    document = client.get("/api/v1/openapi.json").json()
    parameters = {p["name"]: p for p in document["paths"][LISTING]["get"]["parameters"]}
    assert parameters["expand"]["schema"]["items"]["enum"] == sorted(EVERYTHING.split(","))
    assert "fields" not in parameters
    assert "body" in document["components"]["schemas"]["ProjectSummaryOut"]["properties"]
