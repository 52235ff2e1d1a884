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

from babel.dates import format_date
from babel.numbers import format_decimal
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model

from core.demo_support import child_page, locales, section_index, translate_everywhere
from core.geography import babel_locale, country_code
from home.models import Contact, ThematicArea
from publications.pdf import minimal_pdf

from .demo_data import (
    ALLOCATION_SHARES,
    DONATE_PAGE,
    PROJECT_DETAILS,
    PROJECT_PAGE_TEXTS,
    PROJECT_TRANSLATIONS,
    PROJECTS,
    REGION_NAMES,
    REPORT_TITLES,
    REPORTS,
    SUGGESTED_AMOUNTS,
    TRANSLATION_GAPS,
    WHY_IT_MATTERS,
    WHY_IT_MATTERS_TRANSLATIONS,
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
    texts = {code: _page_texts(code) for code in DONATE_PAGE}
    page, created = section_index(DonatePage, "donate", texts, prepare=_allocations_and_reports)
    log(f"donate page: {len(all_locales)} languages ({created} translations created)")

    areas = {area.slug: area for area in ThematicArea.objects.filter(locale=english)}
    contacts = list(Contact.objects.filter(locale=english).order_by("pk"))
    created = translated = 0
    projects = []
    for index, entry in enumerate(PROJECTS):
        slug = entry[0]
        contact = contacts[index % len(contacts)] if contacts else None
        project, new = child_page(
            page,
            DonationProjectPage,
            slug,
            lambda entry=entry, contact=contact: _project(entry, areas, contact, english),
        )
        created += new
        translations = {code: _project_texts(entry, code) for code in PROJECT_TRANSLATIONS[slug]}
        english_texts = _project_texts(entry, "en")
        translated += translate_everywhere(project, english_texts, translations, TRANSLATION_GAPS.get(slug))
        projects.append((project, entry[7]))
    log(f"donation projects: {len(PROJECTS)} ({created} created), {translated} translations created")

    recorded = sum(_gifts(project, amounts) for project, amounts in projects)
    log(f"sandbox donations: {Donation.objects.filter(provider='sandbox').count()} in the ledger ({recorded} new)")


def _report_title(code: str, start: str, end: str) -> str:
    """A donation report's title in `code`: a whole year's, or a first half's."""
    whole_year, first_half = REPORT_TITLES[code]
    template = whole_year if end.endswith("-12-31") else first_half
    return template.format(year=start[:4])


def _page_texts(code: str) -> tuple:
    """The Donate page's texts in `code`: DONATE_PAGE's, then the reports' titles."""
    return (*DONATE_PAGE[code], [_report_title(code, start, end) for start, end, _url in REPORTS])


def _allocations_and_reports(page: DonatePage) -> None:
    _title, _introduction, general_fund_text, allocations, report_titles = _page_texts("en")
    page.general_fund_text = general_fund_text
    # The year the demo's gifts are recorded in (now, through the sandbox), so the
    # page shows what each share of them comes to rather than a year with none.
    page.allocation_year = timezone.localdate().year
    page.allocations = [
        DonateAllocation(label=label, description=description, percentage=Decimal(share))
        for (label, description), share in zip(allocations, ALLOCATION_SHARES, strict=True)
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
        for title, (start, end, _url) in zip(report_titles, REPORTS, strict=True)
    ]


def _project_sections(entry, code: str) -> list[tuple]:
    """A project page's body in `code`: (heading, [paragraphs]) for who benefits, why
    it matters, what a gift buys, who runs it, how results are checked and the last
    update. Numbers and dates are data, formatted in the language's conventions.
    A partial translation (None for who benefits) leaves the whole body in English: None."""
    slug, _title, area_slug, _country, goal, _summary, impact, _gifts = entry
    if code == "en":
        beneficiaries, runner, (_day, update) = PROJECT_DETAILS[slug]
        why = WHY_IT_MATTERS.get(area_slug)
    else:
        _title, _summary, impact, beneficiaries, runner, update = PROJECT_TRANSLATIONS[slug][code]
        why = WHY_IT_MATTERS_TRANSLATIONS.get(area_slug, {}).get(code)
    common = PROJECT_PAGE_TEXTS[code]
    locale = babel_locale(code)
    figures = {
        name: format_decimal(round(int(goal) * share), locale=locale)
        for name, share in (("goal", 1), ("works", 0.7), ("people", 0.2), ("checks", 0.1))
    }
    day = format_date(date.fromisoformat(PROJECT_DETAILS[slug][2][0]), "long", locale=locale)
    sections = [
        (common["who_benefits"], [beneficiaries]),
        (common["why"], [why]) if area_slug in WHY_IT_MATTERS else None,
        (common["buys"], [impact, common["goal"].format(**figures)]),
        (common["runs"], [runner]),
        (common["checks_heading"], [common["checks"]]),
        (common["update"].format(date=day), [update]),
    ]
    sections = [section for section in sections if section is not None]
    if beneficiaries is None:
        return [(None, [None] * len(paragraphs)) for _heading, paragraphs in sections]
    return sections


def _project_texts(entry, code: str) -> tuple:
    """A project's texts in `code`, in the shape wagtail-localize segments the page:
    title, summary, what a gift does, the body's headings and paragraphs in order,
    the progress report's title (None where a partial translation leaves English)."""
    slug, title, _area, country, _goal, summary, impact, _gifts = entry
    region = "" if country_code(country) else country
    if code != "en":
        title, summary, impact, *_details = PROJECT_TRANSLATIONS[slug][code]
        region = REGION_NAMES[region][code] if region else ""
    sections = _project_sections(entry, code)
    body = [text for heading, paragraphs in sections for text in (heading, *paragraphs)]
    report = PROJECT_PAGE_TEXTS[code]["report"].format(title=title) if sections[0][0] else None
    return (title, summary, impact, region, body, report)


def _project(entry, areas, contact, english) -> DonationProjectPage:
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
        body=_project_body(entry),
        focal_point=contact,
        locale=english,
    )
    update_on, update = PROJECT_DETAILS[slug][2]
    project.reports = [
        DonationProjectReport(
            title=_project_texts(entry, "en")[5],
            date=date.fromisoformat(update_on),
            document=_pdf(
                f"donate-project-{slug}.pdf",
                _project_texts(entry, "en")[5],
                [f"{country}, {update_on}", "", *textwrap.wrap(summary, 90), "", *textwrap.wrap(update, 90)],
            ),
        )
    ]
    return project


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
        *[
            f"  {share}%  {label}: {description}"
            for (label, description), share in zip(DONATE_PAGE["en"][3], ALLOCATION_SHARES, strict=True)
        ],
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


def _project_body(entry) -> str:
    """The project page's body in English, from `_project_sections`."""
    html = []
    for heading, paragraphs in _project_sections(entry, "en"):
        html.append(f"<h3>{escape(heading)}</h3>")
        html += [f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs]
    return "".join(html)
