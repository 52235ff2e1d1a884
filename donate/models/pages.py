"""The pages donors read: the "Donate now" landing page and the projects under it."""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from core.absolute_urls import base_url, page_absolute_url
from core.delivery import localize_pages, public_pages
from core.geography import country_name, validate_country
from core.models.cover_image import CoverImageMixin
from core.models.text_rules import summary_field
from core.pages import PublicPageMixin
from core.rendering import plain_text_to_html

from ..admin_forms import DonatePageForm, DonationProjectPageForm
from ..currencies import CURRENCY_CHOICES
from .choices import ProjectStatus
from .progress import progress_for

BODY_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3"]


class DonatePage(PublicPageMixin, Page):
    """ "Donate now": where donations go, where the reports are, which projects need money."""

    api_type = "donate"  # the public type name (core.page_types)

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("One or two sentences in plain language on why to give.")
    )
    takes_general_gifts = models.BooleanField(
        _("take general gifts"),
        default=True,
        help_text=_("Offer a gift to the organisation's unrestricted fund, beside the gifts to projects."),
    )
    general_fund_text = models.TextField(
        _("what a general gift pays for"),
        blank=True,
        help_text=_("Shown beside the general gift form, e.g. where the money goes when no project is chosen."),
    )
    general_fund_currency = models.CharField(
        _("currency of general gifts"), max_length=3, choices=CURRENCY_CHOICES, default="USD"
    )
    allocation_year = models.PositiveSmallIntegerField(
        _("year of the allocation"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
        help_text=_("The year the shares below describe; donors see that year's totals in money as well."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        MultiFieldPanel(
            [FieldPanel("takes_general_gifts"), FieldPanel("general_fund_text"), FieldPanel("general_fund_currency")],
            heading=_("General gift"),
        ),
        InlinePanel(
            "suggested_amounts",
            label=_("Suggested amounts"),
            help_text=_("Per currency; donors can also type any other amount."),
        ),
        FieldPanel("allocation_year"),
        InlinePanel(
            "allocations",
            label=_("Where donations go"),
            help_text=_("The percentages must add up to exactly 100 before the page can be published."),
        ),
        InlinePanel("reports", label=_("Donation reports")),
    ]

    base_form_class = DonatePageForm
    api_detail_route = "donate-page"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["donate.DonationProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("donate page")

    def text_fragments(self):
        fragments = [
            ("introduction", plain_text_to_html(self.introduction)),
            ("general_fund", plain_text_to_html(self.general_fund_text)),
        ]
        fragments += [
            (f"allocation-{index}", plain_text_to_html(row.description))
            for index, row in enumerate(self.allocations.all())
        ]
        return fragments

    def api_detail_kwargs(self):
        return {}

    # The general fund, seen by the giving form as a target like a project.
    @property
    def currency(self) -> str:
        return self.general_fund_currency

    @property
    def accepts_gifts(self) -> bool:
        return self.takes_general_gifts

    def effective_status(self) -> str:
        return ProjectStatus.OPEN if self.takes_general_gifts else ProjectStatus.CLOSED

    def suggestions_for(self, currency: str) -> list[Decimal]:
        """The editors' suggested amounts in `currency` (rows are in memory after one prefetch)."""
        for row in self.suggested_amounts.all():
            if row.currency == currency:
                return row.amount_list()
        return []


def parse_amounts(text: str) -> list[Decimal]:
    """ "10, 25 50" → [10, 25, 50]; raises ValueError on anything else."""
    values = []
    for part in text.replace(";", ",").replace(",", " ").split():
        try:
            value = Decimal(part)
        except InvalidOperation:
            raise ValueError(part) from None
        if not value.is_finite() or value <= 0 or value.as_tuple().exponent < -2 or value >= 10**12:
            raise ValueError(part)
        values.append(value.quantize(Decimal("0.01")))
    return values


def validate_amounts(text: str) -> None:
    try:
        values = parse_amounts(text)
    except ValueError as error:
        raise ValidationError(
            _("“%(value)s” is not an amount: write numbers such as 10, 25, 50."), params={"value": str(error)[:20]}
        ) from None
    if not 1 <= len(values) <= 6:
        raise ValidationError(_("Suggest between one and six amounts."))


class SuggestedAmounts(Orderable):
    """The amounts offered as one-click choices for gifts in one currency (the
    donor can still type another). Not translatable: wagtail-localize copies the
    rows to every language's page, so the amounts stay the same everywhere."""

    page = ParentalKey(DonatePage, related_name="suggested_amounts", on_delete=models.CASCADE)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    amounts = models.CharField(
        _("amounts"), max_length=120, validators=[validate_amounts], help_text=_("For example: 10, 25, 50, 100")
    )

    panels = [FieldPanel("currency"), FieldPanel("amounts")]

    class Meta(Orderable.Meta):
        verbose_name = _("suggested amounts")

    def amount_list(self) -> list[Decimal]:
        try:
            return parse_amounts(self.amounts)
        except ValueError:
            return []


class DonateAllocation(TranslatableMixin, Orderable):
    """One line of "where your donation goes". Translatable so that
    wagtail-localize offers its label and description to translators."""

    page = ParentalKey(DonatePage, related_name="allocations", on_delete=models.CASCADE)
    label = models.CharField(_("label"), max_length=120)
    description = models.TextField(_("plain-language description"), blank=True)
    percentage = models.DecimalField(
        _("percentage"),
        max_digits=5,
        decimal_places=2,
        validators=[
            MinValueValidator(Decimal("0.01"), message=_("A share must be more than 0%%.")),
            MaxValueValidator(Decimal("100"), message=_("A share cannot be more than 100%%.")),
        ],
    )

    panels = [FieldPanel("label"), FieldPanel("description"), FieldPanel("percentage")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("allocation")


class DonationReport(TranslatableMixin, Orderable):
    """A published report on what donations paid for, for one period."""

    page = ParentalKey(DonatePage, related_name="reports", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200)
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link = models.URLField(_("link"), blank=True, help_text=_("Where the report is, if not uploaded as a document."))

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
        FieldPanel("document"),
        FieldPanel("link"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("donation report")

    @property
    def url(self) -> str:
        return self.document.url if self.document_id else self.link


class DonationProjectPage(CoverImageMixin, PublicPageMixin, Page):
    """A project that needs funding. What it has received is never typed in:
    it is derived from the ledger and the offline contributions, both keyed to
    this page's `translation_key` so every language shows the same progress."""

    api_type = "donation_project"  # the public type name (core.page_types)

    summary = summary_field(_("summary"), _("What the project does, in two sentences."))
    thematic_area = models.ForeignKey(
        "home.ThematicArea",
        verbose_name=_("thematic area"),
        # Blank so drafts can be saved incomplete; required when publishing (see the form).
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The ISO code, as everywhere (flagships, stories, search): `?country=ke` finds it.
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text=_("ISO 3166-1 code in two lower-case letters, for example ke. Leave blank for a region."),
    )
    country_region = models.CharField(
        _("region"),
        max_length=120,
        blank=True,
        help_text=_("Where the project is, when it is not one country (for example East Africa)."),
    )
    goal_amount = models.DecimalField(
        _("funding goal"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"), message=_("The funding goal must be more than zero."))],
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES, default="USD")
    status = models.CharField(_("status"), max_length=10, choices=ProjectStatus.choices, default=ProjectStatus.OPEN)
    keep_open_after_goal = models.BooleanField(
        _("keep asking after the goal is reached"),
        default=False,
        help_text=_(
            "An open project switches to funded by itself when the ledger reaches its goal, and stops asking "
            "for gifts. Tick this to reopen it (for example after raising the goal)."
        ),
    )
    focal_point = models.ForeignKey(
        "home.Contact",
        verbose_name=_("focal point"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    gift_impact = models.TextField(
        _("what a gift does"),
        blank=True,
        help_text=_('For example: "50 USD pays for a month of clean water for a family."'),
    )
    body = RichTextField(_("description"), blank=True, features=BODY_FEATURES)
    related_flagship = models.ForeignKey(
        "flagships.FlagshipPage",
        verbose_name=_("related flagship"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The flagship programme this project belongs to, if any."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        CoverImageMixin.cover_image_panel(),
        FieldPanel("thematic_area"),
        FieldRowPanel([FieldPanel("country"), FieldPanel("country_region")], heading=_("Place")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("goal_amount"), FieldPanel("currency")]),
                FieldPanel("status"),
                FieldPanel("keep_open_after_goal"),
            ],
            heading=_("Funding"),
            help_text=_("The amount received is calculated from the donation ledger; it cannot be typed in."),
        ),
        FieldPanel("focal_point"),
        FieldPanel("related_flagship"),
        FieldPanel("gift_impact"),
        FieldPanel("body"),
        InlinePanel("reports", label=_("Project reports")),
    ]

    # The code is what API clients filter on, so every language keeps the source's.
    override_translatable_fields = [SynchronizedField("country")]

    base_form_class = DonationProjectPageForm
    api_detail_route = "donation-project"
    parent_page_types = ["donate.DonatePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("donation project page")

    def text_fragments(self):
        return [
            ("summary", plain_text_to_html(self.summary)),
            ("gift_impact", plain_text_to_html(self.gift_impact)),
            ("body", self.body),
        ]

    def place_name(self, language_code: str | None = None) -> str:
        """Where the project is, for visitors: the country's name in the language
        (the active one by default), else the region as written."""
        if self.country:
            return country_name(self.country, language_code)
        return self.country_region

    @property
    def place_label(self) -> str:
        return self.place_name()

    def structured_data(self, request) -> dict:
        """schema.org DonateAction: what a gift here goes to (rendered as JSON-LD)."""
        from core.images import share_image_url
        from core.rendering import visible_text
        from home.models import OrganisationSettings

        organisation = OrganisationSettings.for_request(request).organisation_name if request else ""
        data = {
            "@type": "DonateAction",
            "name": self.title,
            "description": visible_text(self.rendered["summary"]),
            "url": page_absolute_url(self, request),
            "image": share_image_url(self, request),
            "recipient": {
                "@type": "Organization",
                "name": organisation,
                "url": base_url(request),
            },
            "priceSpecification": {"@type": "PriceSpecification", "priceCurrency": self.currency},
        }
        return {key: value for key, value in data.items() if value}

    @property
    def accepts_gifts(self) -> bool:
        return self.goal_amount is not None and self.effective_status() == ProjectStatus.OPEN

    def progress(self):
        """Funding progress from the ledger; kept on the instance (`progress_data`)
        so a card, a page and the API read it with one query."""
        if getattr(self, "progress_data", None) is None:
            self.progress_data = progress_for([self])[self.translation_key]
        return self.progress_data

    def effective_status(self) -> str:
        """What donors are told: an open project whose ledger has reached its goal
        is funded (and stops asking), unless an editor keeps it open."""
        if self.status != ProjectStatus.OPEN or self.keep_open_after_goal or not self.goal_amount:
            return self.status
        return ProjectStatus.FUNDED if self.progress().received >= self.goal_amount else ProjectStatus.OPEN

    def get_effective_status_display(self) -> str:
        return ProjectStatus(self.effective_status()).label

    def donate_page(self):
        """The Donate page above (suggested amounts, the general gift), fetched once."""
        if not hasattr(self, "_donate_page"):
            self._donate_page = (
                DonatePage.objects.filter(pk=self.get_parent().pk).prefetch_related("suggested_amounts").first()
            )
        return self._donate_page

    def suggestions(self) -> list[Decimal]:
        parent = self.donate_page()
        return parent.suggestions_for(self.currency) if parent else []

    def localized_flagship(self):
        """The related flagship in this page's language where published; None if not public."""
        if not self.related_flagship_id:
            return None
        (flagship,) = localize_pages([self.related_flagship], self.locale)
        return flagship if public_pages().filter(pk=flagship.pk).exists() else None


class DonationProjectReport(TranslatableMixin, Orderable):
    page = ParentalKey(DonationProjectPage, related_name="reports", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link = models.URLField(_("link"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("date"), FieldPanel("document"), FieldPanel("link")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("project report")

    @property
    def url(self) -> str:
        return self.document.url if self.document_id else self.link
