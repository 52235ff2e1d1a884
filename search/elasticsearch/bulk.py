"""Bulk writes that notice when Elasticsearch refuses some of the documents.

A bulk request answers 200 even when items fail; each failed item carries its
own status and error. Those are logged with their reasons and raised, so that a
rebuild or the outbox worker fails loudly instead of leaving the index short.
"""

import logging
from collections import Counter

from elasticsearch import Elasticsearch

logger = logging.getLogger(__name__)

# Items logged one by one; the rest are counted in the summary.
LOGGED_ITEMS = 20


class BulkItemErrors(Exception):
    """Some items of a bulk request were refused."""

    def __init__(self, target: str, failures: list[dict], total: int):
        self.target = target
        self.failures = failures
        self.total = total
        kinds = Counter(failure["error"].get("type", "?") for failure in failures)
        first = {}
        for failure in failures:
            first.setdefault(failure["error"].get("type", "?"), failure["error"].get("reason", ""))
        causes = "; ".join(f"{count} × {kind} ({first[kind]})" for kind, count in kinds.most_common())
        super().__init__(f"Elasticsearch refused {len(failures)} of {total} operations on {target}: {causes}")

    @property
    def missing_alias(self) -> bool:
        """Every item failed because the target is not an alias (no index built yet)."""
        return all(failure["error"].get("type") == "index_not_found_exception" for failure in self.failures)


def index_operations(target: str, bodies: list[dict]) -> list[dict]:
    operations: list[dict] = []
    for body in bodies:
        source = dict(body)
        operations += [{"index": {"_index": target, "_id": source.pop("_id")}}, source]
    return operations


def delete_operations(target: str, page_ids) -> list[dict]:
    return [{"delete": {"_index": target, "_id": page_id}} for page_id in sorted(page_ids)]


def send(client: Elasticsearch, operations: list[dict], target: str, require_alias: bool = False) -> int:
    """Send `operations`; returns how many were applied. Raises BulkItemErrors
    naming the refused items' reasons (a delete of a missing document is fine).

    `require_alias`: refuse to write unless `target` is an alias, instead of
    letting Elasticsearch auto-create an index under the alias's name.
    """
    if not operations:
        return 0
    response = client.bulk(operations=operations, require_alias=require_alias or None)
    items = response.get("items", [])
    failures = []
    for item in items:
        ((action, result),) = item.items()
        if "error" in result:
            failures.append({"action": action, "id": result.get("_id"), "status": result.get("status"),
                             "error": result["error"]})  # fmt: skip
    if failures:
        for failure in failures[:LOGGED_ITEMS]:
            logger.error(
                "Elasticsearch refused %s of document %s in %s: %s %s: %s",
                failure["action"],
                failure["id"],
                target,
                failure["status"],
                failure["error"].get("type"),
                failure["error"].get("reason"),
            )
        if len(failures) > LOGGED_ITEMS:
            logger.error("... and %s more refused operations on %s", len(failures) - LOGGED_ITEMS, target)
        raise BulkItemErrors(target, failures, len(items))
    return len(items)
