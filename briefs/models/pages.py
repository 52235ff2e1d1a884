"""The updates for Member States: an index, monthly briefs and newsletter issues."""

from django.db import models
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.pages import PublicPageMixin, page_view
from core.rendering import plain_text_to_html

from .items import keep_composed_part

# An introduction is a few paragraphs: no headings, so the issue keeps one outline.
INTRODUCTION_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class BriefIndexPage(PublicPageMixin, Page):
    """ "Updates for Member States": every monthly brief and newsletter issue, newest first."""

    api_type = "updates_index"  # the public type name (core.page_types)
    api_detail_route = "section"  # core/api.py details every section (index) page
    api_listing_routes = ["briefs", "newsletters"]  # the listing endpoints of what it lists

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["briefs.MonthlyBriefPage", "briefs.NewsletterIssuePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("updates index page")

    def text_fragments(self):
        return [("introduction", plain_text_to_html(self.introduction))]


class IssuePageMixin(RoutablePageMixin, PublicPageMixin):
    """What a brief and a newsletter issue share: the editor's introduction and
    notes on the one rendering path, and the email-ready versions of the page."""

    email_audience: str = ""

    def save_revision(self, *args, **kwargs):
        """Every path that saves a revision (edit form, autosave, approve with edits)
        keeps the composer's part of items that only a revision holds (items.keep_composed_part)."""
        if self.pk and any(item.pk is None and not item.source_key for item in self.items.all()):
            previous = self.get_latest_revision()
            if previous is not None:
                keep_composed_part(list(self.items.all()), list(previous.as_object().items.all()))
        return super().save_revision(*args, **kwargs)

    def text_fragments(self):
        fragments = [("introduction", self.introduction)]
        fragments += [(f"note-{index}", plain_text_to_html(item.note)) for index, item in enumerate(self.items.all())]
        return fragments

    @path("email/", name="email_html")
    def email_html(self, request):
        """The email as subscribers get it ("view in your browser"), its unsubscribe
        link replaced by the sign-up page. (briefs/emails.py, registered by briefs/page_context.py.)"""
        content = page_view(self, "email")(self, for_web=True)
        return HttpResponse(content.html, content_type="text/html; charset=utf-8")

    @path("email/text/", name="email_text")
    def email_text(self, request):
        content = page_view(self, "email")(self, for_web=True)
        return HttpResponse(content.text, content_type="text/plain; charset=utf-8")


class MonthlyBriefPage(IssuePageMixin, Page):
    """The month's brief for Member States, drafted by `compose_monthly_brief`:
    completed programmes and major developments with their focal points and
    figures, donation projects that changed status, the funding summary per
    thematic area, the month's stories and next month's events."""

    api_type = "brief"  # the public type name (core.page_types)

    month = models.DateField(
        _("month"), null=True, blank=True, help_text=_("The first day of the month this brief reports on.")
    )
    introduction = RichTextField(
        _("introduction"),
        blank=True,
        features=INTRODUCTION_FEATURES,
        help_text=_("What Member States should take from this month, in a few sentences. Kept when re-composed."),
    )
    composed_at = models.DateTimeField(_("last composed at"), null=True, blank=True, editable=False)
    # Every item key the composer has ever proposed: a key proposed before and no
    # longer among the items was dropped by an editor and is not proposed again.
    proposed_keys = models.JSONField(default=list, blank=True, editable=False)
    # [{"area": "<thematic area translation key>", "currency": "USD", "projects": 3,
    #   "goal": "…", "received": "…", "gap": "…"}], as on `funding_valid_on`.
    funding_summary = models.JSONField(default=list, blank=True, editable=False)
    funding_valid_on = models.DateField(_("funding figures valid on"), null=True, blank=True, editable=False)

    content_panels = Page.content_panels + [
        FieldPanel("month"),
        FieldPanel("introduction"),
        MultiFieldPanel(
            [InlinePanel("items", label=_("Item"))],
            heading=_("Items"),
            help_text=_(
                "Reorder or delete items freely: composing the month again keeps your order, your notes and "
                "your deletions, and only adds what is new."
            ),
        ),
    ]
    parent_page_types = ["briefs.BriefIndexPage"]
    subpage_types: list[str] = []
    api_detail_route = "brief"
    email_audience = "brief"

    class Meta:
        verbose_name = _("monthly brief")
        verbose_name_plural = _("monthly briefs")
        indexes = [models.Index(fields=["month"], name="brief_month")]


class NewsletterIssuePage(IssuePageMixin, Page):
    """An issue of the Urban Impact newsletter: stories, flagship developments and
    publications an editor picked (the "compose from the last N weeks" helper proposes)."""

    api_type = "newsletter"  # the public type name (core.page_types)

    issue_date = models.DateField(_("issue date"), null=True, blank=True)
    introduction = RichTextField(_("introduction"), blank=True, features=INTRODUCTION_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("issue_date"),
        FieldPanel("introduction"),
        InlinePanel("items", label=_("Item")),
    ]
    parent_page_types = ["briefs.BriefIndexPage"]
    subpage_types: list[str] = []
    api_detail_route = "newsletter"
    email_audience = "newsletter"

    class Meta:
        verbose_name = _("newsletter issue")
        verbose_name_plural = _("newsletter issues")
