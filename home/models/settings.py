from django.conf import settings
from django.db import models
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from .review_interval import (
    MAX_REVIEW_INTERVAL_DAYS,
    MIN_REVIEW_INTERVAL_DAYS,
    REVIEW_INTERVAL_VALIDATORS,
    clamped_interval,
    review_interval_constraint,
)


def default_review_interval_days():
    """Read at row creation, not at import, so the setting can change per deployment.
    Clamped: the settings row is created on the first page that reads it, and an
    out-of-bounds deployment setting (reported by the system check
    home.E001) must not make that insert fail on the database's bound."""
    return clamped_interval(settings.FLAGSHIP_REVIEW_INTERVAL_DAYS)


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("organisation name"), max_length=200, default="UN-Habitat")
    # The page shell's identity and footer (site/templates/base.html).
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header beside the name; an SVG or a PNG at least 96 pixels high."),
    )
    mission = models.CharField(
        _("mission line"),
        max_length=200,
        blank=True,
        help_text=_("One sentence under the name in the footer, e.g. “A better urban future for all”."),
    )
    address = models.TextField(_("postal address"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("telephone"), max_length=40, blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("terms of use page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    twitter_url = models.URLField(_("X (Twitter)"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    default_review_interval_days = models.PositiveSmallIntegerField(
        _("default review interval (days)"),
        default=default_review_interval_days,
        validators=REVIEW_INTERVAL_VALIDATORS,
        help_text=format_lazy(
            _(
                "How long a flagship page may go without a review before it is flagged as overdue: "
                "from {minimum} to {maximum} days."
            ),
            minimum=MIN_REVIEW_INTERVAL_DAYS,
            maximum=MAX_REVIEW_INTERVAL_DAYS,
        ),
    )

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("logo"),
        FieldPanel("mission"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("contact_email"), FieldPanel("phone")],
            heading=_("Contact details"),
        ),
        MultiFieldPanel([FieldPanel("privacy_page"), FieldPanel("legal_page")], heading=_("Legal pages")),
        MultiFieldPanel(
            [
                FieldPanel("twitter_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
        ),
        FieldPanel("default_review_interval_days"),
    ]

    class Meta:
        verbose_name = _("organisation settings")
        constraints = [
            review_interval_constraint(
                "default_review_interval_days", name="organisation_default_review_interval_in_bounds", allow_null=False
            )
        ]

    def social_links(self):
        """(label, url) pairs for the links that are set, in a stable order."""
        labels = {
            "twitter_url": "X",
            "linkedin_url": "LinkedIn",
            "facebook_url": "Facebook",
            "instagram_url": "Instagram",
            "youtube_url": "YouTube",
        }
        return [(label, getattr(self, field)) for field, label in labels.items() if getattr(self, field)]
