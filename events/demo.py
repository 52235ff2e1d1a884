"""Demo events: an index in every language, a year of key events (some cancelled or
postponed, several supported by Member States) and two regional group meetings:
one past, with answered and unanswered questions, one coming up with its form open."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from core.demo_support import child_page, locales, section_index, slug_rows, translate_everywhere
from flagships.models import FlagshipPage
from home.models import Contact, ThematicArea

from .demo_data import (
    EVENTS,
    INDEX,
    MEETING_TRANSLATIONS,
    MEETINGS,
    SUMMARY_TAILS,
    TRANSLATION_GAPS,
    TRANSLATIONS,
)
from .models import EventIndexPage, EventPage, EventSupporter, EventThematicArea, MeetingPage, Question


def load(log):
    english = locales()["en"]
    index, created = section_index(EventIndexPage, "events", INDEX)
    log(f"event index: {len(INDEX)} languages ({created} translations created)")
    made = translated = 0
    for entry in EVENTS:
        page, new = child_page(index, EventPage, entry["slug"], lambda entry=entry: _event(entry, english))
        made += new
        translations = {
            code: (title, f"{summary} {SUMMARY_TAILS[code]}", venue)
            for code, (title, summary, venue) in TRANSLATIONS[entry["slug"]].items()
        }
        translated += translate_everywhere(page, _event_texts(entry), translations, TRANSLATION_GAPS.get(entry["slug"]))
    log(f"events: {len(EVENTS)} ({made} created, {translated} translations)")
    made = translated = 0
    for entry in MEETINGS:
        page, new = child_page(index, MeetingPage, entry["slug"], lambda entry=entry: _meeting_page(entry, english))
        if new:
            _questions(page, entry)
        made += new
        translations = {
            code: (*texts[:4], "<br/>".join(texts[4])) for code, texts in MEETING_TRANSLATIONS[entry["slug"]].items()
        }
        translated += translate_everywhere(
            page, _meeting_texts(entry), translations, TRANSLATION_GAPS.get(entry["slug"])
        )
    log(f"meetings: {len(MEETINGS)} ({made} created, {translated} translations)")


def _event_texts(entry) -> tuple:
    """The event's English texts, in the shape of its translations in TRANSLATIONS."""
    return (entry["title"], f"{entry['summary']} {SUMMARY_TAILS['en']}", entry["venue"])


def _meeting_texts(entry) -> tuple:
    """The meeting's English texts (the agenda as wagtail-localize segments it, lines
    joined by <br/>), in the shape of MEETING_TRANSLATIONS."""
    return (entry["title"], entry["summary"], entry["with"], entry["venue"], entry["agenda"].replace("\n", "<br/>"))


def _event(entry, english) -> EventPage:
    today = timezone.localdate()
    start = today + timedelta(days=entry["days"])
    all_day = entry.get("all_day", False)
    page = EventPage(
        title=entry["title"],
        slug=entry["slug"],
        summary=_event_texts(entry)[1],
        start_date=start,
        start_time=None if all_day else time(*entry["time"]),
        end_date=start + timedelta(days=entry["length"] - 1) if entry["length"] > 1 else None,
        end_time=None if all_day else time(*entry["end"]),
        time_zone=entry["zone"],
        all_day=all_day,
        status=entry["status"],
        original_start_date=today + timedelta(days=entry["original_days"]) if "original_days" in entry else None,
        venue=entry["venue"],
        country=entry["country"],
        region=entry["region"],
        online_url=entry.get("online", ""),
        for_member_states="member_states" in entry["audiences"],
        for_public="public" in entry["audiences"],
        for_partners="partners" in entry["audiences"],
        registration_url=f"https://events.example.org/{entry['slug']}/register" if entry["days"] > 0 else "",
        related_flagship=FlagshipPage.objects.filter(slug=entry["flagship"], locale=english).first()
        if entry["flagship"]
        else None,
        contact=Contact.objects.filter(locale=english).order_by("pk").first(),
        locale=english,
    )
    page.thematic_areas = slug_rows(
        EventThematicArea, "thematic_area", ThematicArea.objects.filter(locale=english), entry["areas"]
    )
    page.supporters = [
        EventSupporter(
            kind=EventSupporter.Kind.MEMBER_STATE if country else EventSupporter.Kind.PARTNER,
            country=country,
            partner_name=partner,
            role=role,
        )
        for country, partner, role in entry["supporters"]
    ]
    return page


def _meeting_page(entry, english) -> MeetingPage:
    today = timezone.localdate()
    return MeetingPage(
        title=entry["title"],
        slug=entry["slug"],
        summary=entry["summary"],
        group=entry["group"],
        with_whom=entry["with"],
        date=today + timedelta(days=entry["days"]),
        start_time=time(*entry["time"]),
        end_time=time(*entry["end"]),
        time_zone=entry["zone"],
        venue=entry["venue"],
        agenda=entry["agenda"],
        question_deadline_date=today + timedelta(days=entry["deadline_days"]),
        question_deadline_time=time(17, 0),
        locale=english,
    )


def _questions(page, entry) -> None:
    """The questions Member States sent ahead of the meeting, in the language they wrote in."""
    today = timezone.localdate()
    for number, item in enumerate(entry["questions"]):
        sent = timezone.make_aware(datetime.combine(today + timedelta(days=item["days"]), time(11)))
        answered = bool(item["answer"])
        Question.objects.create(
            meeting=page,
            name=item["name"],
            mission=item["mission"],
            email=f"delegate{number + 1}@mission.example",
            text=item["text"],
            may_publish=not item.get("private"),
            language="en",
            submitted_at=sent,
            confirmed_at=sent + timedelta(minutes=5),
            visibility=Question.Visibility.PRIVATE if item.get("private") else Question.Visibility.PUBLIC,
            answer=item["answer"],
            answer_published_at=sent + timedelta(days=10) if answered else None,
            answer_notified_at=sent + timedelta(days=10) if answered else None,
        )
