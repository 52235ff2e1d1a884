from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    label = "events"
    verbose_name = _("Events and meetings")

    def ready(self):
        from core.content_generation import register_public_model

        from . import page_context, search, sections, signals
        from .forms import EventPageForm, MeetingPageForm
        from .models import EventPage, MeetingPage, Question, checks

        # Attached here because models never import forms (import-linter); Wagtail
        # builds the edit handler lazily, after every app is ready.
        EventPage.base_form_class = EventPageForm
        MeetingPage.base_form_class = MeetingPageForm

        checks.register()
        page_context.register()
        search.register()
        sections.register()
        signals.register()
        # Moderating or answering a question changes the meeting page and its API answer.
        register_public_model(Question)
