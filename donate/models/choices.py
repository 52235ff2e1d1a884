from django.db import models
from django.utils.translation import gettext_lazy as _


class ProjectStatus(models.TextChoices):
    OPEN = "open", _("Open: needs funding")
    FUNDED = "funded", _("Funded")
    CLOSED = "closed", _("Closed")


class Frequency(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    MONTHLY = "monthly", _("Monthly")
