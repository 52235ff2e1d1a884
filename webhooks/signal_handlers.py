from django.conf import settings
from wagtail.signals import page_published, page_unpublished

from .outbox import enqueue, page_payload


def _published(sender, instance, **kwargs):
    if settings.PUBLISH_WEBHOOK_URLS:
        enqueue("page.published", page_payload("page.published", instance))


def _unpublished(sender, instance, **kwargs):
    if settings.PUBLISH_WEBHOOK_URLS:
        enqueue("page.unpublished", page_payload("page.unpublished", instance))


def connect():
    page_published.connect(_published, dispatch_uid="webhooks-page-published")
    page_unpublished.connect(_unpublished, dispatch_uid="webhooks-page-unpublished")
