from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The platform every app builds on; it has no page type of its own."""

    name = "core"
    label = "core"
    verbose_name = _("Platform")

    def ready(self):
        from . import changes, patches, signals, uploads

        signals.connect()
        changes.connect()
        patches.install()
        uploads.limit_image_decoding()
