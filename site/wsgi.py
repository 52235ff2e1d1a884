import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# Everything loaded at start-up (Django, Wagtail, every app's models) lives as long
# as the worker: move it out of the collector's reach, so the full collections that
# a listing's thousands of short-lived objects trigger scan only what requests made
# (a third of the flagships listing's CPU time went to them; docs/benchmarks.md).
gc.freeze()
