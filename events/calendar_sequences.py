"""Keeping each event's (and meeting's) iCalendar SEQUENCE: bumped when what a calendar shows changes.

Called when an event page is published (any path: signals.py listens to
Wagtail's `page_published`). The fingerprint covers what a subscribed calendar
shows (title, summary, times, place, link, status); publishing again without
changing any of it leaves SEQUENCE alone, so calendars are not asked to update
for nothing.
"""

import hashlib
import json

from django.db import IntegrityError, transaction

from .models import CalendarSequence


def fingerprint(page) -> str:
    start, end = page.local_span()
    content = {
        "title": page.title,
        "summary": page.summary,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        # Meetings have no such fields: one line of code for both page types.
        "all_day": getattr(page, "all_day", False),
        "time_zone": page.time_zone,
        "venue": page.venue,
        "online_url": getattr(page, "online_url", ""),
        "registration_url": getattr(page, "registration_url", ""),
        "status": getattr(page, "status", ""),
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def record_publication(page) -> int:
    """Note what `page` (a live event in its language) now says; returns the
    event's SEQUENCE, bumped if the content changed since last published."""
    language = page.locale.language_code
    current = fingerprint(page)
    with transaction.atomic():
        row = CalendarSequence.objects.select_for_update().filter(translation_key=page.translation_key).first()
        if row is None:
            try:
                with transaction.atomic():
                    return CalendarSequence.objects.create(
                        translation_key=page.translation_key, fingerprints={language: current}
                    ).sequence
            except IntegrityError:  # published in two languages at the same moment
                row = CalendarSequence.objects.select_for_update().get(translation_key=page.translation_key)
        previous = row.fingerprints.get(language)
        if previous == current:
            return row.sequence
        # A first publication in a language is not a change for anybody's calendar.
        if previous is not None:
            row.sequence += 1
        row.fingerprints = {**row.fingerprints, language: current}
        row.save(update_fields=["sequence", "fingerprints", "updated_at"])
        return row.sequence


def sequences_for(translation_keys) -> dict:
    """{translation_key: SEQUENCE} in one query (0 for events never recorded)."""
    return dict(
        CalendarSequence.objects.filter(translation_key__in=list(translation_keys)).values_list(
            "translation_key", "sequence"
        )
    )
