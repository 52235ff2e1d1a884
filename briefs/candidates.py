"""What happened in a month, as candidate items for the monthly brief.

Read from the apps that hold it, through their public selectors, so nothing is
typed twice: flagship updates of the kinds "completed" and "major development"
(with the flagship's focal point and its latest financial figures), donation
projects that became funded or closed (with their focal point, goal, what the
ledger says they received, and the gap), the stories first published that month,
and next month's events once an events calendar is installed.
"""

import importlib
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.apps import apps
from wagtail.models import Locale

from core.delivery import public_pages, with_locale_fallback
from donate.models import DonationProjectPage, ProjectStatus
from donate.selectors import progress_for, projects_by_thematic_area, status_changes_between, status_history
from flagships.models import FlagshipUpdate
from flagships.selectors import financial_figures, public_flagships, rows_for_pages, updates_between, with_rows
from home.models import Contact
from stories.selectors import stories_published_between

from .models import Section
from .months import month_bounds, next_month

UPDATE_SECTIONS = {
    FlagshipUpdate.Kind.COMPLETED: Section.COMPLETED,
    FlagshipUpdate.Kind.MAJOR_DEVELOPMENT: Section.DEVELOPMENT,
}
PROJECT_STATUSES = (ProjectStatus.FUNDED, ProjectStatus.CLOSED)


@dataclass
class Candidate:
    key: str
    section: str
    page_id: int
    happened_on: date | None = None
    update_key: object = None
    project_status: str = ""
    contact: Contact | None = None
    figures: list[dict] = field(default_factory=list)


def _figure(kind: str, amount: Decimal, currency: str, valid_on: date) -> dict:
    return {"kind": kind, "amount": str(amount), "currency": currency, "valid_on": valid_on.isoformat()}


def flagship_figures(as_of: date, locale: Locale) -> dict[int, list[dict]]:
    """{flagship id: budget, received, spent and gap per currency}, the latest
    figures valid on or before `as_of`; the gap is budget minus received."""
    by_page: dict[int, dict] = {}
    for entry in financial_figures(locale, as_of=as_of):
        by_page.setdefault(entry.flagship_id, {})[(entry.currency, entry.kind)] = entry
    result: dict[int, list[dict]] = {}
    for page_id, entries in by_page.items():
        figures = []
        for currency in sorted({currency for currency, _kind in entries}):
            for kind in ("budget", "received", "spent"):
                entry = entries.get((currency, kind))
                if entry is not None:
                    figures.append(_figure(kind, entry.amount, currency, entry.valid_on))
            budget, received = entries.get((currency, "budget")), entries.get((currency, "received"))
            if budget is not None and received is not None:
                gap = max(budget.amount - received.amount, Decimal("0.00"))
                figures.append(_figure("gap", gap, currency, max(budget.valid_on, received.valid_on)))
        result[page_id] = figures
    return result


def flagship_candidates(start: date, end: date, locale: Locale) -> list[Candidate]:
    updates = [entry for entry in updates_between(start, end, locale) if entry.kind in UPDATE_SECTIONS]
    if not updates:
        return []
    chosen = public_flagships(locale).filter(pk__in={entry.flagship_id for entry in updates})
    pages = {page.pk: page for page in with_rows(chosen)}
    contacts = rows_for_pages(pages.values(), "contacts", "contact", Contact)
    figures = flagship_figures(end, locale)
    return [
        Candidate(
            key=f"update:{entry.update_key}",
            section=UPDATE_SECTIONS[entry.kind],
            page_id=entry.flagship_id,
            happened_on=entry.date,
            update_key=entry.update_key,
            contact=next(iter(contacts[entry.flagship_id]), None),
            figures=figures.get(entry.flagship_id, []),
        )
        for entry in sorted(updates, key=lambda entry: (entry.date, entry.flagship_title))
    ]


def project_candidates(start: date, end: date, locale: Locale, today: date) -> list[Candidate]:
    changed = {status: set(status_changes_between(status, start, end)) for status in PROJECT_STATUSES}
    keys = set().union(*changed.values())
    if not keys:
        return []
    projects = list(
        with_locale_fallback(public_pages(DonationProjectPage), locale)
        .filter(translation_key__in=keys)
        .select_related("focal_point")
        .order_by("title", "pk")
    )
    progress = progress_for(projects)
    candidates = []
    for page in projects:
        # The last status the project reached this month is the news.
        history = [row for row in status_history(page.translation_key) if start <= row.changed_on <= end]
        last = next((row for row in reversed(history) if row.status in PROJECT_STATUSES), None)
        if last is None:
            continue
        funding = progress[page.translation_key]
        figures = []
        if funding.goal is not None:
            figures.append(_figure("budget", funding.goal, funding.currency, today))
        figures.append(_figure("received", funding.received, funding.currency, today))
        if funding.goal is not None:
            figures.append(_figure("gap", funding.gap, funding.currency, today))
        focal_point = page.focal_point if page.focal_point_id and page.focal_point.live else None
        candidates.append(
            Candidate(
                key=f"project:{page.translation_key}:{last.status}",
                section=Section.PROJECT,
                page_id=page.pk,
                happened_on=last.changed_on,
                project_status=last.status,
                contact=focal_point,
                figures=figures,
            )
        )
    return candidates


def story_candidates(start: date, end: date, locale: Locale) -> list[Candidate]:
    return [
        Candidate(key=f"story:{page.translation_key}", section=Section.STORY, page_id=page.pk, happened_on=page.date)
        for page in stories_published_between(start, end, locale)
    ]


def events_between(start: date, end: date, locale: Locale) -> list:
    """Next month's key events, when the events calendar is installed.

    The hook: the `events` app (after `stories`, before `briefs` in the app
    order) exposes `events.selectors.events_between(start, end, locale)`. Until
    it is installed the brief simply has no events section.
    """
    if not apps.is_installed("events"):
        return []
    selectors = importlib.import_module("events.selectors")
    return list(selectors.events_between(start, end, locale))


def event_candidates(first_of_month: date, locale: Locale) -> list[Candidate]:
    """Next month's events: each entry names its page (`id`, `translation_key`) and
    when it starts (`start`, a datetime in the event's time zone)."""
    start, end = month_bounds(next_month(first_of_month))
    return [
        Candidate(
            key=f"event:{entry.translation_key}",
            section=Section.EVENT,
            page_id=entry.id,
            happened_on=entry.start.date() if entry.start else None,
        )
        for entry in events_between(start, end, locale)
    ]


def month_candidates(first_of_month: date, today: date, progress=None) -> list[Candidate]:
    """Every candidate item for the month, in the order the brief shows them."""
    locale = Locale.get_default()
    start, end = month_bounds(first_of_month)
    steps = [
        lambda: flagship_candidates(start, end, locale),
        lambda: project_candidates(start, end, locale, today),
        lambda: story_candidates(start, end, locale),
        lambda: event_candidates(first_of_month, locale),
    ]
    candidates: list[Candidate] = []
    for step in steps:
        candidates.extend(step())
        if progress is not None:
            progress()
    return candidates


def funding_summary(locale: Locale | None = None) -> list[dict]:
    """Per thematic area and currency: open projects, their goals, what the ledger
    says they received, and the gap, from the donate app's own grouping."""
    lines = []
    for group in projects_by_thematic_area(locale or Locale.get_default()):
        totals: dict[str, dict] = {}
        for project in group.projects:
            funding = project.progress_data
            line = totals.setdefault(
                funding.currency,
                {"projects": 0, "goal": Decimal("0.00"), "received": Decimal("0.00"), "gap": Decimal("0.00")},
            )
            line["projects"] += 1
            line["goal"] += funding.goal or Decimal("0.00")
            line["received"] += funding.received
            line["gap"] += funding.gap
        for currency, line in sorted(totals.items()):
            lines.append(
                {
                    "area": str(group.thematic_area.translation_key),
                    "currency": currency,
                    "projects": line["projects"],
                    "goal": str(line["goal"]),
                    "received": str(line["received"]),
                    "gap": str(line["gap"]),
                }
            )
    return lines
