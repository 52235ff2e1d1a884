from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _


class LocaleRole(models.Model):
    """Ties a group to one locale: its members translate (and, for reviewers,
    publish) content in that locale only. Groups without a role are unrestricted."""

    group = models.OneToOneField(Group, on_delete=models.CASCADE, related_name="locale_role")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    can_publish = models.BooleanField(_("can publish"), default=False)

    class Meta:
        verbose_name = _("locale role")

    def __str__(self):
        kind = _("reviewers") if self.can_publish else _("translators")
        return f"{self.locale.language_code} {kind}"
