"""Calendar feeds and the question pages, under each language's prefix (/fr/calendar/events.ics ...)."""

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("calendar/events.ics", views.calendar_feed, name="feed"),
    path("calendar/events/<int:page_id>/event.ics", views.event_ics, name="event_ics"),
    path("calendar/meetings/<int:page_id>/meeting.ics", views.meeting_ics, name="meeting_ics"),
    path("meetings/<int:page_id>/questions/", views.ask_question, name="ask"),
    path("meetings/questions/check-your-inbox/", views.question_sent, name="question_sent"),
    path("meetings/questions/confirm/<str:token>/", views.confirm_question_view, name="confirm_question"),
]
