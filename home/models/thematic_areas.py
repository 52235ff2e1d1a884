from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
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
