from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The platform every app builds on; it has no page type of its own."""

    name = "core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self):
        from . import changes, patches, signals, uploads, view_restrictions
        from .models.cover_image import CoverImageMixin, cover_image_has_alt_text
        from .models.publishable import PublishableTranslatableSnippet
        from .models.text_rules import stored_text_is_clean
        from .pages import PublicPageMixin
        from .publish_checks import register_publish_check

        signals.connect()
        changes.connect()
        view_restrictions.connect()
        patches.install()
        uploads.limit_image_decoding()
        register_publish_check(CoverImageMixin, cover_image_has_alt_text)
        # Whatever path wrote it (a translation included), no control character or
        # over-long value reaches a live page or snippet (core.models.text_rules).
        register_publish_check(PublicPageMixin, stored_text_is_clean)
        register_publish_check(PublishableTranslatableSnippet, stored_text_is_clean)
