"""Demo content of the donate app: the Donate page in six languages with its
allocation and three reports, twelve projects across the thematic areas with
USD goals, and a ledger of sandbox donations so the progress bars are not empty.

Donations go through the same signed-webhook handler as real ones, with
deterministic event ids, so a second run records nothing twice."""

from datetime import date
from decimal import Decimal

from core.demo_support import locales, publish, section_index
from core.geography import country_code
from home.models import Contact, ThematicArea

from .demo_data import ALLOCATIONS, DONATE_PAGE, PROJECTS, REPORTS
from .models import DonateAllocation, DonatePage, Donation, DonationIntent, DonationProjectPage, DonationReport
from .providers.sandbox import SandboxProvider
from .webhooks import handle_delivery


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    page, created = section_index(DonatePage, "donate", DONATE_PAGE, prepare=_allocations_and_reports)
    log(f"donate page: {len(all_locales)} languages ({created} translations created)")

    areas = {area.slug: area for area in ThematicArea.objects.filter(locale=english)}
    contacts = list(Contact.objects.filter(locale=english).order_by("pk"))
    created = 0
    projects = []
    for index, entry in enumerate(PROJECTS):
        slug = entry[0]
        project = DonationProjectPage.objects.child_of(page).filter(slug=slug).first()
        if project is None:
            project = _project(page, entry, areas, contacts[index % len(contacts)] if contacts else None, english)
            created += 1
        projects.append((project, entry[7]))
    log(f"donation projects: {len(PROJECTS)} ({created} created)")

    recorded = sum(_gifts(project, amounts) for project, amounts in projects)
    log(f"sandbox donations: {Donation.objects.filter(provider='sandbox').count()} in the ledger ({recorded} new)")


def _allocations_and_reports(page: DonatePage) -> None:
    page.allocations = [
        DonateAllocation(label=label, description=description, percentage=Decimal(share))
        for label, description, share in ALLOCATIONS
    ]
    page.reports = [
        DonationReport(
            title=title, period_start=date.fromisoformat(start), period_end=date.fromisoformat(end), link=url
        )
        for title, start, end, url in REPORTS
    ]


def _project(parent, entry, areas, contact, english) -> DonationProjectPage:
    slug, title, area_slug, country, goal, summary, impact, _gifts = entry
    project = DonationProjectPage(
        title=title,
        slug=slug,
        summary=summary,
        thematic_area=areas.get(area_slug),
        # The demo lists places by name; a country is stored by its ISO code.
        country=country_code(country) or "",
        country_region="" if country_code(country) else country,
        goal_amount=Decimal(goal),
        currency="USD",
        gift_impact=impact,
        focal_point=contact,
        locale=english,
    )
    parent.add_child(instance=project)
    return publish(project)


def _gifts(project, amounts) -> int:
    """Record the project's demo gifts through the sandbox's signed webhook path."""
    provider = SandboxProvider()
    recorded = 0
    for number, amount in enumerate(amounts):
        event_id = f"evt_demo_{project.slug}_{number}"
        if Donation.objects.filter(provider=provider.name, event_id=event_id).exists():
            continue
        intent = DonationIntent.objects.create(
            project_key=project.translation_key,
            project=project,
            amount=Decimal(amount),
            currency=project.currency,
            frequency="monthly" if number == 1 else "one_off",
            provider=provider.name,
        )
        event = provider.build_event(intent, "donation.completed")
        event["id"] = event_id
        outcome = handle_delivery(provider, *provider.sign(event))
        recorded += outcome.recorded
    return recorded
