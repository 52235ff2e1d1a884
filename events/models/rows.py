"""What hangs off an event: thematic areas and the Member States and partners supporting it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from core.geography import country_name, validate_country
from home.models import ThematicAreaRow


class EventThematicArea(ThematicAreaRow):
    page = ParentalKey("events.EventPage", related_name="thematic_areas", on_delete=models.CASCADE)


class SupporterRole(models.TextChoices):
    """The roles editors usually type (the field's help text names them), so
    each visitor reads them in their language. Any other role is shown as typed:
    inline rows are not translated by wagtail-localize."""

    HOST = "host", _("host")
    CO_HOST = "co-host", _("co-host")
    CO_ORGANISER = "co-organiser", _("co-organiser")
    FUNDING = "funding", _("funding")
    PARTNER = "partner", _("partner")


def role_label(role: str) -> str:
    """A supporter's role in the reader's language where it is one of the usual roles."""
    key = (role or "").strip().lower().replace("co-organizer", "co-organiser")
    return str(SupporterRole(key).label) if key in SupporterRole.values else role


class EventSupporter(Orderable):
    """A Member State (by ISO code, named in each visitor's language) or a partner
    organisation (by its own name, which is not translated) supporting an event."""

    class Kind(models.TextChoices):
        MEMBER_STATE = "member-state", _("Member State")
        PARTNER = "partner", _("Partner")

    page = ParentalKey("events.EventPage", related_name="supporters", on_delete=models.CASCADE)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MEMBER_STATE)
    country = models.CharField(
        _("Member State"),
        max_length=2,
        blank=True,
        validators=[validate_country],
        help_text=_("ISO 3166-1 code, such as ke or fr."),
    )
    partner_name = models.CharField(_("partner"), max_length=200, blank=True)
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("Such as “host”, “co-organiser” or “funding”.")
    )

    panels = [FieldPanel("kind"), FieldPanel("country"), FieldPanel("partner_name"), FieldPanel("role")]

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("supporter")
        verbose_name_plural = _("supporters")

    def clean(self):
        if self.kind == self.Kind.MEMBER_STATE and not self.country:
            raise ValidationError({"country": _("Member State: give its ISO 3166-1 code, such as ke.")})
        if self.kind == self.Kind.PARTNER and not self.partner_name.strip():
            raise ValidationError({"partner_name": _("Partner: give the organisation's name.")})

    def display_name(self, language_code: str) -> str:
        if self.kind == self.Kind.MEMBER_STATE and self.country:
            return country_name(self.country, language_code)
        return self.partner_name
