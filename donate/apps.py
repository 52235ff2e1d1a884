from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DonateConfig(AppConfig):
    name = "donate"
    label = "donate"
    verbose_name = _("Donate")
