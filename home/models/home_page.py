from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin

from core.delivery import localize_pages
from core.models.cover_image import Cover
from core.pages import PublicPageMixin
from core.rendering import plain_text_to_html

# Visitors read these; headings stay out so the page keeps one outline.
INTRO_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class HomePage(PublicPageMixin, Page):
    api_type = "home"  # the public type name (core.page_types)
    hero_text = models.TextField(
        _("hero text"), blank=True, help_text=_("One or two sentences in plain language under the title.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    introduction = RichTextField(_("introduction"), blank=True, features=INTRO_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("hero_text"),
        FieldPanel("hero_image"),
        FieldPanel("introduction"),
        InlinePanel("featured_items", label=_("Featured items"), max_num=6),
        InlinePanel("featured_thematic_areas", label=_("Thematic areas"), max_num=12),
    ]

    api_detail_route = "home"
    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def text_fragments(self):
        return [("hero_text", plain_text_to_html(self.hero_text)), ("introduction", self.introduction)]

    def cover(self) -> Cover | None:
        if self.hero_image is None:
            return None
        description = (self.hero_image.description or "").strip()
        return Cover(self.hero_image, description, settings.LANGUAGE_CODE if description else None)

    def api_detail_kwargs(self):
        return {}

    def featured(self) -> list[dict]:
        """Featured pages in this page's language where translated; published ones only."""
        items = list(self.featured_items.select_related("page"))
        pages = localize_pages([item.page for item in items], self.locale)
        return [{"page": page, "summary": item.summary} for item, page in zip(items, pages, strict=True) if page.live]

    def live_thematic_areas(self) -> list:
        return [
            row.thematic_area
            for row in self.featured_thematic_areas.select_related("thematic_area__locale")
            if row.thematic_area.live
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = self.featured()
        context["thematic_areas"] = self.live_thematic_areas()
        return context


class HomePageFeaturedItem(Orderable):
    """A page featured on the home page; shown in the visitor's language when
    translated (page links are not localised by wagtail-localize)."""

    home_page = ParentalKey(HomePage, related_name="featured_items", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")
    summary = models.CharField(_("summary"), max_length=250, blank=True)

    panels = [FieldPanel("page"), FieldPanel("summary")]


class HomePageThematicArea(TranslatableMixin, Orderable):
    """Translatable itself, because wagtail-localize remaps foreign keys to
    translatable snippets only in translatable inline rows (others are copied
    unchanged): each locale's home page then points at its own locale's area."""

    home_page = ParentalKey(HomePage, related_name="featured_thematic_areas", on_delete=models.CASCADE)
    # PROTECT, as on every row pointing at a thematic area (ThematicAreaRow): a
    # featured area is not deleted from under the home page.
    thematic_area = models.ForeignKey(
        "home.ThematicArea", verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("thematic_area")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
