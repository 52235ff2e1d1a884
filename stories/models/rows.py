"""What hangs off a story: its thematic areas."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin


class StoryThematicArea(TranslatableMixin, Orderable):
    """Translatable itself, because wagtail-localize remaps foreign keys to
    translatable snippets only in translatable inline rows: the French copy of a
    story then points at the French thematic areas."""

    page = ParentalKey("stories.StoryPage", related_name="thematic_areas", on_delete=models.CASCADE)
    thematic_area = models.ForeignKey(
        "home.ThematicArea", verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("thematic_area")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
