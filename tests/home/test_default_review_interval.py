"""The organisation's default review interval for flagships has the bound of a
flagship's own interval (1 to 3650 days, home.models.review_interval): the same
messages on the settings form, the same kind of database constraint, and the
deployment's FLAGSHIP_REVIEW_INTERVAL_DAYS checked at start-up.

Testers typed 9223372036854775807 and 0 into Settings → Organisation settings:
both were stored (SQLite holds 64 bits in a small integer field), and 0 silently
meant "use the deployment's setting"."""

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import IntegrityError, transaction
from wagtail.models import Site

from home.models import OrganisationSettings
from home.models.review_interval import MAX_REVIEW_INTERVAL_DAYS, deployment_setting_errors
from home.models.settings import default_review_interval_days
from tests.publish.support import form_data

pytestmark = pytest.mark.django_db

HUGE = "9223372036854775807"


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def stored(site):
    settings_row = OrganisationSettings.for_site(site)
    settings_row.default_review_interval_days = 30
    settings_row.mission = "A better urban future for all"
    settings_row.save()
    return settings_row


def settings_url(site) -> str:
    return f"/admin/settings/home/organisationsettings/{site.pk}/"


def post_settings(admin_client, site, **changes):
    form = admin_client.get(settings_url(site)).context["form"]
    return admin_client.post(settings_url(site), form_data(form) | changes)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (HUGE, "Review interval: give at most 3650 days (ten years)."),
        (str(MAX_REVIEW_INTERVAL_DAYS + 1), "Review interval: give at most 3650 days (ten years)."),
        ("0", "Review interval: give at least 1 day."),
    ],
)
def test_the_settings_form_refuses_an_interval_out_of_bounds(admin_client, site, stored, typed, message):
    response = post_settings(admin_client, site, default_review_interval_days=typed, mission="Cities for all")
    assert response.status_code == 200
    assert message in response.context["form"].errors["default_review_interval_days"]
    # What was typed comes back in the form; nothing is saved until it is fixed.
    assert response.context["form"]["mission"].value() == "Cities for all"
    row = OrganisationSettings.objects.get(pk=stored.pk)
    assert (row.default_review_interval_days, row.mission) == (30, "A better urban future for all")


def test_the_bound_itself_saves(admin_client, site, stored):
    response = post_settings(admin_client, site, default_review_interval_days=str(MAX_REVIEW_INTERVAL_DAYS))
    assert response.status_code == 302
    assert OrganisationSettings.objects.get(pk=stored.pk).default_review_interval_days == MAX_REVIEW_INTERVAL_DAYS


@pytest.mark.parametrize("value", [0, MAX_REVIEW_INTERVAL_DAYS + 1])
def test_the_database_refuses_an_interval_out_of_bounds(stored, value):
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganisationSettings.objects.filter(pk=stored.pk).update(default_review_interval_days=value)


@pytest.mark.parametrize("value", [0, 5000, -3])
def test_an_out_of_bounds_deployment_setting_stops_start_up_with_a_reason(settings, value):
    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = value
    [error] = deployment_setting_errors()
    assert error.id == "home.E001" and f"is {value}" in error.msg and "1 to 3650" in error.hint
    with pytest.raises(SystemCheckError, match="home.E001"):
        call_command("check")


def test_the_deployment_setting_within_bounds_passes(settings):
    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = 90
    assert deployment_setting_errors() == []


def test_a_new_settings_row_starts_within_bounds_whatever_the_deployment_says(client, site, settings):
    """The row is created on the first page that reads it: an out-of-bounds
    deployment value (reported by the check above) must not make that fail."""
    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = 5000
    OrganisationSettings.objects.all().delete()
    assert default_review_interval_days() == MAX_REVIEW_INTERVAL_DAYS
    assert OrganisationSettings.for_site(site).default_review_interval_days == MAX_REVIEW_INTERVAL_DAYS
    assert client.get("/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_the_migration_brings_stored_defaults_within_bounds_without_moving_due_dates(restore_wagtail_tree, settings):
    """Rows stored before the bound: ten years at most; 0, which meant "use the
    deployment's setting", becomes that setting; a value within bounds is kept."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from wagtail.models import Page

    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = 45
    before, after = ("home", "0009_site_name"), ("home", "0010_default_review_interval_bounds")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    old_apps = executor.loader.project_state([before]).apps
    OldSite = old_apps.get_model("wagtailcore", "Site")
    OldSettings = old_apps.get_model("home", "OrganisationSettings")
    root = Page.get_first_root_node()
    stored = {}
    for index, value in enumerate([32767, 0, 120]):
        site = OldSite.objects.create(hostname=f"site{index}.example.org", port=80, root_page_id=root.pk)
        stored[value] = OldSettings.objects.create(site=site, default_review_interval_days=value).pk

    executor = MigrationExecutor(connection)
    executor.migrate([after])
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    values = dict(
        OrganisationSettings.objects.filter(pk__in=stored.values()).values_list("pk", "default_review_interval_days")
    )
    assert [values[stored[value]] for value in (32767, 0, 120)] == [MAX_REVIEW_INTERVAL_DAYS, 45, 120]
