"""Demo events: an index in every language, a year of key events (some cancelled or
postponed, several supported by Member States) and two regional group meetings:
one past, with answered and unanswered questions, one coming up with its form open."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from core.demo_support import locales, publish, section_index
from flagships.models import FlagshipPage
from home.models import Contact, ThematicArea

from .demo_data import EVENTS, INDEX, MEETINGS, SUMMARY_TAIL
from .models import EventIndexPage, EventPage, EventSupporter, EventThematicArea, MeetingPage, Question


def load(log):
    english = locales()["en"]
    index, created = section_index(EventIndexPage, "events", INDEX)
    log(f"event index: {len(INDEX)} languages ({created} translations created)")
    made = sum(_event(index, entry, english) for entry in EVENTS)
    log(f"events: {len(EVENTS)} ({made} created)")
    made = sum(_meeting(index, entry, english) for entry in MEETINGS)
    log(f"meetings: {len(MEETINGS)} ({made} created)")


def _event(index, entry, english) -> bool:
    if EventPage.objects.child_of(index).filter(slug=entry["slug"]).exists():
        return False
    today = timezone.localdate()
    start = today + timedelta(days=entry["days"])
    all_day = entry.get("all_day", False)
    page = EventPage(
        title=entry["title"],
        slug=entry["slug"],
        summary=f"{entry['summary']} {SUMMARY_TAIL}",
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
    areas = {area.slug: area for area in ThematicArea.objects.filter(locale=english, slug__in=entry["areas"])}
    page.thematic_areas = [EventThematicArea(thematic_area=areas[slug]) for slug in entry["areas"] if slug in areas]
    page.supporters = [
        EventSupporter(
            kind=EventSupporter.Kind.MEMBER_STATE if country else EventSupporter.Kind.PARTNER,
            country=country,
            partner_name=partner,
            role=role,
        )
        for country, partner, role in entry["supporters"]
    ]
    index.add_child(instance=page)
    publish(page)
    return True


def _meeting(index, entry, english) -> bool:
    if MeetingPage.objects.child_of(index).filter(slug=entry["slug"]).exists():
        return False
    today = timezone.localdate()
    page = MeetingPage(
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
    index.add_child(instance=page)
    page = publish(page)
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
    return True
