"""The iCalendar SEQUENCE of each event, kept outside the page and its revisions.

A subscribed calendar replaces its copy of an event only when SEQUENCE grows.
Stored on the page, the counter would be copied by wagtail-localize into each
translation and rolled back by reverting to an old revision; here there is one
row per event (its translation key), and one content fingerprint per language,
so a change to any language copy's dates, place, status or text bumps it.
"""

from django.db import models


class CalendarSequence(models.Model):
    translation_key = models.UUIDField(unique=True)
    sequence = models.PositiveIntegerField(default=0)
    # {language code: fingerprint of what the feed says about the event in that language}
    fingerprints = models.JSONField(default=dict)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "calendar sequence"

    def __str__(self):
        return f"{self.translation_key}: {self.sequence}"
