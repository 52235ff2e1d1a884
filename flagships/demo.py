"""Demo flagship programmes: an index in every language, six flagships with
contacts, updates over the last twelve months and financial figures, some
overdue for review on purpose so the report and the reminders show something."""

import json
from datetime import date, timedelta

from django.utils import timezone

from core.demo_support import locales, publish, section_index, translate
from home.models import Contact, ThematicArea

from .demo_data import FLAGSHIPS, INDEX
from .models import (
    FlagshipContact,
    FlagshipFinancialFigure,
    FlagshipIndexPage,
    FlagshipPage,
    FlagshipPartner,
    FlagshipPlace,
    FlagshipReview,
    FlagshipThematicArea,
    FlagshipUpdate,
)


def load(log):
    all_locales = locales()
    english = all_locales["en"]
    index, created = section_index(FlagshipIndexPage, "flagships", INDEX)
    log(f"flagship index: {len(all_locales)} languages ({created} translations created)")

    created = translated = 0
    for entry in FLAGSHIPS:
        page = FlagshipPage.objects.child_of(index).filter(slug=entry["slug"]).first()
        if page is None:
            page = _create(index, entry, english)
            created += 1
        if entry.get("fr"):
            translated += translate(page, all_locales["fr"], entry["fr"])[1]
    overdue = sum(1 for entry in FLAGSHIPS if (entry["review_days_ago"] or 0) > 90)
    log(f"flagships: {len(FLAGSHIPS)} ({created} created, {translated} French translations, {overdue} overdue)")


def _body(entry) -> str:
    blocks = [{"type": "text", "value": f"<p>{entry['summary']}</p>"}]
    blocks.append(
        {"type": "key_figures", "value": [{"value": value, "label": label} for value, label in entry["key_figures"]]}
    )
    if entry["quote"]:
        quote, attribution = entry["quote"]
        blocks.append({"type": "quote", "value": {"quote": quote, "attribution": attribution}})
    return json.dumps(blocks)


def _create(index, entry, english) -> FlagshipPage:
    today = timezone.localdate()
    page = FlagshipPage(
        title=entry["title"],
        slug=entry["slug"],
        summary=entry["summary"],
        start_date=date(*entry["start"]),
        end_date=date(*entry["end"]) if entry["end"] else None,
        status=entry["status"],
        body=_body(entry),
        locale=english,
    )
    contacts = {c.email: c for c in Contact.objects.filter(locale=english, email__in=entry["contacts"])}
    areas = {a.slug: a for a in ThematicArea.objects.filter(locale=english, slug__in=entry["areas"])}
    page.contacts = [FlagshipContact(contact=contacts[email]) for email in entry["contacts"] if email in contacts]
    page.thematic_areas = [FlagshipThematicArea(thematic_area=areas[slug]) for slug in entry["areas"] if slug in areas]
    page.places = [FlagshipPlace(code=code, name=name) for code, name in entry["places"]]
    page.partners = [FlagshipPartner(name=name, url=url) for name, url in entry["partners"]]
    page.updates = [
        FlagshipUpdate(date=today - timedelta(days=days), kind=kind, title=title, text=text)
        for days, kind, title, text in entry["updates"]
    ]
    page.financial_figures = [
        FlagshipFinancialFigure(kind=kind, amount=amount, currency=currency, valid_on=today - timedelta(days=days))
        for kind, amount, currency, days in entry["figures"]
    ]
    index.add_child(instance=page)
    page = publish(page)
    if entry["review_days_ago"] is not None:
        FlagshipReview.objects.create(
            translation_key=page.translation_key,
            reviewed_at=timezone.now() - timedelta(days=entry["review_days_ago"]),
            page=page,
        )
    return page
