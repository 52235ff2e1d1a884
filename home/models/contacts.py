from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from core.models import PublishableTranslatableSnippet


class Contact(index.Indexed, PublishableTranslatableSnippet):
    """A focal point people can reach "for further information".

    Name, role, unit, email and phone are public by design. `internal_notes` and
    `user` are for staff only and never leave the admin.
    """

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    organisation_unit = models.CharField(_("organisation unit"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Staff only: never shown on the site or in the API.")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("linked user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Staff only: lets reminders reach the person behind this contact."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation_unit"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone")], heading=_("How to reach them")),
        MultiFieldPanel([FieldPanel("internal_notes"), FieldPanel("user")], heading=_("Internal")),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("role"), index.FilterField("locale_id")]

    class Meta(PublishableTranslatableSnippet.Meta):
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.role})" if self.role else self.name

    def clean(self):
        super().clean()
        if not self.email and not self.phone:
            raise ValidationError(
                {"email": _("Give an email address or a phone number: a contact nobody can reach is no contact.")}
            )
