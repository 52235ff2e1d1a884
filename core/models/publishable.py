"""The base every snippet that visitors see builds on."""

from django.db import models
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin


class LiveQuerySet(models.QuerySet):
    def live(self):
        return self.filter(live=True)


class PublishableTranslatableSnippet(TranslatableMixin, DraftStateMixin, RevisionMixin, models.Model):
    """A snippet that is translated, drafted and published like a page.

    Draft state matters for translation: without it wagtail-localize publishes a
    snippet's copy in the target locale at once, still in the source language.
    The public side therefore reads only `live` rows.
    """

    objects = LiveQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        abstract = True
