"""The changes feed: one row per public change, in order, for incremental builds."""

from django.db import models


class ContentChange(models.Model):
    """A page published, unpublished, moved or deleted, or a shared snippet (a
    glossary entry, a thematic area, a focal point) published or unpublished.

    The id is the feed's cursor: a build asks for the changes after the last id
    it has seen. `url_before` is the page's previous public URL when it changed
    (a new slug, a move), so a static build can delete or redirect the old path.
    """

    occurred_at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=20)
    type = models.CharField(max_length=60)
    object_id = models.BigIntegerField()
    locale = models.CharField(max_length=20, blank=True)
    translation_key = models.UUIDField(null=True, blank=True)
    url_before = models.CharField(max_length=2048, blank=True)
    url_after = models.CharField(max_length=2048, blank=True)
    # Pages showing the snippet: [{"id", "type", "locale"}]; empty for pages.
    dependent_pages = models.JSONField(default=list, blank=True)
    # A glossary entry changes the text of every page in its locale.
    affects_whole_locale = models.BooleanField(default=False)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["object_id", "type", "-id"], name="core_change_object_idx")]

    def __str__(self):
        return f"#{self.pk} {self.action} {self.type} {self.object_id}"
