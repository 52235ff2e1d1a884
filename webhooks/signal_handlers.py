from django.conf import settings
from wagtail.signals import page_published, page_unpublished

from core.view_restrictions import visibility_changed

from .outbox import enqueue, page_payload


def _published(sender, instance, **kwargs):
    if settings.PUBLISH_WEBHOOK_URLS:
        enqueue("page.published", page_payload("page.published", instance))


def _unpublished(sender, instance, **kwargs):
    if settings.PUBLISH_WEBHOOK_URLS:
        enqueue("page.unpublished", page_payload("page.unpublished", instance))


def _visibility_changed(sender, restricted, unrestricted, **kwargs):
    # A page made private (or public again) is gone from (or back on) the public
    # site like an unpublished (published) one: front ends rebuild or drop it.
    if settings.PUBLISH_WEBHOOK_URLS:
        for event, pages in (("page.restricted", restricted), ("page.unrestricted", unrestricted)):
            for page in pages:
                enqueue(event, page_payload(event, page))


def connect():
    page_published.connect(_published, dispatch_uid="webhooks-page-published")
    page_unpublished.connect(_unpublished, dispatch_uid="webhooks-page-unpublished")
    visibility_changed.connect(_visibility_changed, dispatch_uid="webhooks-page-visibility")
