"""Inline rows of a flagship page.

Rows that hold visitor text or point at translatable snippets are
`TranslatableMixin` themselves: wagtail-localize extracts their text for
translation and remaps their foreign keys to the target locale's snippet only
then (plain inline rows are copied unchanged, so a French page would list
English contacts).
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.geography import validate_currency
from core.models.text_rules import summary_field


class FlagshipContact(TranslatableMixin, Orderable):
    page = ParentalKey("flagships.FlagshipPage", related_name="contacts", on_delete=models.CASCADE)
    contact = models.ForeignKey(
        "home.Contact", verbose_name=_("contact"), on_delete=models.PROTECT, related_name="flagship_rows"
    )

    panels = [FieldPanel("contact")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("contact for further information")
        constraints = [
            # Deferred to the commit on PostgreSQL: modelcluster updates rows in place,
            # so swapping two rows' contacts passes through a moment with both the same.
            # (SQLite cannot defer; Django creates no constraint there.)
            models.UniqueConstraint(
                fields=["page", "contact"], name="flagship_contact_once", deferrable=models.Deferrable.DEFERRED
            )
        ]


class FlagshipThematicArea(TranslatableMixin, Orderable):
    page = ParentalKey("flagships.FlagshipPage", related_name="thematic_areas", on_delete=models.CASCADE)
    thematic_area = models.ForeignKey(
        "home.ThematicArea", verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="flagship_rows"
    )

    panels = [FieldPanel("thematic_area")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("thematic area")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "thematic_area"],
                name="flagship_thematic_area_once",
                deferrable=models.Deferrable.DEFERRED,
            )
        ]


class FlagshipPlace(TranslatableMixin, Orderable):
    """A country or region the programme works in."""

    page = ParentalKey("flagships.FlagshipPage", related_name="places", on_delete=models.CASCADE)
    # The code is what API clients filter on, so it stays the same in every language.
    code = models.SlugField(
        _("code"),
        max_length=40,
        help_text=_("ISO 3166-1 alpha-2 code in lower case for a country (e.g. 'ke'), or a short code for a region."),
    )
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("code"), FieldPanel("name")]
    translatable_fields = [SynchronizedField("code"), TranslatableField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("country or region")


class FlagshipPartner(TranslatableMixin, Orderable):
    page = ParentalKey("flagships.FlagshipPage", related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=200)
    url = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("url")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("partner")


class FlagshipUpdate(TranslatableMixin, Orderable):
    """A dated piece of news about the programme; the monthly brief reads these."""

    class Kind(models.TextChoices):
        MAJOR_DEVELOPMENT = "major_development", _("Major development")
        MILESTONE = "milestone", _("Milestone")
        COMPLETED = "completed", _("Completed")

    page = ParentalKey("flagships.FlagshipPage", related_name="updates", on_delete=models.CASCADE)
    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MILESTONE)
    title = models.CharField(_("title"), max_length=200)
    text = summary_field(_("what happened"), _("Two or three sentences in plain language."))

    panels = [FieldPanel("date"), FieldPanel("kind"), FieldPanel("title"), FieldPanel("text")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-date", "sort_order"]
        verbose_name = _("update")
        indexes = [models.Index(fields=["date"], name="flagship_update_date")]


class FlagshipFinancialFigure(Orderable):
    """Budget, funds received or funds spent, valid on a given date.

    Not translatable: numbers, currencies and dates are the same in every
    language, and wagtail-localize copies plain inline rows to each translation.
    """

    class Kind(models.TextChoices):
        BUDGET = "budget", _("Budget")
        RECEIVED = "received", _("Funds received")
        SPENT = "spent", _("Funds spent")

    page = ParentalKey("flagships.FlagshipPage", related_name="financial_figures", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    amount = models.DecimalField(_("amount"), max_digits=16, decimal_places=2, validators=[MinValueValidator(0)])
    currency = models.CharField(
        _("currency"), max_length=3, default="USD", validators=[validate_currency], help_text=_("ISO 4217 code.")
    )
    valid_on = models.DateField(_("valid on"), help_text=_("The date this figure was true."))

    panels = [FieldPanel("kind"), FieldPanel("amount"), FieldPanel("currency"), FieldPanel("valid_on")]

    class Meta(Orderable.Meta):
        verbose_name = _("financial figure")


class FlagshipPublication(Orderable):
    """A publication the programme cites. Stored here, once: the publication page
    finds the flagships citing it through the reverse relation `flagship_citations`.

    Not translatable: page links are not localised by wagtail-localize, so every
    copy links the same page and `related_publications()` swaps in the visitor's
    language when rendering.
    """

    page = ParentalKey("flagships.FlagshipPage", related_name="publications", on_delete=models.CASCADE)
    publication = models.ForeignKey(
        "publications.PublicationPage",
        verbose_name=_("publication"),
        on_delete=models.CASCADE,
        related_name="flagship_citations",
    )

    panels = [FieldPanel("publication")]

    class Meta(Orderable.Meta):
        verbose_name = _("related publication")
