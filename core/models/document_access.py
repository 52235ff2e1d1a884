"""Collections whose documents are public whatever uses them (e.g. press kits)."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="doc-full")
class DocumentAccessSettings(BaseGenericSetting):
    """Every other document is downloadable only while a public page or snippet uses it."""

    public_collections = models.ManyToManyField(
        "wagtailcore.Collection",
        verbose_name=_("public collections"),
        blank=True,
        related_name="+",
        help_text=_(
            "Documents in these collections (and in the collections inside them) can be downloaded by anyone, "
            "even when no published page links to them. Leave empty to publish documents only with their pages."
        ),
    )

    panels = [FieldPanel("public_collections", widget=forms.CheckboxSelectMultiple)]

    class Meta:
        verbose_name = _("document access")

    @classmethod
    def public_collection_paths(cls) -> list[str]:
        """Tree paths of the public collections (a descendant's path starts with its ancestor's)."""
        return list(cls.load().public_collections.values_list("path", flat=True))
