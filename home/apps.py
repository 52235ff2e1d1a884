from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    label = "home"
    verbose_name = _("Home and shared content")

    def ready(self):
        from django.core import checks

        from core.place_parameters import register_translated_slug

        from .models import ThematicArea
        from .models.review_interval import deployment_setting_errors

        checks.register(deployment_setting_errors)
        # Listings filter by the area's slug in their own language (see core.place_parameters).
        register_translated_slug("thematic_area", ThematicArea.objects.live)
