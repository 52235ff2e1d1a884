"""System checks for the search settings (`manage.py check`, run at start-up):
a misconfigured Elasticsearch shows up when the site starts, not when a
visitor searches."""

import os

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

BACKENDS = ("database", "elasticsearch")


@register(Tags.compatibility)
def search_settings(app_configs, **kwargs):
    backend = getattr(settings, "SEARCH_BACKEND", "database")
    if backend not in BACKENDS:
        return [Error(f"SEARCH_BACKEND is {backend!r}.", hint="Use 'database' or 'elasticsearch'.", id="search.E001")]
    if backend != "elasticsearch":
        return []
    return _elasticsearch_settings()


def _elasticsearch_settings() -> list:
    from .elasticsearch.connection import node_urls

    problems = []
    url = settings.ELASTICSEARCH_URL
    cloud_id = settings.ELASTICSEARCH_CLOUD_ID
    if not url and not cloud_id:
        problems.append(
            Error(
                "SEARCH_BACKEND is 'elasticsearch' but neither ELASTICSEARCH_URL nor ELASTICSEARCH_CLOUD_ID is set.",
                hint="e.g. ELASTICSEARCH_URL=https://search.example.org:9200",
                id="search.E002",
            )
        )
    if url and cloud_id:
        problems.append(Warning("ELASTICSEARCH_CLOUD_ID is set, so ELASTICSEARCH_URL is ignored.", id="search.W001"))
    urls = []
    if url and not cloud_id:
        try:
            urls = node_urls()
        except ValueError as error:
            problems.append(Error(f"ELASTICSEARCH_URL: {error}", id="search.E003"))
    credentials = settings.ELASTICSEARCH_API_KEY or any("@" in part.split("//", 1)[-1] for part in urls)
    if credentials and any(part.startswith("http://") for part in urls) and not settings.DEBUG:
        problems.append(
            Warning(
                "Elasticsearch credentials would be sent over plain http.",
                hint="Use an https:// ELASTICSEARCH_URL (and ELASTICSEARCH_CA_CERTS for a self-signed CA).",
                id="search.W002",
            )
        )
    ca_certs = settings.ELASTICSEARCH_CA_CERTS
    if ca_certs and not os.path.exists(ca_certs):
        problems.append(Error(f"ELASTICSEARCH_CA_CERTS names {ca_certs!r}, which does not exist.", id="search.E004"))
    if settings.ELASTICSEARCH_REPLICAS < 1:
        problems.append(
            Warning(
                "ELASTICSEARCH_REPLICAS is 0: on a cluster, a node restart leaves the index red until it is back.",
                hint="Keep 0 only on a single-node cluster (where a replica could never be assigned).",
                id="search.W003",
            )
        )
    return problems
