"""Demo content: the search documents of every demo page.

Runs after the other apps' demo loaders (search comes last in INSTALLED_APPS).
Their pages were published through Wagtail, so the signal handlers already made
most documents; rebuilding catches pages created without publishing (fixtures,
the home page from the first migration) and is idempotent.
"""

from .sync import rebuild_all


def load(log):
    count = rebuild_all()
    log(f"search: {count} documents")
