"""What a published donate page must satisfy, checked in the editor's form; drafts may be incomplete."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from donate.models import DonatePage, DonationProjectPage, ProjectStatusChange
from tests.factories.home import ThematicAreaFactory

pytestmark = pytest.mark.django_db


def add_url(model, parent):
    return reverse("wagtailadmin_pages:add", args=("donate", model._meta.model_name, parent.pk))


def donate_page_data(percentages, publish=True, reports=(), suggested=()):
    data = {
        "title": "Donate now",
        "slug": "donate",
        "introduction": "Why give.",
        "takes_general_gifts": "on",
        "general_fund_currency": "USD",
        "allocation_year": "2025",
        "suggested_amounts": inline_formset(list(suggested)),
        "allocations": inline_formset(
            [
                {"label": f"Line {i}", "description": "What it pays for.", "percentage": p}
                for i, p in enumerate(percentages)
            ]
        ),
        "reports": inline_formset(list(reports)),
    }
    if publish:
        data["action-publish"] = "action-publish"
    return nested_form_data(data)


def errors_of(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize("percentages", [["60", "30"], ["60", "50"], ["33.33", "33.33", "33.33"]])
def test_allocation_must_add_up_to_100_to_publish(admin_client, home, percentages):
    response = admin_client.post(add_url(DonatePage, home), donate_page_data(percentages))
    assert response.status_code == 200  # the form again, with the message
    assert "Change them so they add up to exactly 100% before publishing." in errors_of(response)
    assert not DonatePage.objects.exists()


def test_allocation_adding_up_to_100_publishes(admin_client, home):
    response = admin_client.post(add_url(DonatePage, home), donate_page_data(["33.34", "33.33", "33.33"]))
    assert response.status_code == 302
    page = DonatePage.objects.get()
    assert page.live
    assert sum(row.percentage for row in page.allocations.all()) == 100


def test_an_unbalanced_allocation_may_be_saved_as_a_draft(admin_client, home):
    response = admin_client.post(add_url(DonatePage, home), donate_page_data(["60"], publish=False))
    assert response.status_code == 302
    assert not DonatePage.objects.get().live


def test_publishing_without_any_allocation_is_refused(admin_client, home):
    response = admin_client.post(add_url(DonatePage, home), donate_page_data([]))
    assert "add at least one line" in errors_of(response)


@pytest.mark.parametrize(("value", "message"), [("0", "more than 0%"), ("120", "cannot be more than 100%")])
def test_a_share_must_be_between_0_and_100(admin_client, home, value, message):
    response = admin_client.post(add_url(DonatePage, home), donate_page_data([value, "100"], publish=False))
    assert message in errors_of(response)


def test_a_report_needs_a_document_or_a_link(admin_client, home):
    report = {"title": "2025", "period_start": "2025-01-01", "period_end": "2025-12-31", "link": ""}
    response = admin_client.post(add_url(DonatePage, home), donate_page_data(["100"], reports=[report]))
    assert "give “2025” as a document or a link" in errors_of(response)
    assert not DonatePage.objects.exists()


def test_a_draft_report_row_may_wait_for_its_document(admin_client, home):
    """Dates typed, the document not uploaded yet: the draft saves (issue 12)."""
    report = {"title": "2025", "period_start": "2025-01-01", "period_end": "2025-12-31", "link": ""}
    response = admin_client.post(add_url(DonatePage, home), donate_page_data(["70"], reports=[report], publish=False))
    assert response.status_code == 302
    assert DonatePage.objects.get().reports.count() == 1


def test_a_report_period_must_not_end_before_it_starts(admin_client, home):
    report = {"title": "2025", "period_start": "2025-12-31", "period_end": "2025-01-01", "link": "https://example.org"}
    response = admin_client.post(add_url(DonatePage, home), donate_page_data(["100"], reports=[report]))
    assert "the period of “2025” must end on or after the day it starts." in errors_of(response)


def project_data(publish=True, **fields):
    area = fields.pop("thematic_area", None)
    data = {
        "title": "Water",
        "slug": "water",
        "summary": "Clean water.",
        "thematic_area": area.pk if area else "",
        "country_region": "Kenya",
        "goal_amount": "1000",
        "currency": "USD",
        "status": "open",
        "gift_impact": "",
        "body": rich_text(""),
        "reports": inline_formset([]),
    }
    data.update(fields)
    if publish:
        data["action-publish"] = "action-publish"
    return nested_form_data(data)


def test_a_project_needs_a_thematic_area_to_publish(admin_client, donate_page):
    response = admin_client.post(add_url(DonationProjectPage, donate_page), project_data())
    assert "Choose the thematic area this project belongs to before publishing." in errors_of(response)
    assert not DonationProjectPage.objects.exists()


def test_a_project_draft_may_lack_area_and_goal(admin_client, donate_page):
    response = admin_client.post(
        add_url(DonationProjectPage, donate_page), project_data(publish=False, goal_amount="", summary="")
    )
    assert response.status_code == 302
    assert DonationProjectPage.objects.get().thematic_area is None


@pytest.mark.parametrize("goal", ["0", "-10"])
def test_a_zero_or_negative_goal_is_refused(admin_client, donate_page, goal):
    area = ThematicAreaFactory()
    response = admin_client.post(
        add_url(DonationProjectPage, donate_page), project_data(thematic_area=area, goal_amount=goal)
    )
    assert "The funding goal must be more than zero." in errors_of(response)
    assert not DonationProjectPage.objects.exists()


def test_publishing_without_a_goal_is_refused(admin_client, donate_page):
    area = ThematicAreaFactory()
    response = admin_client.post(
        add_url(DonationProjectPage, donate_page), project_data(thematic_area=area, goal_amount="")
    )
    assert "Give a funding goal greater than zero before publishing." in errors_of(response)


def test_an_unknown_currency_is_refused(admin_client, donate_page):
    area = ThematicAreaFactory()
    response = admin_client.post(
        add_url(DonationProjectPage, donate_page), project_data(thematic_area=area, currency="XYZ")
    )
    assert "Select a valid choice." in errors_of(response)


def test_a_complete_project_publishes_and_its_status_is_dated(admin_client, donate_page):
    area = ThematicAreaFactory()
    response = admin_client.post(add_url(DonationProjectPage, donate_page), project_data(thematic_area=area))
    assert response.status_code == 302
    page = DonationProjectPage.objects.get()
    assert page.live
    assert list(ProjectStatusChange.objects.values_list("project_key", "status")) == [(page.translation_key, "open")]


def test_status_history_keeps_each_change_with_its_date(project):
    from freezegun import freeze_time

    from donate.selectors import status_changes_between

    with freeze_time("2026-03-02"):
        project.save_revision().publish()  # same status: nothing new
        project.status = "funded"
        project.save_revision().publish()
    with freeze_time("2026-05-10"):
        project.status = "closed"
        project.save_revision().publish()
    history = list(ProjectStatusChange.objects.filter(project_key=project.translation_key).order_by("pk"))
    assert [(c.status, c.changed_on.isoformat()) for c in history][1:] == [
        ("funded", "2026-03-02"),
        ("closed", "2026-05-10"),
    ]
    assert status_changes_between(
        "funded", __import__("datetime").date(2026, 3, 1), __import__("datetime").date(2026, 3, 31)
    ) == [project.translation_key]


def test_editors_open_both_page_types_in_the_admin(admin_client, donate_page, project):
    assert admin_client.get(f"/admin/pages/{donate_page.pk}/edit/").status_code == 200
    html = admin_client.get(f"/admin/pages/{project.pk}/edit/").content.decode()
    assert "The amount received is calculated from the donation ledger" in html
    assert admin_client.get(add_url(DonationProjectPage, donate_page)).status_code == 200
    assert admin_client.get("/admin/donate_offline/new/").status_code == 200
