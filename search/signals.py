"""Signal handlers: publishing, unpublishing, moving, deleting and restricting
pages (translations included, as each is a page of its own) keep the search
documents current."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .sync import remove_pages, sync_pages, sync_subtree


def on_published(sender, instance, **kwargs):
    sync_pages([instance])


def on_unpublished(sender, instance, **kwargs):
    sync_pages([instance])


def on_moved(sender, instance, **kwargs):
    # URLs (and possibly visibility) of the whole subtree changed.
    sync_subtree(instance)


def on_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        remove_pages([instance.pk])


def on_restriction_changed(sender, instance, **kwargs):
    try:
        page = instance.page
    except Page.DoesNotExist:
        return
    sync_subtree(page)


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="site_search_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="site_search_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="site_search_moved")
    post_delete.connect(on_deleted, dispatch_uid="site_search_deleted")
    post_save.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="site_search_restricted")
    post_delete.connect(on_restriction_changed, sender=PageViewRestriction, dispatch_uid="site_search_unrestricted")
