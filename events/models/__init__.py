from .calendar import CalendarSequence
from .meetings import MeetingPage, Question
from .pages import Audience, EventIndexPage, EventPage, EventStatus
from .rows import EventSupporter, EventThematicArea

__all__ = [
    "Audience",
    "CalendarSequence",
    "EventIndexPage",
    "EventPage",
    "EventStatus",
    "EventSupporter",
    "EventThematicArea",
    "MeetingPage",
    "Question",
]
