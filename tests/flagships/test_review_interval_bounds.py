"""F0: a flagship's review interval has an upper bound, and no stored value can
take down the pages that compute due dates.

The tester typed 9223372036854775807 (and 3000000) as an Editor and published as a
Moderator; every page computing a due date then answered 500 (OverflowError). The
bound is refused on the form with the field's message, on every path to live, and
in the database; what was stored before (or the organisation's default, typed by
hand) is clamped when dates are computed."""

from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from wagtail.models import Site

from core.publish_paths import latest_revision_errors, messages_of
from flagships.models import FlagshipPage
from flagships.review import compute_state
from home.models import OrganisationSettings
from home.models.review_interval import MAX_REVIEW_INTERVAL_DAYS
from tests.publish.support import edit_form_data

pytestmark = pytest.mark.django_db

HUGE = "9223372036854775807"


def person(django_user_model, name, group):
    user = django_user_model.objects.create_user(name, f"{name}@example.org", "pw-for-tests-only")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(django_user_model):
    return person(django_user_model, "ed1", "Editors")


@pytest.fixture
def moderator(django_user_model):
    return person(django_user_model, "mod1", "Moderators")


@pytest.fixture
def flagship(make_flagship):
    page = make_flagship(title="Rivers for towns", slug="rivers-for-towns", review_interval_days=30)
    page.save_revision().publish()
    return FlagshipPage.objects.get(pk=page.pk)


def every_due_date_page(client, page) -> dict[str, int]:
    """The pages the tester saw answer 500, with their status for the logged-in user."""
    urls = [
        "/admin/",
        "/admin/reports/flagships-due-for-review/",
        "/admin/reports/flagships-due-for-review/?export=csv",
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/{page.get_parent().pk}/",
    ]
    answers = {url: client.get(url).status_code for url in urls}
    client.logout()
    for url in [page.get_parent().url, page.url, "/api/v1/flagships", f"/api/v1/flagships/{page.pk}"]:
        answers[url] = client.get(url).status_code
    return answers


@pytest.mark.parametrize("typed", [HUGE, "3000000", str(MAX_REVIEW_INTERVAL_DAYS + 1)])
def test_a_moderator_cannot_publish_an_interval_past_ten_years(client, moderator, flagship, typed):
    client.force_login(moderator)
    url = f"/admin/pages/{flagship.pk}/edit/"
    data = edit_form_data(flagship, moderator) | {"review_interval_days": typed, "action-publish": "action-publish"}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "give at most 3650 days" in str(response.context["form"].errors["review_interval_days"])
    assert FlagshipPage.objects.get(pk=flagship.pk).review_interval_days == 30
    client.force_login(moderator)
    assert set(every_due_date_page(client, flagship).values()) == {200}


def test_the_limit_itself_publishes_and_every_page_answers(client, moderator, flagship):
    client.force_login(moderator)
    data = edit_form_data(flagship, moderator) | {
        "review_interval_days": str(MAX_REVIEW_INTERVAL_DAYS),
        "action-publish": "action-publish",
    }
    response = client.post(f"/admin/pages/{flagship.pk}/edit/", data)
    assert response.status_code == 302
    page = FlagshipPage.objects.get(pk=flagship.pk)
    assert page.review_interval_days == MAX_REVIEW_INTERVAL_DAYS
    client.force_login(moderator)
    assert set(every_due_date_page(client, page).values()) == {200}
    due = client.get(f"/api/v1/flagships/{page.pk}").json()["review_due_on"]
    assert date.fromisoformat(due).year < 2040


def test_an_editor_submitting_a_huge_interval_is_told_and_keeps_the_draft(client, editor, flagship):
    client.force_login(editor)
    url = f"/admin/pages/{flagship.pk}/edit/"
    data = edit_form_data(flagship, editor) | {
        "title": "Rivers for towns (edited)",
        "review_interval_days": "3000000",
        "action-submit": "action-submit",
    }
    response = client.post(url, data)
    assert response.status_code == 200
    assert "give at most 3650 days" in response.content.decode()
    assert not FlagshipPage.objects.get(pk=flagship.pk).workflow_in_progress
    client.force_login(editor)
    assert set(every_due_date_page(client, flagship).values()) == {200}


def test_a_revision_holding_a_huge_interval_is_refused_on_the_other_paths(flagship, moderator):
    """A revision saved before the bound existed (or written by a path without the
    form) is refused at publish with the field's message, not by the database."""
    obj = flagship.get_latest_revision_as_object()
    obj.review_interval_days = int(HUGE)
    revision = obj.save_revision(user=moderator, clean=False)
    error = latest_revision_errors(FlagshipPage.objects.get(pk=flagship.pk))
    assert error is not None and "give at most 3650 days" in " ".join(messages_of(error))
    with pytest.raises(ValidationError) as refused:
        revision.publish(user=moderator)
    assert "3650" in str(refused.value)
    assert FlagshipPage.objects.get(pk=flagship.pk).review_interval_days == 30


def test_the_database_refuses_an_interval_out_of_bounds(flagship):
    with pytest.raises(IntegrityError), transaction.atomic():
        FlagshipPage.objects.filter(pk=flagship.pk).update(review_interval_days=MAX_REVIEW_INTERVAL_DAYS + 1)


def test_an_enormous_deployment_default_is_clamped_everywhere(client, moderator, flagship, settings):
    """The organisation's default is bounded like the page's own interval (the
    form and the database refuse more: tests/home/test_default_review_interval.py);
    the deployment's FLAGSHIP_REVIEW_INTERVAL_DAYS, which the system check
    reports, still gives every page a date."""
    settings.FLAGSHIP_REVIEW_INTERVAL_DAYS = int(HUGE)
    FlagshipPage.objects.filter(pk=flagship.pk).update(review_interval_days=None)
    OrganisationSettings.objects.filter(site=Site.objects.get(is_default_site=True)).delete()
    client.force_login(moderator)
    assert set(every_due_date_page(client, flagship).values()) == {200}


@pytest.mark.parametrize("interval", [int(HUGE), 3_000_000, 10**30])
def test_due_dates_never_overflow(interval):
    reviewed = datetime(9999, 6, 1, tzinfo=UTC)
    state = compute_state(reviewed, None, interval, date(2026, 11, 30))
    assert state.review_due_on == date.max
    assert state.interval_days == MAX_REVIEW_INTERVAL_DAYS
    state = compute_state(datetime(2026, 1, 1, tzinfo=UTC), None, interval, date(2026, 11, 30))
    assert state.review_due_on == date(2035, 12, 30)
