from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


def default_review_interval_days():
    """Read at row creation, not at import, so the setting can change per deployment."""
    return settings.FLAGSHIP_REVIEW_INTERVAL_DAYS


@register_setting(icon="site")
class OrganisationSettings(BaseSiteSetting):
    organisation_name = models.CharField(_("organisation name"), max_length=200, default="UN-Habitat")
    twitter_url = models.URLField(_("X (Twitter)"), blank=True)
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    facebook_url = models.URLField(_("Facebook"), blank=True)
    instagram_url = models.URLField(_("Instagram"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    default_review_interval_days = models.PositiveSmallIntegerField(
        _("default review interval (days)"),
        default=default_review_interval_days,
        help_text=_("How long a flagship page may go without a review before it is flagged as overdue."),
    )

    panels = [
        FieldPanel("organisation_name"),
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
