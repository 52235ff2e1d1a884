"""Keep delivery fresh: every public change bumps the content generation."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import DraftStateMixin, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from . import cdn, content_generation


def _on_page_change(sender, instance, **kwargs):
    content_generation.bump_for(instance)
    cdn.purge_page(instance)


def _on_snippet_publication(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        content_generation.bump_for(instance)


def _on_delete(sender, instance, **kwargs):
    # Deleting a page or a published snippet removes it from public answers.
    if isinstance(instance, Page | DraftStateMixin) or content_generation.is_public_model(sender):
        content_generation.bump_for(instance)


def _on_public_model_save(sender, instance, **kwargs):
    if content_generation.is_public_model(sender):
        content_generation.bump_for(instance)


def _name_site(sender, instance, **kwargs):
    # A site without a name shows its hostname on the dashboard of translators
    # and reviewers (their root is a locale's home page): give it the organisation's.
    if not instance.site_name:
        instance.site_name = settings.WAGTAIL_SITE_NAME


def connect():
    pre_save.connect(_name_site, sender=Site, dispatch_uid="site-named")
    page_published.connect(_on_page_change, dispatch_uid="generation-page-published")
    page_unpublished.connect(_on_page_change, dispatch_uid="generation-page-unpublished")
    post_page_move.connect(_on_page_change, dispatch_uid="generation-page-moved")
    published.connect(_on_snippet_publication, dispatch_uid="generation-snippet-published")
    unpublished.connect(_on_snippet_publication, dispatch_uid="generation-snippet-unpublished")
    post_delete.connect(_on_delete, dispatch_uid="generation-deleted")
    post_save.connect(_on_public_model_save, dispatch_uid="generation-public-model-saved")
