"""Daily counters of abstract views and downloads.

One row per (publication, [document,] locale, day), keyed to the page's
`translation_key` so the six language copies of a publication share one set of
figures. No visitor data is stored: no IP address, no cookie, no user agent.
Rows are only ever incremented with a single upsert (see publications/counting.py).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DownloadCount(models.Model):
    translation_key = models.UUIDField(_("publication"), db_index=True)
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("locale"), on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "document", "locale", "day"], name="unique_download_count_per_day"
            )
        ]

    def __str__(self):
        return f"{self.day} {self.count}"


class ViewCount(models.Model):
    translation_key = models.UUIDField(_("publication"), db_index=True)
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("locale"), on_delete=models.CASCADE, related_name="+"
    )
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("view count")
        constraints = [
            models.UniqueConstraint(fields=["translation_key", "locale", "day"], name="unique_view_count_per_day")
        ]

    def __str__(self):
        return f"{self.day} {self.count}"
