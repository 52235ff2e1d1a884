from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core.models import PublishableTranslatableSnippet


class ThematicArea(index.Indexed, PublishableTranslatableSnippet):
    """A theme of the organisation's work (e.g. "Urban climate action").

    Publications, flagships and donation projects point at it with foreign keys
    (never many-to-many), so wagtail-localize maps them to each locale's area.
    """

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=True,
        help_text=_("Used in filters and URLs; may differ per language."),
    )
    description = models.TextField(
        _("plain-language description"),
        blank=True,
        help_text=_("One or two sentences a member of the public understands without context."),
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.SearchField("description"), index.FilterField("locale_id")]

    class Meta(PublishableTranslatableSnippet.Meta):
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_thematic_area_slug_per_locale"),
        ]

    def __str__(self):
        return self.name


class ThematicAreaRow(TranslatableMixin, Orderable):
    """An inline row choosing one thematic area for a page; subclasses add the
    `page = ParentalKey(...)` to their page type.

    Translatable itself, because wagtail-localize remaps foreign keys to
    translatable snippets only in translatable inline rows (others are copied
    unchanged): each locale's copy of the page then points at its own locale's area.
    """

    thematic_area = models.ForeignKey(
        "home.ThematicArea", verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("thematic_area")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order"]
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
