from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebhooksConfig(AppConfig):
    """Signed notices to static front ends when pages are published or unpublished."""

    name = "webhooks"
    label = "webhooks"
    verbose_name = _("Publish webhooks")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
