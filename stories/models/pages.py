"""Impact stories and their index."""

from datetime import date

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.geography import Region, country_name, validate_country
from core.models.cover_image import Cover
from core.pages import PublicPageMixin
from core.rendering import plain_text_to_html
from stories.blocks import StoryBodyBlock


class StoryIndexPage(PublicPageMixin, Page):
    """The listing of stories, filterable by region, country, thematic area and flagship."""

    api_type = "story_index"  # the public type name (core.page_types)
    api_detail_route = "section"  # core/api.py details every section (index) page
    api_listing_routes = ["stories"]  # the listing endpoints of what it lists

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage"]

    class Meta:
        verbose_name = _("story index page")

    def text_fragments(self):
        return [("introduction", plain_text_to_html(self.introduction))]


class StoryPage(PublicPageMixin, Page):
    """An impact story: the standfirst first, then a lead image and the body.

    The page title is the headline. Text fields are blank in the database so a
    draft with only a headline saves; the publish checks (models/checks.py)
    require the rest before the story goes live on any path.
    """

    api_type = "story"  # the public type name (core.page_types)

    standfirst = models.TextField(
        _("standfirst"),
        blank=True,
        help_text=_(
            "What changed, for whom and where, in 20 to 80 words (40 to 160 characters in Chinese). Shown first."
        ),
    )
    date = models.DateField(_("date"), default=date.today, help_text=_("When the story happened or was reported."))
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt = models.CharField(
        _("lead image: alternative text"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it; written in this page's language."),
    )
    lead_image_credit = models.CharField(
        _("lead image: credit"), max_length=200, blank=True, help_text=_("Who took or owns the image.")
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("body"), blank=True)
    region = models.CharField(_("region"), max_length=30, choices=Region.choices, blank=True)
    # An ISO 3166-1 code, the same in every language; the name is shown per language.
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text=_("Leave blank for a story about a whole region."),
    )
    related_flagship = models.ForeignKey(
        "flagships.FlagshipPage",
        verbose_name=_("related flagship programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_publication = models.ForeignKey(
        "publications.PublicationPage",
        verbose_name=_("related publication"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    related_project = models.ForeignKey(
        "donate.DonationProjectPage",
        verbose_name=_("related donation project"),
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
        help_text=_("Who can tell Member States and journalists more."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("standfirst"),
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt"), FieldPanel("lead_image_credit")],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("region"), FieldPanel("country")], heading=_("Place")),
        InlinePanel("thematic_areas", heading=_("Thematic areas"), label=_("Thematic area")),
        MultiFieldPanel(
            [FieldPanel("related_flagship"), FieldPanel("related_publication"), FieldPanel("related_project")],
            heading=_("Related content"),
        ),
        FieldPanel("contact"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.FilterField("date"),
        index.FilterField("region"),
        index.FilterField("country"),
    ]

    api_detail_route = "story"
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("impact story")
        verbose_name_plural = _("impact stories")
        indexes = [models.Index(fields=["date"], name="story_date")]

    def text_fragments(self):
        # The standfirst comes first: templates, email and the API show it before the rest.
        return [("standfirst", plain_text_to_html(self.standfirst)), ("body", self.body)]

    def cover(self) -> Cover | None:
        """The lead image is the story's cover; its alternative text is required to publish."""
        if self.lead_image is None:
            return None
        return Cover(self.lead_image, self.lead_image_alt, None, self.lead_image_credit)

    @property
    def country_name(self) -> str:
        return country_name(self.country, self.locale.language_code) if self.country else ""
