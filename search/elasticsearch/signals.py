"""Glossary changes reach Elasticsearch's synonyms without a rebuild: each
change queues a glossary update in the outbox, which the worker applies."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from wagtail.signals import published, unpublished


def on_glossary_changed(sender, **kwargs):
    if getattr(settings, "SEARCH_BACKEND", "database") == "elasticsearch":
        from .outbox import enqueue_glossary

        enqueue_glossary()


def connect() -> None:
    # The same four signals the glossary rebuilds its own matcher on (the glossary
    # has no change signal of its own to listen to).
    from glossary.models import Abbreviation

    published.connect(on_glossary_changed, sender=Abbreviation, dispatch_uid="site_search_glossary_published")
    unpublished.connect(on_glossary_changed, sender=Abbreviation, dispatch_uid="site_search_glossary_unpublished")
    post_delete.connect(on_glossary_changed, sender=Abbreviation, dispatch_uid="site_search_glossary_deleted")
    post_save.connect(on_glossary_changed, sender=Abbreviation, dispatch_uid="site_search_glossary_saved")
