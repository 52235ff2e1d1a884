"""Demo content of the donate app: the Donate page in six languages with its
allocation for a named year, suggested amounts, the general gift and three
reports (generated PDF documents), twelve projects across the thematic areas
with USD goals and pages long enough to judge (who benefits, what a gift buys,
who runs it, the last update, a progress report as PDF), and a ledger of
sandbox donations so the progress bars are not empty (test gifts: they count
on a developer's site in debug mode only).

Donations go through the same signed-webhook handler as real ones, with
deterministic event ids, so a second run records nothing twice."""

import textwrap
from datetime import date
from decimal import Decimal

from django.core.files.base import ContentFile
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.models import Locale

from core.demo_support import locales, publish, section_index
from core.geography import country_code
from home.models import Contact, ThematicArea
from publications.pdf import minimal_pdf

from .demo_data import (
    ALLOCATION_YEAR,
    ALLOCATIONS,
    DONATE_PAGE,
    GENERAL_FUND_TEXT,
    GENERAL_FUND_TRANSLATIONS,
    PROJECT_DETAILS,
    PROJECTS,
    REPORTS,
    SUGGESTED_AMOUNTS,
    WHY_IT_MATTERS,
)
from .models import (
    DonateAllocation,
    DonatePage,
    Donation,
    DonationIntent,
    DonationProjectPage,
    DonationProjectReport,
    DonationReport,
    SuggestedAmounts,
)
from .providers.sandbox import SandboxProvider
from .webhooks import handle_delivery


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    page, created = section_index(DonatePage, "donate", DONATE_PAGE, prepare=_allocations_and_reports)
    _translate_general_fund(page)
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
    page.general_fund_text = GENERAL_FUND_TEXT
    page.allocation_year = ALLOCATION_YEAR
    page.allocations = [
        DonateAllocation(label=label, description=description, percentage=Decimal(share))
        for label, description, share in ALLOCATIONS
    ]
    page.suggested_amounts = [
        SuggestedAmounts(currency=currency, amounts=amounts) for currency, amounts in SUGGESTED_AMOUNTS
    ]
    page.reports = [
        DonationReport(
            title=title,
            period_start=date.fromisoformat(start),
            period_end=date.fromisoformat(end),
            document=_report_document(title, start, end),
        )
        for title, start, end, _url in REPORTS
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
        body=_project_body(slug, title, country, goal, impact, area_slug),
        focal_point=contact,
        locale=english,
    )
    update_on, update = PROJECT_DETAILS[slug][2]
    project.reports = [
        DonationProjectReport(
            title=f"Progress report: {title}",
            date=date.fromisoformat(update_on),
            document=_pdf(
                f"donate-project-{slug}.pdf",
                f"Progress report: {title}",
                [f"{country}, {update_on}", "", *textwrap.wrap(summary, 90), "", *textwrap.wrap(update, 90)],
            ),
        )
    ]
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


def _pdf(name: str, title: str, lines: list[str]):
    """A generated PDF document (reused when the demo is loaded again)."""
    Document = get_document_model()
    document = Document.objects.filter(file__endswith=name).first()
    if document is None:
        document = Document(title=title)
        document.file.save(name, ContentFile(minimal_pdf(title, lines[:40], language="en")), save=False)
        document._set_document_file_metadata()
        document.save()
    return document


def _report_document(title: str, start: str, end: str):
    """A report that reads like one: period, what came in, where it went, how it was checked."""
    lines = [
        f"Period: {start} to {end}",
        "",
        "Where donations went",
        *[f"  {share}%  {label}: {description}" for label, description, share in ALLOCATIONS],
        "",
        "Projects funded in the period",
        *[f"  {entry[1]} ({entry[3]}): goal {int(entry[4]):,} USD" for entry in PROJECTS],
        "",
        *textwrap.wrap(
            "Every gift is recorded in the donation ledger when the payment provider confirms it; refunds and "
            "corrections are separate entries, never edits. An independent auditor reviews the ledger each year "
            "and the figures above are taken from it.",
            90,
        ),
    ]
    slug = title.lower().replace(",", "").replace(" ", "-")
    return _pdf(f"donate-{slug}.pdf", title, lines)


def _project_body(slug: str, title: str, country: str, goal: str, impact: str, area_slug: str = "") -> str:
    """Who benefits, what a gift buys, who runs it, how results are checked, the last update."""
    beneficiaries, runner, (update_on, update) = PROJECT_DETAILS[slug]
    goal_value = int(goal)
    works, people, checks = (round(goal_value * share) for share in (0.7, 0.2, 0.1))
    sections = [
        ("Who benefits", [beneficiaries]),
        ("Why it matters", [WHY_IT_MATTERS[area_slug]] if area_slug in WHY_IT_MATTERS else []),
        (
            "What a gift buys",
            [
                impact,
                f"The goal of {goal_value:,} USD covers the whole project: about {works:,} USD for works and "
                f"materials, {people:,} USD for the local people who do the work and keep it going, and "
                f"{checks:,} USD for independent checks and reporting. Nothing is spent on advertising.",
            ],
        ),
        ("Who runs it", [runner]),
        (
            "How we check the results",
            [
                "A member of our monitoring team visits every three months, meets the people the project serves "
                "without the implementing partner present, and publishes what was found in the progress report "
                "below. If the money cannot be used as planned, donors are told and it goes to the general fund.",
            ],
        ),
        (f"Last update ({update_on})", [update]),
    ]
    html = []
    for heading, paragraphs in sections:
        html.append(f"<h3>{escape(heading)}</h3>")
        html += [f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs]
    return "".join(html)


def _translate_general_fund(page) -> None:
    """The general gift's text in each language (section_index translates the title
    and introduction): set on the translated pages that still show the English text."""
    for code, text in GENERAL_FUND_TRANSLATIONS.items():
        translated = page.get_translation_or_none(Locale.objects.filter(language_code=code).first())
        if translated is not None and translated.specific.general_fund_text == GENERAL_FUND_TEXT:
            translated = translated.specific
            translated.general_fund_text = text
            publish(translated)
