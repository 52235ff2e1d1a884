"""Elasticsearch backend, for sites that outgrow the database.

The search service talks to this class only. What it sends is built in
`search.elasticsearch` (index definition, query bodies, bulk writes, the life
cycle of the index behind its alias, and the outbox that publishing writes to).

Searches get a short timeout and one retry; a cluster that is down, too slow or
failing (5xx, 429) raises `SearchUnavailable`, so the service answers from the
database, and a circuit breaker then skips the cluster for a while, so that an
outage costs one timeout, not one per request. A 4xx is a request the cluster
refused: it is logged as the bug it is and raised.
"""

import logging
from collections.abc import Callable
from datetime import date
from functools import cached_property

from django.utils.html import escape
from django.utils.translation import gettext as _
from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.models import Locale

from core.search_registry import content_type_labels

from ..elasticsearch import connection, lifecycle, outbox
from ..elasticsearch.connection import CircuitBreaker, describe, is_missing_index, is_outage
from ..elasticsearch.mapping import alias_name
from ..elasticsearch.queries import autocomplete_body, search_body
from ..query import QueryPlan
from ..results import FacetValue, Filters, Result, SearchPage
from . import SearchUnavailable

logger = logging.getLogger(__name__)


class ElasticsearchBackend:
    name = "elasticsearch"

    def __init__(self, url: str | None = None, client=None):
        """`url` replaces ELASTICSEARCH_URL (and the cloud id); `client`, an
        `Elasticsearch` instance, replaces both."""
        self.url = url
        self._client = client
        self.breaker = CircuitBreaker()

    @cached_property
    def client(self):
        return self._client if self._client is not None else connection.build_client(self.url)

    @cached_property
    def search_client(self):
        return connection.for_searching(self.client)

    @cached_property
    def index_client(self):
        return connection.for_indexing(self.client)

    # --- reading ---------------------------------------------------------------

    def search(self, plan: QueryPlan, locale: Locale, filters: Filters, offset: int, limit: int) -> SearchPage:
        default = Locale.get_default().language_code
        body = search_body(plan, locale.language_code, default, filters, offset, limit)
        response = self._ask(lambda client: client.search(index=alias_name(), body=body))
        return parse_search_response(response, locale.language_code)

    def autocomplete(self, text: str, locale: Locale, limit: int) -> list[dict]:
        default = Locale.get_default().language_code
        body = autocomplete_body(text, locale.language_code, default, limit)
        response = self._ask(lambda client: client.search(index=alias_name(), body=body))
        return [
            {
                "title": hit["_source"]["title"],
                "url": hit["_source"]["url"],
                "type": hit["_source"]["content_type"],
                "locale": hit["_source"]["locale"],
                "translated": hit["_source"]["locale"] == locale.language_code,
            }
            for hit in response["hits"]["hits"]
        ]

    def _ask(self, request: Callable):
        if self.breaker.is_open():
            raise SearchUnavailable("Elasticsearch failed recently; waiting before trying again")
        try:
            response = request(self.search_client)
        except (ApiError, TransportError) as error:
            if is_outage(error):
                self.breaker.trip()
                logger.warning(
                    "Elasticsearch is unavailable (%s); searches use the database for the next %s s",
                    describe(error),
                    int(self.breaker.seconds),
                )
                raise SearchUnavailable(describe(error)) from error
            if is_missing_index(error):
                logger.warning("No search index behind %s yet: run `manage.py rebuild_search_documents`", alias_name())
                raise SearchUnavailable(describe(error)) from error
            logger.error("Elasticsearch refused a search request, a bug to fix: %s", describe(error))
            raise
        self.breaker.close()
        return response

    # --- writing ---------------------------------------------------------------

    def documents_changed(self, translation_keys, removed_page_ids) -> None:
        """Queue the changed pages (all translations of each: their
        `available_locales` changed too) and the removed ones for the worker;
        publishing does not wait on the cluster."""
        outbox.enqueue_documents(translation_keys, removed_page_ids)

    def sync(self, limit: int = 200) -> outbox.DrainResult:
        """Send queued changes (the `sync_search_index` command)."""
        return outbox.drain(self.index_client, limit)

    def rebuild(self, progress: Callable[[int, int], None] | None = None, chunk_size: int = 500) -> str:
        """Build a new index, fill it, catch up, then move the alias in one atomic
        step and drop the old index. Raises `lifecycle.RebuildFailed` with the reason."""
        build = lifecycle.rebuild(self.index_client, progress=progress, chunk_size=chunk_size)
        return _("Index %(name)s now serves %(alias)s with %(count)s documents.") % {
            "name": build.index,
            "alias": build.alias,
            "count": build.documents,
        }


def parse_search_response(response: dict, locale_code: str) -> SearchPage:
    labels = content_type_labels()
    results = []
    for hit in response["hits"]["hits"]:
        source = hit["_source"]
        fragments = [fragment for values in hit.get("highlight", {}).values() for fragment in values]
        results.append(
            Result(
                page_id=source["page_id"],
                type=source["content_type"],
                title=source["title"],
                snippet=fragments[0] if fragments else escape(source.get("snippet") or ""),
                url=source["url"],
                date=_date(source.get("date")),
                thematic_areas=[(area["slug"], area["name"]) for area in source.get("thematic_areas", [])],
                locale=source["locale"],
                translated=source["locale"] == locale_code,
                highlighted=True,
            )
        )
    aggregations = {
        # Each facet sits in a `filter` aggregation (its scope: the other filters).
        name: response.get("aggregations", {}).get(f"{name}_scope", {}).get(name, {})
        for name in ("type", "year", "thematic_area")
    }
    facets = {
        "type": [
            FacetValue(
                value=bucket["key"], label=str(labels.get(bucket["key"], bucket["key"])), count=bucket["doc_count"]
            )
            for bucket in aggregations.get("type", {}).get("buckets", [])
        ],
        "year": sorted(
            (
                FacetValue(value=str(bucket["key"]), label=str(bucket["key"]), count=bucket["doc_count"])
                for bucket in aggregations.get("year", {}).get("buckets", [])
            ),
            key=lambda item: item.value,
            reverse=True,
        ),
        "thematic_area": sorted(
            (
                FacetValue(
                    value=bucket["key"],
                    label=(bucket["name"]["buckets"] or [{"key": bucket["key"]}])[0]["key"],
                    # Pages, not nested entries (`reverse_nested`).
                    count=bucket.get("pages", {}).get("doc_count", bucket["doc_count"]),
                )
                for bucket in aggregations.get("thematic_area", {}).get("slug", {}).get("buckets", [])
            ),
            key=lambda item: (-item.count, item.label),
        ),
    }
    total = response["hits"]["total"]
    return SearchPage(count=total["value"] if isinstance(total, dict) else total, results=results, facets=facets)


def _date(value):
    return date.fromisoformat(value[:10]) if value else None
