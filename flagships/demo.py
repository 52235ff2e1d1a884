"""Demo flagship programmes: an index in every language, six flagships with
contacts, updates over the last twelve months and financial figures, some
overdue for review on purpose so the report and the reminders show something."""

import json
import uuid
from datetime import date, timedelta

from django.utils import timezone

from core.demo_support import child_page, locales, section_index, slug_rows, translate_everywhere
from core.geography import country_name
from home.models import Contact, ThematicArea

from .demo_data import FLAGSHIPS, INDEX, REGION_NAMES, TRANSLATION_GAPS, TRANSLATIONS
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
        page, new = child_page(index, FlagshipPage, entry["slug"], lambda entry=entry: _flagship(entry, english))
        if new:
            _review(page, entry)
        created += new
        translations = {code: _texts(entry, code) for code in TRANSLATIONS[entry["slug"]]}
        gaps = TRANSLATION_GAPS.get(entry["slug"])
        translated += translate_everywhere(page, _texts(entry, "en"), translations, gaps)
    overdue = sum(1 for entry in FLAGSHIPS if (entry["review_days_ago"] or 0) > 90)
    log(f"flagships: {len(FLAGSHIPS)} ({created} created, {translated} translations, {overdue} overdue)")


def _place_name(code: str, english_name: str, language: str) -> str:
    """A place's name in `language`: a country's from CLDR, a region's from REGION_NAMES."""
    if language == "en":
        return english_name
    return REGION_NAMES[code][language] if code in REGION_NAMES else country_name(code, language)


def _texts(entry, code: str) -> tuple:
    """The flagship's texts in `code`, in the shape of TRANSLATIONS: title, summary, key
    figures, quote, partners and updates, then the places (named from data)."""
    if code == "en":
        texts = (
            entry["title"],
            entry["summary"],
            entry["key_figures"],
            entry["quote"],
            [name for name, _url in entry["partners"]],
            [(title, text) for _days, _kind, title, text in entry["updates"]],
        )
    else:
        texts = TRANSLATIONS[entry["slug"]][code]
    partial = TRANSLATION_GAPS.get(entry["slug"], {}).get(code)
    places = [None if partial else _place_name(place, name, code) for place, name in entry["places"]]
    return (*texts, places)


def _body(entry) -> str:
    blocks = [{"type": "text", "value": f"<p>{entry['summary']}</p>"}]
    # List items in Wagtail's block format (with ids), which wagtail-localize needs to
    # offer the figures for translation.
    figures = [
        {"type": "item", "value": {"value": value, "label": label}, "id": str(uuid.uuid4())}
        for value, label in entry["key_figures"]
    ]
    blocks.append({"type": "key_figures", "value": figures})
    if entry["quote"]:
        quote, attribution = entry["quote"]
        blocks.append({"type": "quote", "value": {"quote": quote, "attribution": attribution}})
    return json.dumps(blocks)


def _flagship(entry, english) -> FlagshipPage:
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
    page.contacts = [FlagshipContact(contact=contacts[email]) for email in entry["contacts"] if email in contacts]
    page.thematic_areas = slug_rows(
        FlagshipThematicArea, "thematic_area", ThematicArea.objects.filter(locale=english), entry["areas"]
    )
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
    return page


def _review(page, entry) -> None:
    """The programme's last review, dated so that some are overdue on purpose."""
    if entry["review_days_ago"] is not None:
        FlagshipReview.objects.create(
            translation_key=page.translation_key,
            reviewed_at=timezone.now() - timedelta(days=entry["review_days_ago"]),
            page=page,
        )
