from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.models import PublishableTranslatableSnippet


class PublicationType(PublishableTranslatableSnippet):
    """Report, policy brief, guide ...: a snippet rather than choices so each
    language names the types in its own words and editors can add one."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=80, allow_unicode=True, help_text=_("Used in filters; may differ per language.")
    )
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta(PublishableTranslatableSnippet.Meta):
        verbose_name = _("publication type")
        verbose_name_plural = _("publication types")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_publication_type_slug_per_locale"),
        ]

    def __str__(self):
        return self.name
