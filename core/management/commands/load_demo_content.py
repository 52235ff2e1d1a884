import importlib
import importlib.util
import time

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from core import demo_images


class Command(BaseCommand):
    help = (
        "Create demo content in every language. Idempotent: a second run changes nothing. "
        "Each app contributes through its own `demo.py` with a `load(log)` function, "
        "run in the order of INSTALLED_APPS."
    )

    def handle(self, *args, **options):
        started = time.monotonic()
        for config in apps.get_app_configs():
            module_name = f"{config.name}.demo"
            if importlib.util.find_spec(module_name) is None:
                continue
            module = importlib.import_module(module_name)
            self.stdout.write(self.style.MIGRATE_HEADING(f"{config.label}:"))
            app_started = time.monotonic()
            with transaction.atomic():
                module.load(lambda message: self.stdout.write(f"  {message}"))
            self.stdout.write(f"  done in {time.monotonic() - app_started:.1f} s")
        # Last, so every app's pages exist: their cover images (core/demo_images.py).
        self.stdout.write(self.style.MIGRATE_HEADING("cover images:"))
        images_started = time.monotonic()
        with transaction.atomic():
            demo_images.load(lambda message: self.stdout.write(f"  {message}"))
        self.stdout.write(f"  done in {time.monotonic() - images_started:.1f} s")
        self.stdout.write(self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.1f} s."))
