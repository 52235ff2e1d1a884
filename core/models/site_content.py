"""What a front end needs around every page, per locale: the organisation's name
and logo, the main navigation, the footer and legal links, social links.

A translatable snippet with drafts, like the shared snippets: editors write it
in the default locale and translate it with wagtail-localize (labels are
segments; page links are kept and localised when the API answers).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.models import Orderable, TranslatableMixin

from .publishable import PublishableTranslatableSnippet


class SiteContent(PublishableTranslatableSnippet, ClusterableModel):
    """One per locale. Where a locale has none published, the API answers with the
    default locale's (`translated: false`)."""

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo_alt = models.CharField(
        _("logo text alternative"),
        max_length=200,
        blank=True,
        help_text=_("What the logo says, for screen readers; usually the organisation's name."),
    )
    footer_text = models.TextField(_("footer text"), blank=True, help_text=_("A line or two shown in every footer."))

    panels = [
        FieldPanel("organisation_name"),
        MultiFieldPanel([FieldPanel("logo"), FieldPanel("logo_alt")], heading=_("Logo")),
        FieldPanel("footer_text"),
        InlinePanel("links", label=_("Links"), heading=_("Navigation, footer, legal and social links")),
    ]

    class Meta(PublishableTranslatableSnippet.Meta):
        verbose_name = _("site navigation and footer")
        verbose_name_plural = _("site navigation and footer")

    def __str__(self):
        return f"{self.organisation_name} ({self.locale})"


class SiteLink(TranslatableMixin, Orderable):
    class Menu(models.TextChoices):
        MAIN = "main", _("Main navigation")
        FOOTER = "footer", _("Footer")
        LEGAL = "legal", _("Legal (privacy, terms)")
        SOCIAL = "social", _("Social network")

    site_content = ParentalKey(SiteContent, on_delete=models.CASCADE, related_name="links")
    menu = models.CharField(_("where"), max_length=10, choices=Menu.choices, default=Menu.MAIN)
    label = models.CharField(_("label"), max_length=120)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A page of this site: the link follows the reader's language."),
    )
    url = models.URLField(_("address"), blank=True, help_text=_("Or an address elsewhere (https://…)."))

    panels = [FieldPanel("menu"), FieldPanel("label"), PageChooserPanel("page"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("link")

    def clean(self):
        super().clean()
        if bool(self.page_id) == bool(self.url):
            raise ValidationError({"url": _("Choose a page of this site or give an address, not both.")})
