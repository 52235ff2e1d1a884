"""Purging a CDN's copies of API answers by surrogate key when a page changes.

Answers carry `Surrogate-Key`/`Cache-Tag` headers (core/api_cache.py) naming each
page they show as `page-<translation_key>`; purging that key drops every locale's
answers that include any copy of the page. Without API_PURGE_KEYS_URL nothing is
sent, and shared caches keep answers at most API_SHARED_MAX_AGE seconds.
"""

import logging
import urllib.error
import urllib.request

from django.apps import apps
from django.conf import settings
from django.db import transaction

logger = logging.getLogger(__name__)


def page_keys(page) -> list[str]:
    return [f"page-{page.translation_key}"]


def _send(keys: list[str]) -> None:
    request = urllib.request.Request(
        settings.API_PURGE_KEYS_URL,
        method="PURGE",
        headers={"Surrogate-Key": " ".join(keys), "xkey-purge": " ".join(keys)},
    )
    try:
        with urllib.request.urlopen(request, timeout=10):  # noqa: S310 (a configured URL)
            pass
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        # The answers then expire after API_SHARED_MAX_AGE; a failed purge must not fail a publish.
        logger.warning("CDN purge of %s failed: %s", keys, error)


def purge_page(page) -> None:
    """After the transaction commits, purge the CDN's answers that show `page`."""
    if not settings.API_PURGE_KEYS_URL:
        return
    keys = page_keys(page)
    transaction.on_commit(lambda: _send(keys))


# Keys per PURGE request: CDNs cap the header (Fastly takes 256 keys per request).
KEYS_PER_REQUEST = 200


def purge_pages(pages) -> None:
    """After the transaction commits, purge the CDN's API answers that show any
    of `pages` (a section made private: the section and everything under it),
    and the pages' own URLs where Wagtail's frontend cache is configured (it
    purges them on publish and unpublish only)."""
    pages = list(pages)
    if settings.API_PURGE_KEYS_URL:
        keys = sorted({key for page in pages for key in page_keys(page)})
        for start in range(0, len(keys), KEYS_PER_REQUEST):
            chunk = keys[start : start + KEYS_PER_REQUEST]
            transaction.on_commit(lambda chunk=chunk: _send(chunk))
    if pages and apps.is_installed("wagtail.contrib.frontend_cache"):
        from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

        transaction.on_commit(lambda: purge_pages_from_cache(pages))
