"""Rebuild a locale's matcher whenever what the public side reads may have changed."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import published, unpublished

from . import matcher
from .models import Abbreviation


def _invalidate(sender, instance, **kwargs):
    matcher.invalidate(instance.locale_id)


def connect():
    published.connect(_invalidate, sender=Abbreviation, dispatch_uid="glossary-published")
    unpublished.connect(_invalidate, sender=Abbreviation, dispatch_uid="glossary-unpublished")
    post_delete.connect(_invalidate, sender=Abbreviation, dispatch_uid="glossary-deleted")
    # Saves outside Wagtail's publish flow (imports, the shell, bulk fixes) can
    # change a live row too; invalidating on them as well costs one cache write.
    post_save.connect(_invalidate, sender=Abbreviation, dispatch_uid="glossary-saved")
