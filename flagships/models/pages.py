"""Flagship programme pages and their index."""

from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from core.models.cover_image import CoverImageMixin
from core.models.text_rules import summary_field
from core.pages import PublicPageMixin
from core.rendering import plain_text_to_html
from flagships.blocks import FlagshipBodyBlock
from home.models.review_interval import (
    MAX_REVIEW_INTERVAL_DAYS,
    MIN_REVIEW_INTERVAL_DAYS,
    REVIEW_INTERVAL_VALIDATORS,
    review_interval_constraint,
)

from .review_dates import review_state_for
from .reviews import RevisionReview


class FlagshipIndexPage(PublicPageMixin, Page):
    api_type = "flagship_index"  # the public type name (core.page_types)
    api_detail_route = "section"  # core/api.py details every section (index) page
    api_listing_routes = ["flagships"]  # the listing endpoints of what it lists
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    subpage_types = ["flagships.FlagshipPage"]

    class Meta:
        verbose_name = _("flagship index page")

    def text_fragments(self):
        return [("introduction", plain_text_to_html(self.introduction))]


class FlagshipPage(CoverImageMixin, PublicPageMixin, Page):
    api_type = "flagship"  # the public type name (core.page_types)

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Active")
        COMPLETED = "completed", _("Completed")
        PAUSED = "paused", _("Paused")

    summary = summary_field(
        _("summary"), _("Two or three sentences in plain language; shown first. Required to publish.")
    )
    # Blank in the database because drafts may be incomplete; publishing requires it (FlagshipPageForm).
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave blank if open-ended."))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    review_interval_days = models.PositiveSmallIntegerField(
        _("review interval (days)"),
        null=True,
        blank=True,
        validators=REVIEW_INTERVAL_VALIDATORS,
        help_text=format_lazy(
            _("From {minimum} to {maximum} days. Leave blank to use the organisation's default interval."),
            minimum=MIN_REVIEW_INTERVAL_DAYS,
            maximum=MAX_REVIEW_INTERVAL_DAYS,
        ),
    )
    body = StreamField(FlagshipBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("status")], heading=_("Dates")),
        InlinePanel("contacts", heading=_("For further information"), label=_("Contact"), min_num=0),
        InlinePanel("thematic_areas", heading=_("Thematic areas"), label=_("Thematic area")),
        InlinePanel("places", heading=_("Countries and regions"), label=_("Country or region")),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner")),
        FieldPanel("body"),
        InlinePanel("updates", heading=_("Updates"), label=_("Update")),
        InlinePanel("financial_figures", heading=_("Financial information"), label=_("Financial figure")),
        InlinePanel("publications", heading=_("Related publications"), label=_("Publication")),
        MultiFieldPanel(
            [FieldPanel("review_interval_days"), FieldPanel("reviewed")],
            heading=_("Review"),
        ),
    ]
    parent_page_types = ["flagships.FlagshipIndexPage"]
    subpage_types = []
    api_detail_route = "flagship"

    class Meta:
        verbose_name = _("flagship programme")
        verbose_name_plural = _("flagship programmes")
        constraints = [
            review_interval_constraint(
                "review_interval_days", name="flagship_review_interval_in_bounds", allow_null=True
            )
        ]

    def text_fragments(self):
        return [("summary", plain_text_to_html(self.summary)), ("body", self.body)]

    def api_detail_kwargs(self):
        return {"page_id": self.pk}

    def save_revision(self, *args, **kwargs):
        """Keep "I have reviewed this content" with the revision the admin form saves
        (the form sets `review_box`), before any path can make that revision live:
        approving with edits saves the moderator's revision and publishes it at once."""
        box = self.__dict__.pop("review_box", None)
        previous = self.get_latest_revision() if box is not None and self.pk else None
        revision = super().save_revision(*args, **kwargs)
        if box is not None:
            user, ticked = box
            RevisionReview.keep_box(revision, previous, user, ticked)
        return revision

    @property
    def review_state(self):
        return review_state_for(self)
