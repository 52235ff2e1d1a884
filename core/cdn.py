"""Purging a CDN's copies of API answers by surrogate key when a page changes.

Answers carry `Surrogate-Key`/`Cache-Tag` headers (core/api_cache.py) naming each
page they show as `page-<translation_key>`; purging that key drops every locale's
answers that include any copy of the page. Without API_PURGE_KEYS_URL nothing is
sent, and shared caches keep answers at most API_SHARED_MAX_AGE seconds.
"""

import logging
import urllib.error
import urllib.request

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
