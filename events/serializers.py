"""Events and meetings → API dictionaries, built for a whole page of results at once."""

from django.urls import reverse

from core.delivery import locales_by_translation_key, public_pages
from core.geography import Region, country_name
from core.serializers import cover_out
from home.serializers import thematic_area_out

from .selectors import event_cards, published_questions, question_counts


def when_out(card) -> dict:
    page = card.page
    return {
        "start": card.start,
        "end": card.end,
        "start_date": page.start_date,
        "end_date": page.end_date or page.start_date,
        "all_day": page.all_day,
        "time_zone": page.time_zone,
    }


def place_out(page, language_code: str) -> dict:
    return {
        "venue": page.venue,
        "country": page.country or None,
        "country_name": country_name(page.country, language_code) if page.country else None,
        "region": page.region,
        "region_label": str(Region(page.region).label) if page.region else "",
        "online_url": page.online_url or None,
    }


def event_items(pages, locale, codes: dict, request=None) -> list[dict]:
    """List items for prefetched events (selectors.events_in), links kept in `locale`."""
    cards = event_cards(pages, locale, request)
    published_in = locales_by_translation_key(public_pages(), [card.page.translation_key for card in cards])
    return [
        {
            "id": card.page.pk,
            "title": card.page.title,
            "summary": card.summary,
            "cover_image": cover_out(card.page, request),
            "when": when_out(card),
            "status": card.page.status,
            "status_label": card.status_label,
            "original_start_date": card.page.original_start_date,
            "place": place_out(card.page, locale.language_code),
            "audiences": card.page.audiences,
            "thematic_areas": [thematic_area_out(area, codes, area.locale_id == locale.pk) for area in card.areas],
            "supporters": [
                {"kind": kind, "country": code or None, "name": name, "role": role}
                for kind, code, name, role in card.supporters
            ],
            "registration_url": card.page.registration_url or None,
            "url": card.url,
            "ics_url": _ics_url(card.page.pk, locale.language_code),
            "api_url": card.page.get_api_url(),
            "locale": codes[card.page.locale_id],
            "translated": card.translated,
            "locales": published_in.get(card.page.translation_key, []),
        }
        for card in cards
    ]


def _ics_url(page_id: int, language_code: str) -> str:
    from django.utils import translation

    with translation.override(language_code):
        return reverse("events:event_ics", args=[page_id])


def meeting_item(page, codes: dict, url: str | None) -> dict:
    return {
        "id": page.pk,
        "title": page.title,
        "summary": page.rendered["summary"],
        "group": page.group,
        "group_label": page.group_label,
        "with_whom": page.with_whom,
        "start": page.local_start(),
        "time_zone": page.time_zone,
        "venue": page.venue,
        "questions_close": page.local_deadline(),
        "accepting_questions": page.accepts_questions(),
        "url": url,
        "api_url": page.get_api_url(),
        "locale": codes[page.locale_id],
        "translated": getattr(page, "translated", True),
    }


def questions_out(meeting) -> list[dict]:
    """Published questions: the mission and the text, never the sender's name or email."""
    return published_questions_out(published_questions(meeting))


def published_questions_out(published) -> list[dict]:
    """`questions_out` for questions read already (selectors.published_questions_of)."""
    return [
        {
            "mission": item.question.mission,
            "text": item.question.text,
            "language": item.question.language,
            "submitted_on": item.question.submitted_at.date(),
            "also_raised_by": item.also_raised_by,
            "answer": item.question.answer if item.answered else None,
            "answered_on": item.question.answer_published_at.date() if item.answered else None,
        }
        for item in published
    ]


def counts_out(meeting) -> dict:
    return question_counts(meeting)
