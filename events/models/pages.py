"""The calendar of key events and its index."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.absolute_urls import page_absolute_url
from core.geography import Region, country_name, validate_country
from core.models.cover_image import CoverImageMixin
from core.models.text_rules import summary_field
from core.pages import PublicPageMixin
from core.rendering import plain_text_to_html

from .timing import DEFAULT_TIME_ZONE, span, validate_time_zone


class Audience(models.TextChoices):
    """Who an event is for; stable codes used in filters, feeds and the API."""

    MEMBER_STATES = "member-states", _("Member States")
    PUBLIC = "public", _("The public")
    PARTNERS = "partners", _("Partners")


# The boolean field that holds each audience (an event may be for several).
AUDIENCE_FIELDS = {
    Audience.MEMBER_STATES: "for_member_states",
    Audience.PUBLIC: "for_public",
    Audience.PARTNERS: "for_partners",
}


class EventStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    CONFIRMED = "confirmed", _("Confirmed")
    POSTPONED = "postponed", _("Postponed to a new date")
    CANCELLED = "cancelled", _("Cancelled")


class EventIndexPage(PublicPageMixin, Page):
    """The calendar: a list (upcoming first, past events archived) and a month
    view, filterable by audience, thematic area and region, with iCal feeds."""

    api_type = "event_index"  # the public type name (core.page_types)
    api_detail_route = "section"  # core/api.py details every section (index) page
    api_listing_routes = ["events", "meetings"]  # the listing endpoints of what it lists

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.MeetingPage"]

    class Meta:
        verbose_name = _("event calendar")

    def text_fragments(self):
        return [("introduction", plain_text_to_html(self.introduction))]


class EventPage(CoverImageMixin, PublicPageMixin, Page):
    """A key event. The title names it; the summary comes first.

    Dates and times are those of the place, in `time_zone`; `starts_at` and
    `ends_at` hold the same moments in UTC for ordering and queries and are
    derived on every save, so they can never disagree with what editors typed.
    Text fields are blank in the database so a draft with a title saves; the
    publish checks (models/checks.py) require the rest on every path to live.
    """

    api_type = "event"  # the public type name (core.page_types)

    summary = summary_field(
        _("summary"), _("What the event is for and who should come, in 20 to 80 words. Shown first.")
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Local time of the place."))
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave blank for one day."))
    end_time = models.TimeField(_("end time"), null=True, blank=True, help_text=_("Local time of the place."))
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=DEFAULT_TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Where the times above are read, such as Africa/Nairobi; UTC for an online event."),
    )
    all_day = models.BooleanField(_("all day"), default=False, help_text=_("Times are ignored."))
    status = models.CharField(_("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.PLANNED)
    original_start_date = models.DateField(
        _("originally announced for"),
        null=True,
        blank=True,
        help_text=_("For a postponed event: the date first announced. The dates above are the new ones."),
    )
    venue = models.CharField(
        _("place"), max_length=250, blank=True, help_text=_("Venue and city, such as “UN Gigiri complex, Nairobi”.")
    )
    country = models.CharField(_("country"), max_length=2, blank=True, validators=[validate_country])
    region = models.CharField(_("region"), max_length=30, choices=Region.choices, blank=True)
    online_url = models.URLField(_("online link"), blank=True, help_text=_("Where to join or watch online."))
    for_member_states = models.BooleanField(_("for Member States"), default=False)
    for_public = models.BooleanField(_("for the public"), default=False)
    for_partners = models.BooleanField(_("for partners"), default=False)
    registration_url = models.URLField(_("registration link"), blank=True)
    related_flagship = models.ForeignKey(
        "flagships.FlagshipPage",
        verbose_name=_("related flagship programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact = models.ForeignKey(
        "home.Contact",
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Derived in save(); never edited.
    starts_at = models.DateTimeField(_("starts at (UTC)"), null=True, blank=True, editable=False)
    ends_at = models.DateTimeField(_("ends at (UTC)"), null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldRowPanel([FieldPanel("time_zone"), FieldPanel("all_day")]),
            ],
            heading=_("When"),
        ),
        FieldRowPanel([FieldPanel("status"), FieldPanel("original_start_date")], heading=_("Status")),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldRowPanel(
            [FieldPanel("for_member_states"), FieldPanel("for_public"), FieldPanel("for_partners")],
            heading=_("Audience"),
        ),
        InlinePanel("thematic_areas", heading=_("Thematic areas"), label=_("Thematic area")),
        InlinePanel(
            "supporters",
            heading=_("Supported by"),
            label=_("Supporting Member State or partner"),
            help_text=_("Shown as a spotlight on the event page."),
        ),
        FieldPanel("related_flagship"),
        FieldPanel("contact"),
        FieldPanel("registration_url"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.FilterField("starts_at"),
        index.FilterField("region"),
        index.FilterField("status"),
    ]
    override_translatable_fields = [
        SynchronizedField("country"),
        SynchronizedField("time_zone"),
    ]

    api_detail_route = "event"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["starts_at"], name="event_starts_at")]

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.local_span()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "starts_at", "ends_at"}
        return super().save(*args, **kwargs)

    def local_span(self):
        """(start, end) as aware datetimes in the event's time zone."""
        return span(self.start_date, self.start_time, self.end_date, self.end_time, self.time_zone, self.all_day)

    @property
    def audiences(self) -> list[str]:
        return [str(code) for code, field in AUDIENCE_FIELDS.items() if getattr(self, field)]

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    def structured_data(self, request) -> dict:
        """schema.org Event for search engines (the page shell renders it as JSON-LD)."""
        from core.images import share_image_url

        start, end = self.local_span()
        status = {
            EventStatus.CANCELLED: "EventCancelled",
            EventStatus.POSTPONED: "EventRescheduled",
        }.get(self.status, "EventScheduled")
        if self.venue and self.online_url:
            mode = "MixedEventAttendanceMode"
        else:
            mode = "OnlineEventAttendanceMode" if self.online_url else "OfflineEventAttendanceMode"
        places = []
        if self.venue:
            address = {"@type": "PostalAddress", "addressCountry": self.country.upper()} if self.country else None
            places.append({"@type": "Place", "name": self.venue, **({"address": address} if address else {})})
        if self.online_url:
            places.append({"@type": "VirtualLocation", "url": self.online_url})
        data = {
            "@type": "Event",
            "name": self.title,
            "description": self.summary,
            "startDate": start.isoformat() if start else None,
            "endDate": end.isoformat() if end else None,
            "eventStatus": f"https://schema.org/{status}",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "location": places[0] if len(places) == 1 else places or None,
            "inLanguage": self.locale.language_code,
            "url": page_absolute_url(self, request),
            "image": share_image_url(self, request),
        }
        return {key: value for key, value in data.items() if value}

    @property
    def country_name(self) -> str:
        return country_name(self.country, self.locale.language_code) if self.country else ""

    def text_fragments(self):
        return [("summary", plain_text_to_html(self.summary))]
