"""Donation managers: the ledger, offline contributions, exports and the funding report."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.utils import timezone

from donate.admin_views import funding_by_thematic_area
from donate.models import Donation, OfflineContribution
from tests.factories.donate import DonationIntentFactory, DonationProjectPageFactory, sandbox_event, signed
from tests.factories.home import ThematicAreaFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client):
    user = User.objects.create_user("manager", "manager@example.org", "pw")
    user.groups.add(Group.objects.get(name="Donation managers"))
    client.force_login(user)
    return user


def gift(post_webhook, project, amount, when=None):
    intent = DonationIntentFactory(project=project, amount=Decimal(amount))
    event = sandbox_event(intent, created=int((when or timezone.now()).timestamp()))
    assert post_webhook(*signed(event)).status_code == 200


def test_the_group_has_only_the_donation_permissions():
    group = Group.objects.get(name="Donation managers")
    assert sorted(f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()) == [
        "donate.add_offlinecontribution",
        "donate.reverse_donation",
        "donate.view_donation",
        "donate.view_offlinecontribution",
        "donate.view_refusedevent",
        "wagtailadmin.access_admin",
    ]


def test_manager_sees_the_ledger(client, manager, project, post_webhook):
    gift(post_webhook, project, "25")
    response = client.get("/admin/donate/ledger/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Clean water for Kibera" in html
    assert "donor@example.org" not in html


def test_someone_without_the_permission_cannot_see_the_ledger(client, home):
    user = User.objects.create_user("editor", "e@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/donate/ledger/").status_code in (302, 403)
    assert client.get("/admin/donate/funding/").status_code in (302, 403)


def test_ledger_export_per_period_and_project(client, manager, donate_page, project, post_webhook):
    other = DonationProjectPageFactory(parent=donate_page, title="Schools")
    gift(post_webhook, project, "25", timezone.make_aware(datetime.datetime(2026, 1, 15)))
    gift(post_webhook, project, "40", timezone.make_aware(datetime.datetime(2026, 2, 15)))
    gift(post_webhook, other, "99", timezone.make_aware(datetime.datetime(2026, 1, 20)))
    response = client.get(
        "/admin/donate/ledger/",
        {
            "export": "csv",
            "project_key": str(project.translation_key),
            "occurred_at_from": "2026-01-01",
            "occurred_at_to": "2026-01-31",
        },
    )
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().strip().splitlines()
    assert len(rows) == 2, rows
    assert "Clean water for Kibera" in rows[1] and "25.00" in rows[1]


def test_ledger_export_as_spreadsheet(client, manager, project, post_webhook):
    gift(post_webhook, project, "25")
    response = client.get("/admin/donate/ledger/", {"export": "xlsx"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_manager_records_an_offline_contribution_that_counts_in_progress(client, manager, project):
    response = client.post(
        "/admin/donate_offline/new/",
        {
            "project_key": str(project.translation_key),
            "received_on": "2026-02-01",
            "amount": "300",
            "currency": "USD",
            "source": "City foundation",
            "note": "Bank transfer",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    row = OfflineContribution.objects.get()
    assert (row.amount, row.recorded_by) == (Decimal("300.00"), manager)
    assert project.progress().received == Decimal("300.00")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"currency": "EUR"}, "This project is funded in USD"),
        ({"amount": "0"}, "Enter the amount received"),
        ({"source": ""}, "This field is required."),
        ({"project_key": "not-a-project"}, "Select a valid choice."),
    ],
)
def test_bad_offline_contributions_are_refused(client, manager, project, changes, message):
    data = {
        "project_key": str(project.translation_key),
        "received_on": "2026-02-01",
        "amount": "300",
        "currency": "USD",
        "source": "City foundation",
    }
    data.update(changes)
    response = client.post("/admin/donate_offline/new/", data)
    assert message in response.content.decode()
    assert not OfflineContribution.objects.exists()


def test_offline_contributions_cannot_be_edited_or_deleted_even_by_a_superuser(admin_client, project):
    row = OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2026-01-01", amount=Decimal("5"), currency="USD", source="X"
    )
    assert admin_client.get(f"/admin/donate_offline/edit/{row.pk}/").status_code in (302, 403)
    assert admin_client.post(f"/admin/donate_offline/delete/{row.pk}/").status_code in (302, 403)
    assert OfflineContribution.objects.get().amount == Decimal("5.00")


def test_funding_report_never_adds_currencies(client, manager, donate_page, post_webhook):
    area = ThematicAreaFactory(name="Water")
    usd = DonationProjectPageFactory(parent=donate_page, thematic_area=area, goal_amount=Decimal("1000"))
    DonationProjectPageFactory(parent=donate_page, thematic_area=area, goal_amount=Decimal("500"), currency="EUR")
    gift(post_webhook, usd, "250")
    rows = {(row["thematic_area"], row["currency"]): row for row in funding_by_thematic_area()}
    assert rows[("Water", "USD")]["goal"] == Decimal("1000.00")
    assert rows[("Water", "USD")]["received"] == Decimal("250.00")
    assert rows[("Water", "USD")]["gap"] == Decimal("750.00")
    assert rows[("Water", "EUR")]["goal"] == Decimal("500.00")
    assert rows[("Water", "EUR")]["received"] == Decimal("0.00")
    response = client.get("/admin/donate/funding/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert "Water,USD,1,1000.00,250.00,750.00" in text
    assert "Water,EUR,1,500.00,0.00,500.00" in text
    assert client.get("/admin/donate/funding/").status_code == 200


def test_admin_menu_shows_the_reports_to_managers(client, manager):
    html = client.get("/admin/").content.decode()
    assert "Donation ledger" in html
    assert "Funding by thematic area" in html


def test_ledger_is_read_only_in_the_admin(admin_client, project, post_webhook):
    gift(post_webhook, project, "25")
    assert Donation.objects.count() == 1
    assert admin_client.get("/admin/donate/ledger/").status_code == 200


def test_manager_lists_offline_contributions(client, manager, project):
    OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2026-01-01", amount=Decimal("5"), currency="USD", source="X"
    )
    response = client.get("/admin/donate_offline/")
    assert response.status_code == 200
    assert "Clean water for Kibera" in response.content.decode()


def test_manager_cannot_edit_pages_or_see_intents(client, manager, project):
    assert client.get(f"/admin/pages/{project.pk}/edit/").status_code in (302, 403)


def test_offline_contributions_export(client, manager, project):
    OfflineContribution.objects.create(
        project_key=project.translation_key, received_on="2026-01-01", amount=Decimal("5"), currency="USD", source="X"
    )
    response = client.get("/admin/donate_offline/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode()
    assert "Project" in text.splitlines()[0]
    assert "Clean water for Kibera" in text
