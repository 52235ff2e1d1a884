"""The index's life cycle: rebuilds behind the alias, the glossary's synonyms.

A rebuild fills a new index with a unique name, sends again what changed while
it ran (publishing keeps writing to the alias, which still points at the old
index), moves the alias in one atomic step and drops the old index. Searches
never see a half-built index and no change made during the rebuild is lost.
Writes other than the rebuild's go through the alias only (`require_alias`), so
nothing can auto-create an index under the alias's name; one left by older code
or by hand is removed in the same atomic step that moves the alias.
"""

import contextlib
import logging
import secrets
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from elasticsearch import AuthorizationException, Elasticsearch, NotFoundError

from core.serializers import locale_codes

from ..models import IndexBuild, IndexUpdate, SearchDocument
from .bulk import BulkItemErrors, delete_operations, index_operations, send
from .connection import describe
from .documents import document_bodies
from .mapping import LANGUAGES, alias_name, index_definition, rules_by_language, synonym_set_id

logger = logging.getLogger(__name__)

# A change is caught up if it was recorded up to this long before the rebuild
# started: a transaction that began earlier may commit after the rebuild read
# its rows, and app servers' clocks differ. Re-sending a few documents twice
# costs nothing.
CATCH_UP_MARGIN = timedelta(minutes=5)
# Operations per bulk request.
BULK_SIZE = 1000


class RebuildFailed(Exception):
    """A rebuild stopped; the message says why and what state the alias is in."""


def new_index_name(alias: str) -> str:
    """`<alias>-<UTC time>-<random>`: two rebuilds in the same second still get
    different names (Elasticsearch refuses to create an index that exists)."""
    return f"{alias}-{timezone.now():%Y%m%d%H%M%S}-{secrets.token_hex(4)}"


def synonym_sets_supported(client: Elasticsearch) -> bool:
    """Whether the glossary can live in synonyms sets (Elasticsearch 8.10+, or
    serverless), unless ELASTICSEARCH_SYNONYM_SETS turns them off (an API key
    without the `manage_search_synonyms` privilege, for instance)."""
    if not getattr(settings, "ELASTICSEARCH_SYNONYM_SETS", True):
        return False
    try:
        version = client.info()["version"]
    except AuthorizationException as error:
        logger.warning(
            "Cannot read the cluster's version (%s); the glossary is written inline. Give the API key the "
            "`monitor` cluster privilege, or set ELASTICSEARCH_SYNONYM_SETS=false to silence this.",
            describe(error),
        )
        return False
    if version.get("build_flavor") == "serverless":
        return True
    major, minor = (int(part) for part in version["number"].split("-")[0].split(".")[:2])
    return (major, minor) >= (8, 10)


def put_synonym_sets(client: Elasticsearch, rules: dict[str, list[str]], alias: str | None = None) -> None:
    """Write each language's glossary rules to its synonyms set; Elasticsearch
    reloads the search analysers that use a set when it changes."""
    for language in LANGUAGES:
        client.synonyms.put_synonym(
            id=synonym_set_id(language, alias),
            synonyms_set=[{"synonyms": rule} for rule in rules.get(language, [])],
        )


def update_glossary(client: Elasticsearch) -> str:
    """Bring the live index's synonyms up to date with the glossary, without a
    rebuild where the index reads them from synonyms sets. Returns what was done."""
    alias = alias_name()
    try:
        mappings = client.indices.get_mapping(index=alias)
    except NotFoundError:
        return "no index yet: the first rebuild reads the glossary"
    metas = [definition.get("mappings", {}).get("_meta", {}) for definition in mappings.values()]
    if any(meta.get("glossary") == "synonyms_set" for meta in metas):
        put_synonym_sets(client, rules_by_language(), alias)
        return "synonyms sets updated"
    logger.info(
        "The index behind %s has its glossary inline: rebuild it to use the new synonyms "
        "(queries already search each abbreviation's expansion).",
        alias,
    )
    return "inline synonyms: applied at the next rebuild"


def changes_since(moment) -> tuple[set[str], set[int]]:
    """(translation keys, removed page ids) changed since `moment`, from the outbox
    (sent or not) and the documents' own timestamps."""
    keys: set[str] = set()
    removed: set[int] = set()
    rows = IndexUpdate.objects.filter(kind=IndexUpdate.DOCUMENTS, created_at__gte=moment)
    for row_keys, row_removed in rows.values_list("translation_keys", "removed_page_ids"):
        keys.update(row_keys or [])
        removed.update(row_removed or [])
    updated = SearchDocument.objects.filter(updated_at__gte=moment).values_list("translation_key", flat=True)
    keys.update(str(key) for key in updated)
    return keys, removed


def send_documents(client: Elasticsearch, target: str, keys, removed_page_ids, require_alias: bool) -> int:
    """Send every document of the pages with `keys` (all their translations:
    `available_locales` changes with them) and delete the removed pages' ones."""
    codes = locale_codes()
    documents = list(SearchDocument.objects.filter(translation_key__in=sorted(keys)).order_by("pk"))
    kept = {document.page_id for document in documents}
    operations = delete_operations(target, set(removed_page_ids) - kept)
    for start in range(0, len(documents), BULK_SIZE // 2):
        operations += index_operations(target, document_bodies(documents[start : start + BULK_SIZE // 2], codes))
    sent = 0
    for start in range(0, len(operations), BULK_SIZE):
        sent += send(client, operations[start : start + BULK_SIZE], target, require_alias=require_alias)
    return sent


def fill(client: Elasticsearch, name: str, progress: Callable[[int, int], None] | None, chunk_size: int) -> int:
    codes = locale_codes()
    total = SearchDocument.objects.count()
    done, last = 0, 0
    while True:
        chunk = list(SearchDocument.objects.order_by("pk").filter(pk__gt=last)[:chunk_size])
        if not chunk:
            return done
        last = chunk[-1].pk
        send(client, index_operations(name, document_bodies(chunk, codes)), name)
        done += len(chunk)
        if progress:
            progress(done, total)


def swap(client: Elasticsearch, alias: str, name: str) -> list[str]:
    """Point `alias` at `name` alone, in one atomic request; returns the indices it
    pointed at before. An index that squats the alias's name is removed in the
    same request (`remove_index`), otherwise Elasticsearch refuses the alias."""
    try:
        old = [index for index in client.indices.get_alias(name=alias) if index != name]
    except NotFoundError:
        old = []
    actions: list[dict] = [{"remove": {"index": index, "alias": alias}} for index in old]
    if not old and client.indices.exists(index=alias):
        logger.warning("Index %s had the alias's name (written to before any rebuild); it is replaced.", alias)
        actions.append({"remove_index": {"index": alias}})
    actions.append({"add": {"index": name, "alias": alias, "is_write_index": True}})
    client.indices.update_aliases(actions=actions)
    return old


def rebuild(client: Elasticsearch, progress=None, chunk_size: int = 500) -> IndexBuild:
    """Build a new index from the search documents and swap it in behind the alias.

    Raises RebuildFailed with the reason; a new index that never went live is
    deleted, and the alias keeps serving the previous one.
    """
    alias = alias_name()
    name = new_index_name(alias)
    build = IndexBuild.objects.create(alias=alias, index=name, started_at=timezone.now())
    created = swapped = False
    try:
        synonym_sets = synonym_sets_supported(client)
        rules = rules_by_language()
        if synonym_sets:
            # Sets must exist before an index refers to them.
            put_synonym_sets(client, rules, alias)
        client.indices.create(index=name, **index_definition(name, rules, synonym_sets))
        created = True
        build.documents = fill(client, name, progress, chunk_size)
        caught_up_at = timezone.now()
        send_documents(client, name, *changes_since(build.started_at - CATCH_UP_MARGIN), require_alias=False)
        client.indices.refresh(index=name)
        old = swap(client, alias, name)
        swapped = True
        # What reached the old index between the catch-up and the swap.
        send_documents(client, name, *changes_since(caught_up_at - CATCH_UP_MARGIN), require_alias=False)
        for index in old:
            client.indices.delete(index=index, ignore_unavailable=True)
    except Exception as error:
        reason = str(error) if isinstance(error, BulkItemErrors) else describe(error)
        build.error = reason
        build.save(update_fields=["documents", "error"])
        if created and not swapped:
            _drop_unfinished(client, name)
            state = f"{alias} still serves the previous index; {name} was deleted"
        elif swapped:
            state = f"{alias} now serves {name}; run the rebuild again to be sure it is complete"
        else:
            state = f"{alias} still serves the previous index"
        raise RebuildFailed(f"Rebuilding the search index failed: {reason}. {state}.") from error
    except BaseException:
        if created and not swapped:
            _drop_unfinished(client, name)
        raise
    build.finished_at = timezone.now()
    build.save(update_fields=["documents", "finished_at"])
    return build


def _drop_unfinished(client: Elasticsearch, name: str) -> None:
    try:
        client.indices.delete(index=name, ignore_unavailable=True)
    except Exception as error:
        logger.error("Could not delete the unfinished index %s (%s): delete it by hand.", name, describe(error))


def drop(client: Elasticsearch, alias: str) -> list[str]:
    """Delete every index built for `alias` (and one squatting its name), by exact
    name: Elasticsearch 8 refuses wildcard deletes (`action.destructive_requires_name`).
    Then its synonyms sets. For tearing down a test alias or a decommissioned site."""
    names = sorted(client.indices.get(index=f"{alias}-*", allow_no_indices=True, expand_wildcards="all"))
    if client.indices.exists(index=alias) and not client.indices.exists_alias(name=alias):
        names.append(alias)
    if names:
        client.indices.delete(index=",".join(names))
    for language in LANGUAGES:
        with contextlib.suppress(NotFoundError):
            client.synonyms.delete_synonym(id=synonym_set_id(language, alias))
    return names
