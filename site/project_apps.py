"""Find what each of the project's own apps contributes (API router, URLs),
so adding an app never means editing another app's or the project's code."""

import importlib
import importlib.util

from django.apps import apps
from django.conf import settings


def project_app_names() -> list[str]:
    """Our apps, in dependency order: the ones whose code lives in this repository."""
    root = str(settings.BASE_DIR)
    return [
        config.name
        for config in apps.get_app_configs()
        if str(config.path).startswith(root) and ".venv" not in str(config.path)
    ]


def optional_module(app_name: str, module: str):
    name = f"{app_name}.{module}"
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)
