"""People who asked for the monthly brief or the newsletter, by email, in one language.

Addresses are personal data: they are shown only in the admin, to people with the
permission to see subscribers, and never on the site or in the API.
"""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class Audience(models.TextChoices):
    BRIEF = "brief", _("Monthly brief")
    NEWSLETTER = "newsletter", _("Urban Impact newsletter")


class SubscriberQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=Subscriber.Status.CONFIRMED)

    def wanting(self, audience: str):
        """Confirmed subscribers who chose `audience` ("brief" or "newsletter")."""
        field = {Audience.BRIEF: "wants_brief", Audience.NEWSLETTER: "wants_newsletter"}[audience]
        return self.confirmed().filter(**{field: True})


class Subscriber(models.Model):
    """One address. Nobody is sent an issue until they confirm from the link in
    the confirmation email (double opt-in)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        CONFIRMED = "confirmed", _("Confirmed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")

    email = models.EmailField(_("email"), max_length=254)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    wants_brief = models.BooleanField(_("monthly brief"), default=False)
    wants_newsletter = models.BooleanField(_("newsletter"), default=False)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(_("signed up at"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(_("confirmation sent at"), null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)
    bounces = models.PositiveSmallIntegerField(_("hard bounces"), default=0)

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at", "-pk"]
        constraints = [models.UniqueConstraint(Lower("email"), name="briefs_unique_subscriber_email")]
        indexes = [models.Index(fields=["status", "language"], name="briefs_subscriber_status")]

    def __str__(self):
        return self.email

    def wants(self, audience: str) -> bool:
        return self.wants_brief if audience == Audience.BRIEF else self.wants_newsletter
