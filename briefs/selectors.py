"""Reads: the issues the public may see, and an issue's items resolved in its
language (titles, texts and links from the linked pages, figures formatted the
way the language writes them), in a fixed number of queries whatever the number
of items. The page, the API and the emails all read this."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from core.delivery import default_locale, locale_table, localize_pages, public_pages, with_locale_fallback
from core.geography import format_money
from core.links import localized_url, localized_urls
from core.rendering import plain_text_to_html, render_text
from donate.models import DonatePage, ProjectStatus
from flagships.selectors import updates_between
from home.models import Contact, ThematicArea

from .models import MonthlyBriefPage, NewsletterIssuePage, Section

FIGURE_LABELS = {
    "budget": pgettext_lazy("financial figure", "Budget"),
    "received": pgettext_lazy("financial figure", "Received"),
    "spent": _("Spent"),
    "gap": _("Funding gap"),
}
STATUS_LABELS = {
    ProjectStatus.FUNDED: _("Fully funded this month"),
    ProjectStatus.CLOSED: _("Completed and closed this month"),
}
SECTION_ORDER = [
    Section.COMPLETED,
    Section.DEVELOPMENT,
    Section.PROJECT,
    Section.STORY,
    Section.PUBLICATION,
    Section.EVENT,
]


def donation_reports_url(locale: Locale, request=None) -> str | None:
    """Where the donation reports and the allocation of donations are: the donate
    page in the reader's language (a brief links to reports, it attaches nothing)."""
    donate_page = public_pages(DonatePage).order_by("path").first()
    return localized_url(donate_page, locale, request) if donate_page else None


def public_briefs(locale: Locale):
    return with_locale_fallback(public_pages(MonthlyBriefPage), locale).order_by("-month", "-pk")


def public_newsletters(locale: Locale):
    return with_locale_fallback(public_pages(NewsletterIssuePage), locale).order_by("-issue_date", "-pk")


@dataclass(frozen=True)
class Figure:
    kind: str
    label: str
    amount: Decimal
    currency: str
    valid_on: date
    formatted: str


@dataclass
class Entry:
    section: str
    title: str
    url: str | None
    page: object
    happened_on: date | None = None
    subtitle: str = ""
    text: SafeString = field(default_factory=lambda: mark_safe(""))
    note: SafeString = field(default_factory=lambda: mark_safe(""))
    status_label: str = ""
    contact: Contact | None = None
    figures: list[Figure] = field(default_factory=list)
    language: str = ""
    image: dict | None = None  # {"url", "alt", "width", "height"}: a story's lead image


@dataclass
class SectionView:
    key: str
    label: str
    entries: list[Entry]


def format_figures(raw: list[dict], language_code: str) -> list[Figure]:
    figures = []
    for row in raw or []:
        amount = Decimal(row["amount"])
        figures.append(
            Figure(
                kind=row["kind"],
                label=str(FIGURE_LABELS.get(row["kind"], row["kind"])),
                amount=amount,
                currency=row["currency"],
                valid_on=date.fromisoformat(row["valid_on"]),
                formatted=format_money(amount, row["currency"], language_code),
            )
        )
    return figures


def _public_contacts(items) -> dict[int, Contact]:
    """{contact id: the contact, or its published source where it is not published}."""
    ids = {item.contact_id for item in items if getattr(item, "contact_id", None)}
    if not ids:
        return {}
    contacts = {contact.pk: contact for contact in Contact.objects.filter(pk__in=ids).select_related("locale")}
    missing = {contact.translation_key for contact in contacts.values() if not contact.live}
    sources = {}
    if missing:
        sources = {
            contact.translation_key: contact
            for contact in Contact.objects.live()
            .select_related("locale")
            .filter(translation_key__in=missing, locale=Locale.get_default())
        }
    result = {}
    for pk, contact in contacts.items():
        chosen = contact if contact.live else sources.get(contact.translation_key)
        if chosen is not None:
            result[pk] = chosen
    return result


def _updates(items, locale: Locale) -> dict:
    """{update key: the flagship update in `locale` (else the default locale)}."""
    days = [item.happened_on for item in items if item.update_key and item.happened_on]
    if not days:
        return {}
    return {entry.update_key: entry for entry in updates_between(min(days), max(days), locale)}


ENTRY_IMAGE_SPEC = "fill-600x338"


def _lead_images(pages) -> dict:
    """{image id: rendition} for the lead images of `pages`, renditions prefetched (two queries)."""
    ids = {page.lead_image_id for page in pages if getattr(page, "lead_image_id", None)}
    if not ids:
        return {}
    images = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(ENTRY_IMAGE_SPEC)
    return {image.pk: image.get_rendition(ENTRY_IMAGE_SPEC) for image in images}


def _lead_text(page, locale: Locale) -> SafeString:
    """The first of the linked page's visitor texts (standfirst, summary, abstract),
    through the rendering path."""
    fragments = page.text_fragments() if hasattr(page, "text_fragments") else []
    if not fragments:
        return mark_safe("")
    name, value = fragments[0]
    return render_text([(name, value)], locale)[name]


def issue_sections(page, request=None) -> list[SectionView]:
    """The page's items resolved for its readers, grouped by section in the brief's
    order and, within a section, in the editor's order. Items whose page is no
    longer public are left out (never a link to a draft)."""
    return issue_sections_of([page], request)[page.pk]


def issue_sections_of(pages, request=None) -> dict[int, list[SectionView]]:
    """`issue_sections` for many issues at once ({issue id: sections}), each in
    its own language, in a fixed number of queries: the issues' items are read
    through `page.items.all()` (prefetch them, or a draft's rows in memory), and
    the linked pages, their translations, updates, contacts and images once for
    all issues (per language among them, at most one per locale)."""
    pages = list(pages)
    items = {page.pk: list(page.items.all()) for page in pages}
    every_item = [item for rows in items.values() for item in rows]
    linked_ids = {item.linked_page_id for item in every_item if item.linked_page_id}
    linked = {p.pk: p for p in Page.objects.filter(pk__in=linked_ids).specific()} if linked_ids else {}
    locales = locale_table()
    localized: dict[int, dict] = {}  # locale id -> {linked page id: its copy in that language}
    updates: dict[int, dict] = {}
    for locale_id in {page.locale_id for page in pages}:
        localized[locale_id] = dict(zip(linked, localize_pages(list(linked.values()), locales[locale_id]), strict=True))
        in_locale = [item for page in pages if page.locale_id == locale_id for item in items[page.pk]]
        updates[locale_id] = _updates(in_locale, locales[locale_id])
    targets = {target.pk: target for copies in localized.values() for target in copies.values()}
    visible = set(public_pages().filter(pk__in=list(targets)).values_list("pk", flat=True))
    urls: dict[int, dict] = {
        locale_id: localized_urls([t for t in copies.values() if t.pk in visible], locales[locale_id], request)
        for locale_id, copies in localized.items()
    }
    contacts = _public_contacts(every_item)
    renditions = _lead_images(target for pk, target in targets.items() if pk in visible)
    return {
        page.pk: _sections(
            page,
            items[page.pk],
            localized[page.locale_id],
            visible,
            urls[page.locale_id],
            updates[page.locale_id],
            contacts,
            renditions,
        )
        for page in pages
    }


def _sections(page, items, localized, visible, urls, updates, contacts, renditions) -> list[SectionView]:
    locales = locale_table()
    locale = locales[page.locale_id]
    language = locale.language_code
    notes = page.rendered
    groups: dict[str, list[Entry]] = {}
    for index, item in enumerate(items):
        target = localized.get(item.linked_page_id)
        if target is None or target.pk not in visible:
            continue
        entry = Entry(
            section=item.section,
            title=target.title,
            url=urls.get(target.pk),
            page=target,
            happened_on=item.happened_on,
            note=notes[f"note-{index}"],
            contact=contacts.get(getattr(item, "contact_id", None)),
            figures=format_figures(getattr(item, "figures", []), language),
            language=locales[target.locale_id].language_code,
        )
        update = updates.get(item.update_key) if item.update_key else None
        if update is not None:
            entry.title, entry.subtitle = update.title, target.title
            entry.text = render_text([("text", plain_text_to_html(update.text))], locale)["text"]
        else:
            entry.text = _lead_text(target, locales[target.locale_id])
        rendition = renditions.get(getattr(target, "lead_image_id", None))
        if rendition is not None:
            alt = getattr(target, "lead_image_alt", "") or rendition.alt
            entry.image = {"url": rendition.url, "alt": alt, "width": rendition.width, "height": rendition.height}
        if getattr(item, "project_status", ""):
            entry.status_label = str(STATUS_LABELS.get(item.project_status, ""))
        groups.setdefault(item.section, []).append(entry)
    labels = dict(Section.choices)
    return [SectionView(key, str(labels[key]), groups[key]) for key in SECTION_ORDER if key in groups]


@dataclass(frozen=True)
class FundingLine:
    area: ThematicArea | None
    area_name: str
    currency: str
    projects: int
    goal: str
    received: str
    gap: str
    raw: dict


def funding_lines(page) -> list[FundingLine]:
    """The brief's funding summary with the thematic areas named in its language."""
    return funding_lines_of([page])[page.pk]


def funding_lines_of(pages) -> dict[int, list[FundingLine]]:
    """`funding_lines` for many briefs at once ({brief id: lines}): one query
    for the thematic areas of them all."""
    pages = list(pages)
    keys = {line["area"] for page in pages for line in getattr(page, "funding_summary", None) or []}
    rows = []
    if keys:
        wanted_locales = {page.locale_id for page in pages} | {default_locale().pk}
        rows = list(
            ThematicArea.objects.live()
            .select_related("locale")
            .filter(translation_key__in=keys, locale__in=wanted_locales)
        )
    return {page.pk: _funding_lines(page, rows) for page in pages}


def _funding_lines(page, area_rows) -> list[FundingLine]:
    summary = getattr(page, "funding_summary", None) or []
    areas: dict[str, ThematicArea] = {}
    for area in area_rows:
        if area.locale_id not in (page.locale_id, default_locale().pk):
            continue
        current = areas.get(str(area.translation_key))
        if current is None or area.locale_id == page.locale_id:
            areas[str(area.translation_key)] = area
    language = locale_table()[page.locale_id].language_code
    lines = []
    for line in summary:
        area = areas.get(line["area"])
        lines.append(
            FundingLine(
                area=area,
                area_name=area.name if area else "",
                currency=line["currency"],
                projects=line["projects"],
                goal=format_money(Decimal(line["goal"]), line["currency"], language),
                received=format_money(Decimal(line["received"]), line["currency"], language),
                gap=format_money(Decimal(line["gap"]), line["currency"], language),
                raw=line,
            )
        )
    return lines
