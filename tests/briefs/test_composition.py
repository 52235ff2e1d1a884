"""The monthly brief's selection rules, its figures and contacts, and re-running it."""

from datetime import date

import pytest
from django.core.management import CommandError, call_command

from briefs.models import MonthlyBriefPage
from briefs.services import compose_monthly_brief
from flagships.models import FlagshipUpdate
from tests.briefs.conftest import MAY, update

pytestmark = pytest.mark.django_db


def keys_by_section(page) -> dict:
    result: dict = {}
    for item in page.items.all():
        result.setdefault(item.section, []).append(item.source_key)
    return result


def test_the_brief_picks_completions_developments_status_changes_and_new_stories(may):
    result = compose_monthly_brief(MAY)
    page = result.page.get_latest_revision_as_object()

    assert result.created and not page.live
    assert page.title == "Monthly brief: May 2024" and page.month == MAY
    assert keys_by_section(page) == {
        "completed": [f"update:{may.updates['completed'].translation_key}"],
        "development": [f"update:{may.updates['development'].translation_key}"],
        "project": [f"project:{may.projects['funded'].translation_key}:funded"],
        "story": [f"story:{may.stories['may'].translation_key}"],
    }
    # Left out: a milestone, next month's update, an unpublished flagship's update, a project funded
    # in April, a project that merely opened, a story first published in April and a draft story.
    assert "event" not in keys_by_section(page)  # no events calendar installed


def test_each_programme_and_project_carries_its_focal_point_and_figures(may):
    page = compose_monthly_brief(MAY).page.get_latest_revision_as_object()
    items = {item.section: item for item in page.items.all()}

    completed = items["completed"]
    assert completed.contact == may.contacts["coastal"]
    assert completed.linked_page_id == may.flagships["coastal"].pk
    assert completed.figures == [
        {"kind": "budget", "amount": "12500000.00", "currency": "USD", "valid_on": "2024-04-30"},
        {"kind": "received", "amount": "9800000.00", "currency": "USD", "valid_on": "2024-05-15"},
        {"kind": "spent", "amount": "7150000.50", "currency": "USD", "valid_on": "2024-05-15"},
        {"kind": "gap", "amount": "2700000.00", "currency": "USD", "valid_on": "2024-05-15"},
    ]
    assert items["development"].contact == may.contacts["housing"]
    assert items["development"].figures == []  # the programme publishes no figures

    project = items["project"]
    assert project.contact == may.contacts["water"] and project.project_status == "funded"
    assert project.happened_on == date(2024, 5, 12)
    assert project.figures == [
        {"kind": "budget", "amount": "5000.00", "currency": "USD", "valid_on": "2024-06-03"},
        {"kind": "received", "amount": "5200.00", "currency": "USD", "valid_on": "2024-06-03"},
        {"kind": "gap", "amount": "0.00", "currency": "USD", "valid_on": "2024-06-03"},
    ]


def test_the_funding_summary_is_per_thematic_area_from_the_ledger(may):
    page = compose_monthly_brief(MAY).page.get_latest_revision_as_object()
    assert page.funding_valid_on == date(2024, 6, 3)
    assert page.funding_summary == [
        {
            "area": str(may.areas["water"].translation_key),
            "currency": "USD",
            "projects": 2,
            "goal": "21000.00",
            "received": "7500.00",
            "gap": "13500.00",
        }
    ]


def test_a_second_run_keeps_the_introduction_the_order_the_notes_and_the_removals(may, editor):
    first = compose_monthly_brief(MAY)
    draft = first.page.get_latest_revision_as_object()
    draft.introduction = "<p>A month of completions.</p>"
    items = list(draft.items.all())
    story = next(item for item in items if item.section == "story")
    project = next(item for item in items if item.section == "project")
    development = next(item for item in items if item.section == "development")
    development.note = "Member States asked about this law in March."
    kept = [project] + [item for item in items if item not in (story, project)]
    for order, item in enumerate(kept):  # as the admin's reordering does
        item.sort_order = order
    draft.items = kept
    draft.save_revision(user=editor)

    news = update(may.flagships["coastal"], date(2024, 5, 25), FlagshipUpdate.Kind.MAJOR_DEVELOPMENT, "Bond issued")
    second = compose_monthly_brief(MAY)

    assert not second.created and second.page.pk == first.page.pk
    assert (second.added, second.kept, second.dropped) == (1, 3, 1)
    page = MonthlyBriefPage.objects.get(pk=first.page.pk).get_latest_revision_as_object()
    assert page.introduction == "<p>A month of completions.</p>"
    keys = [item.source_key for item in page.items.all()]
    assert keys == [item.source_key for item in kept] + [f"update:{news.translation_key}"]
    assert f"story:{may.stories['may'].translation_key}" not in keys
    notes = {item.section: item.note for item in page.items.all() if item.note}
    assert notes == {"development": "Member States asked about this law in March."}
    assert MonthlyBriefPage.objects.filter(month=MAY).count() == 1


def test_a_second_run_never_touches_the_live_version(may, editor):
    from core.demo_support import publish_latest

    page = compose_monthly_brief(MAY).page
    draft = page.get_latest_revision_as_object()
    draft.introduction = "<p>Published words.</p>"
    draft.save_revision(user=editor)
    publish_latest(MonthlyBriefPage.objects.get(pk=page.pk))
    live_items = MonthlyBriefPage.objects.get(pk=page.pk).items.count()

    update(may.flagships["housing"], date(2024, 5, 30), "completed", "Programme completed")
    compose_monthly_brief(MAY)

    live = MonthlyBriefPage.objects.get(pk=page.pk)
    assert live.live and live.has_unpublished_changes
    assert live.items.count() == live_items
    assert live.get_latest_revision_as_object().items.count() == live_items + 1


@pytest.mark.parametrize(
    ("month", "message"),
    [
        ("2024-13", "13 is not a month"),
        ("May 2024", "Give the month as YYYY-MM"),
        ("2024-5", "Give the month as YYYY-MM"),
        ("2024-07", "2024-07 has not started yet"),
        ("1999-12", "too early"),
        ("2024-05\x00", "Give the month as YYYY-MM"),
    ],
)
def test_the_command_refuses_a_malformed_or_future_month(may, month, message):
    with pytest.raises(CommandError, match=message):
        call_command("compose_monthly_brief", "--month", month, "--no-progress")
    assert not MonthlyBriefPage.objects.exists()


def test_the_command_drafts_and_reports(may, capsys):
    call_command("compose_monthly_brief", "--month", "2024-05", "--no-progress")
    call_command("compose_monthly_brief", "--month", "2024-06", "--no-progress")  # the current month may be drafted
    out = capsys.readouterr().out
    assert "Drafted “Monthly brief: May 2024”: 4 new items" in out
    assert MonthlyBriefPage.objects.filter(month=date(2024, 6, 1)).exists()


def test_without_an_index_page_the_command_says_what_to_create(home, frozen):
    with pytest.raises(CommandError, match="create one under the home page"):
        call_command("compose_monthly_brief", "--month", "2024-05", "--no-progress")


def test_next_months_events_come_through_the_events_hook(may, monkeypatch):
    from datetime import datetime
    from types import SimpleNamespace

    from briefs import candidates

    asked = []
    event_page = may.stories["april"]  # any public page stands in for an event page here

    def events_between(start, end, locale):
        asked.append((start, end, locale.language_code))
        entry = SimpleNamespace(
            id=event_page.pk, translation_key=event_page.translation_key, start=datetime(2024, 6, 12, 9, 30)
        )
        return [entry]

    monkeypatch.setattr(candidates, "events_between", events_between)
    page = compose_monthly_brief(MAY).page.get_latest_revision_as_object()
    assert asked == [(date(2024, 6, 1), date(2024, 6, 30), "en")]
    (event,) = [item for item in page.items.all() if item.section == "event"]
    assert event.source_key == f"event:{event_page.translation_key}" and event.happened_on == date(2024, 6, 12)
    assert event.linked_page_id == event_page.pk


def test_without_the_events_app_the_hook_returns_nothing():
    from django.apps import apps

    from briefs.candidates import events_between

    if apps.is_installed("events"):
        pytest.skip("the events calendar is installed")
    assert events_between(date(2024, 6, 1), date(2024, 6, 30), None) == []
