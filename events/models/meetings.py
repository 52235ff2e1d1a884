"""Regional group meetings and the questions Member States send ahead of them.

A question comes from whoever owns the email address given: it stays
`unconfirmed`, and invisible everywhere, until the sender follows the link
emailed to that address. Staff then moderate it (publish it on the meeting
page if the sender allowed it, keep it private, or group it under the question
it duplicates) and record an answer; every confirmed question that is not a
duplicate must end up answered, which the unanswered-questions report checks.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models.text_rules import summary_field
from core.pages import PublicPageMixin
from core.rendering import plain_text_to_html

from .timing import DEFAULT_TIME_ZONE, local_instant, span, validate_time_zone

QUESTION_MAX_LENGTH = 2000


class RegionalGroup(models.TextChoices):
    AFRICAN_GROUP = "african-group", _("African Group")
    ASIA_PACIFIC_GROUP = "asia-pacific-group", _("Asia-Pacific Group")
    EASTERN_EUROPEAN_GROUP = "eastern-european-group", _("Eastern European Group")
    GRULAC = "grulac", _("Group of Latin American and Caribbean States (GRULAC)")
    WEOG = "weog", _("Western European and Others Group (WEOG)")
    CPR = "cpr", _("Committee of Permanent Representatives")
    OTHER = "other", _("Other body")


class MeetingPage(PublicPageMixin, Page):
    """A meeting of a regional group or body, with questions sent ahead.

    The date, time and question deadline are those of the meeting's place, in
    `time_zone`; `starts_at` and `questions_close_at` are the same moments in
    UTC, derived on every save.
    """

    api_type = "meeting"  # the public type name (core.page_types)

    summary = summary_field(_("summary"), _("What the meeting is for, shown first."))
    group = models.CharField(_("regional group or body"), max_length=30, choices=RegionalGroup.choices, blank=True)
    group_name = models.CharField(
        _("name of the body"), max_length=200, blank=True, help_text=_("Only for “Other body”.")
    )
    with_whom = models.CharField(
        _("with"), max_length=200, blank=True, help_text=_("Such as “the Executive Director”.")
    )
    date = models.DateField(_("date"), null=True, blank=True)
    start_time = models.TimeField(_("start time"), null=True, blank=True)
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"), max_length=64, default=DEFAULT_TIME_ZONE, validators=[validate_time_zone]
    )
    venue = models.CharField(_("place"), max_length=250, blank=True)
    agenda = models.TextField(_("agenda"), blank=True, help_text=_("One item per line."))
    question_deadline_date = models.DateField(_("questions close on"), null=True, blank=True)
    question_deadline_time = models.TimeField(
        _("questions close at"),
        null=True,
        blank=True,
        help_text=_("Local time; midnight at the start of the day if blank."),
    )
    starts_at = models.DateTimeField(null=True, blank=True, editable=False)
    questions_close_at = models.DateTimeField(null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("group"), FieldPanel("group_name")], heading=_("Regional group or body")),
        FieldPanel("with_whom"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("start_time"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
                FieldPanel("venue"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        FieldRowPanel(
            [FieldPanel("question_deadline_date"), FieldPanel("question_deadline_time")],
            heading=_("Deadline for questions"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("agenda")]
    override_translatable_fields = [SynchronizedField("time_zone")]

    api_detail_route = "meeting"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("regional group meeting")
        verbose_name_plural = _("regional group meetings")

    def save(self, *args, **kwargs):
        self.starts_at = local_instant(self.date, self.start_time, self.time_zone)
        self.questions_close_at = local_instant(
            self.question_deadline_date, self.question_deadline_time, self.time_zone
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "starts_at", "questions_close_at"}
        return super().save(*args, **kwargs)

    @property
    def group_label(self) -> str:
        if self.group == RegionalGroup.OTHER or not self.group:
            return self.group_name
        return str(RegionalGroup(self.group).label)

    def local_start(self):
        return local_instant(self.date, self.start_time, self.time_zone)

    def local_span(self):
        """(start, end) as aware datetimes in the meeting's time zone, as for an
        event (so the calendar shows meetings next to events); without an end
        time the meeting ends when it starts."""
        return span(self.date, self.start_time, None, self.end_time, self.time_zone, False)

    def local_deadline(self):
        return local_instant(self.question_deadline_date, self.question_deadline_time, self.time_zone)

    def accepts_questions(self, now=None) -> bool:
        deadline = self.local_deadline()
        return deadline is not None and (now or timezone.now()) < deadline

    def agenda_items(self) -> list[str]:
        return [line.strip() for line in self.agenda.splitlines() if line.strip()]

    def text_fragments(self):
        return [("summary", plain_text_to_html(self.summary))]


class QuestionQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)

    def for_meeting(self, meeting):
        """Questions sent from any language copy of the meeting."""
        return self.filter(meeting__translation_key=meeting.translation_key)

    def unanswered(self):
        """Confirmed questions, not grouped under another, whose answer is not published."""
        return self.confirmed().filter(duplicate_of__isnull=True, answer_published_at__isnull=True)

    def public(self):
        """What the meeting page may show: confirmed, allowed by the sender, published by staff."""
        return self.confirmed().filter(
            may_publish=True, visibility=Question.Visibility.PUBLIC, duplicate_of__isnull=True
        )


class Question(models.Model):
    """A question or comment sent ahead of a meeting. The email address is for
    confirming and for the answer; it is never shown publicly or in the API."""

    class Visibility(models.TextChoices):
        PENDING = "pending", _("Awaiting moderation")
        PUBLIC = "public", _("Shown on the meeting page")
        PRIVATE = "private", _("Answered privately")

    meeting = models.ForeignKey(
        MeetingPage, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="questions"
    )
    name = models.CharField(_("name"), max_length=150)
    mission = models.CharField(_("mission or country"), max_length=200)
    email = models.EmailField(_("email address"))
    text = models.TextField(_("question or comment"), validators=[MaxLengthValidator(QUESTION_MAX_LENGTH)])
    may_publish = models.BooleanField(_("may be published"), default=False)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES, default="en")
    submitted_at = models.DateTimeField(_("submitted"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PENDING
    )
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("same as"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
        help_text=_("Group a question under the one it repeats; that one's answer answers both."),
    )
    answer = models.TextField(_("answer"), blank=True)
    answer_published_at = models.DateTimeField(_("answer published"), null=True, blank=True)
    answer_notified_at = models.DateTimeField(_("sender told of the answer"), null=True, blank=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("question")
        verbose_name_plural = _("questions")
        ordering = ["submitted_at", "pk"]
        indexes = [models.Index(fields=["confirmed_at", "answer_published_at"], name="question_answer_state")]

    def __str__(self):
        return f"{self.mission}: {self.text[:60]}"

    @property
    def is_confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def is_answered(self) -> bool:
        if self.duplicate_of_id:
            return self.duplicate_of.answer_published_at is not None
        return self.answer_published_at is not None

    def clean(self):
        errors = {}
        if self.visibility == self.Visibility.PUBLIC:
            if not self.may_publish:
                errors["visibility"] = _("The sender did not allow this question to be published; keep it private.")
            elif not self.is_confirmed:
                errors["visibility"] = _("The sender has not confirmed this question yet; it cannot be published.")
        if self.duplicate_of_id:
            original = self.duplicate_of
            if original.pk == self.pk:
                errors["duplicate_of"] = _("A question cannot repeat itself.")
            elif original.meeting.translation_key != self.meeting.translation_key:
                errors["duplicate_of"] = _("Choose a question sent for the same meeting.")
            elif original.duplicate_of_id:
                errors["duplicate_of"] = _("That question is itself grouped under another; choose that one.")
            elif self.pk and self.duplicates.exists():
                errors["duplicate_of"] = _("Other questions are grouped under this one; move them first.")
        if self.answer_published_at and not self.answer.strip():
            errors["answer"] = _("Write the answer before publishing it.")
        if errors:
            raise ValidationError(errors)
