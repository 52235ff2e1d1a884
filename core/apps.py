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
        from .publish_checks import register_publish_check

        signals.connect()
        changes.connect()
        view_restrictions.connect()
        patches.install()
        uploads.limit_image_decoding()
        register_publish_check(CoverImageMixin, cover_image_has_alt_text)
