"""Which backend answers: the one `settings.SEARCH_BACKEND` names.

Both paths need it: the read path (`search.service`) asks it to search, the
write path (`search.sync`) tells it which documents changed. Kept here, below
both, so neither path imports the other."""

from functools import cache

from django.conf import settings


@cache
def _backend(name: str, url: str):
    # Imported on first use: the Elasticsearch client is not loaded unless configured.
    if name == "elasticsearch":
        from .elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend()
    from .database import DatabaseBackend

    return DatabaseBackend()


def get_backend():
    """The backend `settings.SEARCH_BACKEND` names (`database` or `elasticsearch`)."""
    return _backend(getattr(settings, "SEARCH_BACKEND", "database"), getattr(settings, "ELASTICSEARCH_URL", ""))
