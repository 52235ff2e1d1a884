from datetime import date, time, timedelta

import factory
import wagtail_factories
from django.utils import timezone

from events.models import EventIndexPage, EventPage, EventSupporter, EventThematicArea, MeetingPage, Question
from tests.factories.home import DefaultLocale

SUMMARY = (
    "Member States, mayors and partners meet in Nairobi to agree how cities will report progress on adequate "
    "housing, and which support the programme offers them over the next two years."
)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = "events"
    introduction = "Key events and meetings with Member States."
    locale = DefaultLocale()


class EventPageFactory(wagtail_factories.PageFactory):
    """A published event that passes every publish check once it has a thematic area."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Event {n}")
    slug = factory.Sequence(lambda n: f"event-{n}")
    summary = SUMMARY
    start_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=30))
    start_time = time(9, 30)
    end_date = None
    end_time = time(17, 0)
    time_zone = "Africa/Nairobi"
    status = "confirmed"
    venue = "UN Gigiri complex, Nairobi"
    country = "ke"
    region = "africa"
    for_member_states = True
    locale = DefaultLocale()
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)


def add_area(page, area):
    return EventThematicArea.objects.create(page=page, thematic_area=area, locale=page.locale)


def add_supporter(page, country="", partner_name="", role=""):
    kind = EventSupporter.Kind.MEMBER_STATE if country else EventSupporter.Kind.PARTNER
    return EventSupporter.objects.create(page=page, kind=kind, country=country, partner_name=partner_name, role=role)


class MeetingPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = MeetingPage

    title = factory.Sequence(lambda n: f"African Group meeting {n}")
    slug = factory.Sequence(lambda n: f"meeting-{n}")
    summary = "The Executive Director briefs the African Group on the work programme and hears its questions."
    group = "african-group"
    with_whom = "the Executive Director"
    date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=14))
    start_time = time(10, 0)
    end_time = time(12, 0)
    time_zone = "Africa/Nairobi"
    venue = "Conference room 2, Nairobi"
    agenda = "Opening\nThe work programme\nQuestions from Member States"
    question_deadline_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=7))
    question_deadline_time = time(17, 0)
    locale = DefaultLocale()
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    name = factory.Sequence(lambda n: f"Delegate {n}")
    mission = "Permanent Mission of Kenya"
    email = factory.Sequence(lambda n: f"delegate{n}@mission.example")
    text = "How will the housing programme be funded in 2026?"
    may_publish = True
    language = "en"
    confirmed_at = factory.LazyFunction(timezone.now)
    visibility = "public"


FIXED_DAY = date(2031, 6, 12)
