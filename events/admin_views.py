"""Moderating questions (a model viewset) and the unanswered-questions report."""

from django import forms
from django.conf import settings
from django.db.models import F, OuterRef, Subquery
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic.models import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet

from core.absolute_urls import base_url
from core.reports import CalendarDateColumn, ProtectedReportView

from .models import MeetingPage, Question
from .selectors import unanswered_questions

REPORT_PERMISSION = "events.view_question"


class QuestionModerationForm(WagtailAdminModelForm):
    """Staff decide where a question shows, group duplicates and write the answer.
    What the sender wrote is shown read-only: a moderator answers it, never edits it."""

    publish_answer = forms.BooleanField(
        label=_("Publish the answer"),
        required=False,
        help_text=_("Shows the answer on the meeting page (for a public question) and emails the sender once."),
    )

    class Meta:
        model = Question
        fields = ["mission", "text", "may_publish", "visibility", "duplicate_of", "answer"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("mission", "text", "may_publish"):
            self.fields[name].disabled = True  # what the sender wrote and allowed
        instance = self.instance
        if instance.pk:
            self.fields["duplicate_of"].queryset = (
                Question.objects.for_meeting(instance.meeting)
                .confirmed()
                .filter(duplicate_of__isnull=True)
                .exclude(pk=instance.pk)
            )
            self.fields["publish_answer"].initial = instance.answer_published_at is not None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("publish_answer"):
            if not (cleaned.get("answer") or "").strip():
                self.add_error("answer", _("Write the answer before publishing it."))
            if cleaned.get("duplicate_of"):
                self.add_error("publish_answer", _("Answer the question this one repeats; its answer answers both."))
        return cleaned

    def _post_clean(self):
        if self.cleaned_data.get("publish_answer") and self.instance.answer_published_at is None:
            self.instance.answer_published_at = timezone.now()
        elif not self.cleaned_data.get("publish_answer"):
            self.instance.answer_published_at = None
        super()._post_clean()

    def save(self, commit=True):
        # The email to the sender goes from the model's save (events.signals), on every
        # path; from here its links use the host the moderator uses, as the
        # confirmation's use the sender's.
        self.instance.notify_base_url = getattr(self, "base_url", None)
        return super().save(commit=commit)


def _meeting_title(question) -> str:
    # One meeting, one name: the title of its copy in the default language when
    # there is one (annotated by the list's queryset), whatever language the
    # question was sent from.
    return getattr(question, "meeting_default_title", None) or question.meeting.title


def _state(question) -> str:
    if not question.is_confirmed:
        return str(_("Not confirmed by the sender"))
    if question.duplicate_of_id:
        if getattr(question, "original_answered_at", None):
            return str(_("Answered (grouped under another question)"))
        return str(_("Grouped under another question"))
    if question.answer_published_at:
        return str(_("Answered"))
    starts_at = question.meeting.starts_at
    if starts_at is not None and starts_at < timezone.now():
        return str(_("Awaiting an answer; the meeting has been held"))
    return str(_("Awaiting an answer"))


def with_meeting_names(queryset):
    """Annotate each question with its meeting's default-language title and the
    answer time of the question it is grouped under (one query for the list)."""
    default_title = MeetingPage.objects.filter(
        translation_key=OuterRef("meeting__translation_key"), locale__language_code=settings.LANGUAGE_CODE
    ).values("title")[:1]
    return queryset.annotate(
        meeting_default_title=Subquery(default_title),
        original_answered_at=F("duplicate_of__answer_published_at"),
    )


class QuestionEditView(EditView):
    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        form.base_url = base_url(self.request)
        return form


class QuestionIndexView(IndexView):
    default_ordering = ["-submitted_at", "-pk"]

    def get_base_queryset(self):
        return with_meeting_names(Question.objects.select_related("meeting"))


class QuestionViewSet(ModelViewSet):
    model = Question
    index_view_class = QuestionIndexView
    edit_view_class = QuestionEditView
    icon = "help"
    menu_label = _("Meeting questions")
    add_to_admin_menu = True
    menu_order = 310
    add_view_enabled = False  # questions come from their senders, confirmed by email
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "mission",
        Column("meeting", label=_("Meeting"), accessor=_meeting_title),
        "submitted_at",
        Column("state", label=_("State"), accessor=_state),
    ]
    list_filter = ["visibility", "meeting", "may_publish", "language"]
    search_fields = ["mission", "text", "name"]
    inspect_view_fields = [
        "meeting",
        "name",
        "mission",
        "email",
        "text",
        "may_publish",
        "language",
        "submitted_at",
        "confirmed_at",
        "visibility",
        "duplicate_of",
        "answer",
        "answer_published_at",
        "answer_notified_at",
    ]

    def get_form_class(self, for_update=False):
        return QuestionModerationForm


class UnansweredQuestionsReport(ProtectedReportView):
    """Every confirmed question still without a published answer, across meetings,
    oldest first: "all issues raised being answered" is checked here."""

    page_title = _("Unanswered questions")
    header_icon = "help"
    index_url_name = "events_unanswered_questions"
    index_results_url_name = "events_unanswered_questions_results"
    report_permission = REPORT_PERMISSION
    paginate_by = 50
    columns = [
        DateColumn("submitted_at", label=_("Sent")),
        Column("meeting", label=_("Meeting"), accessor=_meeting_title),
        # A date, not "time since": a meeting next month is not "Just now".
        CalendarDateColumn("meeting_starts_at", label=_("Meeting date")),
        Column("mission", label=_("Mission or country")),
        Column("text", label=_("Question"), accessor=lambda row: row.text[:200]),
        Column("state", label=_("State"), accessor=_state),
    ]
    list_export = ["submitted_at", "meeting.title", "meeting_starts_at", "mission", "text"]
    export_headings = {
        "submitted_at": _("Sent"),
        "meeting.title": _("Meeting"),
        "meeting_starts_at": _("Meeting date"),
        "mission": _("Mission or country"),
        "text": _("Question"),
    }

    def get_queryset(self):
        return with_meeting_names(unanswered_questions())

    def get_filename(self):
        return "unanswered-questions"
