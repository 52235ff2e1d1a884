"""The test suite: fast hashing, media in a throwaway folder, mail kept in memory."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="outreach-test-media-"))
CACHES = {"default": {"BACKEND": "core.cache_backends.ProcessCache"}}
# Most tests create content without Wagtail's publish signals; the freshness
# tests turn the API cache on explicitly.
API_CACHE_SECONDS = 0
PAGE_CACHE_SECONDS = 0

# Login attempts are tracked in the local-memory cache here (one process); production uses Redis.
SILENCED_SYSTEM_CHECKS = ["axes.W001"]
