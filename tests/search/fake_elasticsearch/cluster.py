"""The cluster's state (indices, aliases, documents, synonyms sets) and its REST
API, with the rules a real Elasticsearch 8 cluster enforces."""

import copy
import fnmatch
import json
import re
import uuid
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote

from .errors import Reply, error, fielddata_refused, not_found, shard_failure
from .evaluation import (
    Hit,
    Scope,
    agg_fields,
    aggregate,
    field_spec,
    matches,
    parse_date,
    pick,
    query_nested_paths,
    sort_hits,
    true,
)
from .node import FakeNode

DEFAULT_MAX_RESULT_WINDOW = 10_000
DEFAULT_MAX_ANALYZED_OFFSET = 1_000_000
# Token filters whose output cannot be used to parse synonym rules (Elasticsearch's
# `getSynonymFilter` throws for them).
NOT_FOR_SYNONYMS = {"edge_ngram", "ngram", "shingle", "word_delimiter", "word_delimiter_graph", "common_grams",
                    "multiplexer", "fingerprint", "keyword_repeat"}  # fmt: skip
INVALID_INDEX_CHARACTERS = set('\\/*?"<>| ,#:')


def flat_settings(settings: dict, prefix: str = "") -> dict:
    """{"index": {"number_of_replicas": 1}} and {"number_of_replicas": 1} both as
    {"index.number_of_replicas": "1"}, as Elasticsearch stores them."""
    flat = {}
    for key, value in settings.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flat_settings(value, f"{path}."))
        else:
            flat[path] = value
    return {(key if key.startswith("index.") else f"index.{key}"): value for key, value in flat.items()}


@dataclass
class Request:
    method: str
    path: str
    params: dict
    body: object
    headers: object


class FakeIndex:
    def __init__(self, name: str, settings: dict, mappings: dict, operable: bool = True):
        self.name = name
        self.uuid = uuid.uuid4().hex[:22]
        self.settings = settings
        self.mappings = mappings
        self.documents: dict[str, dict] = {}
        self.operable = operable
        self.refreshes = 0

    def setting(self, key: str, default):
        return self.settings.get(f"index.{key}", default)

    @property
    def properties(self) -> dict:
        return self.mappings.setdefault("properties", {})

    def synonym_sets(self) -> set[str]:
        filters = self.settings_tree("analysis.filter")
        return {spec["synonyms_set"] for spec in filters.values() if isinstance(spec, dict) and "synonyms_set" in spec}

    def settings_tree(self, prefix: str) -> dict:
        """The nested dictionary under `index.<prefix>` (analysis definitions)."""
        tree: dict = {}
        start = f"index.{prefix}."
        for key, value in self.settings.items():
            if key.startswith(start):
                node = tree
                parts = key[len(start) :].split(".")
                for part in parts[:-1]:
                    node = node.setdefault(part, {})
                node[parts[-1]] = value
        return tree


class FakeCluster:
    def __init__(self, version: str = "8.19.3"):
        self.version = version
        self.indices: dict[str, FakeIndex] = {}
        # alias -> {index: {"is_write_index": bool | None}}
        self.aliases: dict[str, dict[str, dict]] = {}
        self.synonyms: dict[str, list[dict]] = {}
        self.reloaded: list[tuple[str, str]] = []  # (synonyms set, index)
        self.requests: list[Request] = []
        self.attempts: list[tuple] = []
        self.node_configs: list = []
        self.outage: str | int | None = None
        # Documents whose writes the cluster rejects as overloaded (its write
        # thread pool full), item by item, as a busy cluster does.
        self.overloaded_ids: set[str] = set()
        self.destructive_requires_name = True

    def node_class(self) -> type[FakeNode]:
        return type("FakeNode", (FakeNode,), {"cluster": self})

    # --- what tests read ---------------------------------------------------------

    def alias_target(self, alias: str) -> list[str]:
        return sorted(self.aliases.get(alias, {}))

    def documents(self, alias: str) -> dict[str, dict]:
        """The documents of the indices behind `alias` (or of the index so named)."""
        names = self.alias_target(alias) or ([alias] if alias in self.indices else [])
        found: dict[str, dict] = {}
        for name in names:
            found.update(self.indices[name].documents)
        return found

    def requests_to(self, suffix: str) -> list[Request]:
        return [request for request in self.requests if request.path.endswith(suffix)]

    # --- HTTP ----------------------------------------------------------------------

    def perform(self, method: str, target: str, body: bytes | None, headers=None):
        path, _, query = target.partition("?")
        params = dict(parse_qsl(query, keep_blank_values=True))
        parts = [unquote(part) for part in path.strip("/").split("/") if part]
        payload = self._decode(parts, body)
        self.requests.append(Request(method, path, params, payload, headers or {}))
        try:
            return self._route(method, parts, params, payload)
        except Reply as reply:
            return reply.status, reply.body

    @staticmethod
    def _decode(parts, body):
        if not body:
            return None
        text = body.decode()
        if parts and parts[-1] == "_bulk":
            return [json.loads(line) for line in text.splitlines() if line.strip()]
        return json.loads(text)

    def _route(self, method, parts, params, payload):
        if not parts:
            return 200, self._info()
        head = parts[0]
        if head == "_bulk":
            return 200, self._bulk(None, params, payload)
        if head == "_aliases":
            return 200, self._update_aliases(payload)
        if head == "_alias":
            return self._get_alias(method, parts[1])
        if head == "_synonyms":
            return self._synonyms(method, parts[1], payload)
        if len(parts) == 1:
            return self._index(method, head, params, payload)
        action = parts[1]
        if action == "_bulk":
            return 200, self._bulk(head, params, payload)
        if action == "_search":
            return 200, self._search(head, params, payload or {})
        if action == "_refresh":
            for name in self._resolve(head, params):
                self.indices[name].refreshes += 1
            return 200, {"_shards": {"total": 1, "successful": 1, "failed": 0}}
        if action == "_mapping":
            return 200, {name: {"mappings": self.indices[name].mappings} for name in self._resolve(head, params)}
        if action == "_doc" and method in ("GET", "HEAD"):
            status, found = self._get_document(head, parts[2])
            return status, (None if method == "HEAD" else found)
        if action == "_doc":
            (item,) = self._bulk(None, params, [{"index": {"_index": head, "_id": parts[2]}}, payload])["items"]
            result = item["index"]
            if "error" in result:
                raise Reply(result["status"], {"error": {"root_cause": [result["error"]], **result["error"]},
                                               "status": result["status"]})  # fmt: skip
            return result.pop("status"), result
        raise error(400, "illegal_argument_exception", f"the fake cluster does not know {method} /{'/'.join(parts)}")

    def _info(self):
        return {
            "name": "fake-node-1",
            "cluster_name": "fake",
            "cluster_uuid": "fake-cluster-uuid",
            "version": {"number": self.version, "build_flavor": "default", "lucene_version": "9.12.2"},
            "tagline": "You Know, for Search",
        }

    # --- indices -------------------------------------------------------------------

    def _index(self, method, name, params, payload):
        if method == "PUT":
            return 200, self._create(name, payload or {})
        if method == "DELETE":
            return 200, self._delete(name, params)
        if method == "HEAD":
            try:
                return (200 if self._resolve(name, params) else 404), None
            except Reply:
                return 404, None
        names = self._resolve(name, params)
        return 200, {
            index: {
                "aliases": {alias: {} for alias, members in self.aliases.items() if index in members},
                "mappings": self.indices[index].mappings,
                "settings": self.indices[index].settings,
            }
            for index in names
        }

    def _create(self, name, payload, auto=False):
        if name != name.lower() or name[0] in "_-+" or INVALID_INDEX_CHARACTERS & set(name):
            raise error(400, "invalid_index_name_exception", f"Invalid index name [{name}], must be lowercase",
                        index_uuid="_na_", index=name)  # fmt: skip
        if name in self.indices:
            existing = self.indices[name]
            raise error(400, "resource_already_exists_exception", f"index [{name}/{existing.uuid}] already exists",
                        index_uuid=existing.uuid, index=name)  # fmt: skip
        if name in self.aliases:
            raise error(400, "invalid_index_name_exception", f"Invalid index name [{name}], already exists as alias",
                        index_uuid="_na_", index=name)  # fmt: skip
        settings = flat_settings(payload.get("settings", {}))
        settings.setdefault("index.number_of_shards", 1)
        settings.setdefault("index.number_of_replicas", 1)
        mappings = copy.deepcopy(payload.get("mappings", {}))
        index = FakeIndex(name, settings, mappings)
        self._check_analysis(index)
        missing_sets = index.synonym_sets() - set(self.synonyms)
        # Elasticsearch creates the index but cannot open its shards: it stays
        # unusable until the set exists and the index is reopened.
        index.operable = not missing_sets
        self.indices[name] = index
        for alias, options in payload.get("aliases", {}).items():
            self.aliases.setdefault(alias, {})[name] = {"is_write_index": options.get("is_write_index")}
        return {"acknowledged": True, "shards_acknowledged": index.operable and not auto, "index": name}

    def _check_analysis(self, index: FakeIndex) -> None:
        analysis = index.settings_tree("analysis")
        filters = analysis.get("filter", {})
        analyzers = analysis.get("analyzer", {})
        for spec in filters.values():
            if spec.get("type") == "ngram":
                difference = int(spec.get("max_gram", 2)) - int(spec.get("min_gram", 1))
                allowed = int(index.setting("max_ngram_diff", 1))
                if difference > allowed:
                    raise error(400, "illegal_argument_exception",
                                "The difference between max_gram and min_gram in NGram Tokenizer must be less than or "
                                f"equal to: [{allowed}] but was [{difference}]. This limit can be set by changing the "
                                "[index.max_ngram_diff] index level setting.")  # fmt: skip
        for spec in analyzers.values():
            chain = spec.get("filter", [])
            chain = chain if isinstance(chain, list) else [chain]
            for position, filter_name in enumerate(chain):
                definition = filters.get(filter_name, {"type": filter_name})
                if definition.get("type") not in ("synonym", "synonym_graph"):
                    continue
                for before in chain[:position]:
                    earlier = filters.get(before, {"type": before})
                    kind = earlier.get("type")
                    unigrams = kind == "cjk_bigram" and true(earlier.get("output_unigrams"))
                    if kind in NOT_FOR_SYNONYMS or unigrams:
                        raise error(400, "illegal_argument_exception",
                                    f"Token filter [{before}] cannot be used to parse synonyms")  # fmt: skip
        for analyzer_name in self._index_time_analyzers(index.mappings):
            chain = analyzers.get(analyzer_name, {}).get("filter", [])
            updateable = [name for name in chain if true(filters.get(name, {}).get("updateable"))]
            if updateable:
                raise error(400, "mapper_parsing_exception",
                            f"Failed to parse mapping: analyzer [{analyzer_name}] contains filters {updateable} "
                            "that are not allowed to run in index time mode.".replace("'", ""))  # fmt: skip

    def _index_time_analyzers(self, mapping: dict) -> set[str]:
        found = set()
        for spec in mapping.get("properties", {}).values():
            if "analyzer" in spec:
                found.add(spec["analyzer"])
            found |= self._index_time_analyzers(spec)
            found |= self._index_time_analyzers({"properties": spec.get("fields", {})})
        return found

    def _delete(self, expression, params):
        parts = expression.split(",")
        if self.destructive_requires_name and any(part == "_all" or "*" in part for part in parts):
            raise error(400, "illegal_argument_exception", "Wildcard expressions or all indices are not allowed")
        ignore = params.get("ignore_unavailable") == "true"
        targets = []
        for part in parts:
            if part in self.aliases:
                raise error(400, "illegal_argument_exception",
                            f"The provided expression [{part}] matches an alias, specify the corresponding "
                            "concrete indices instead.")  # fmt: skip
            if part in self.indices:
                targets.append(part)
            elif not ignore:
                raise not_found(part)
        for name in targets:
            self._drop(name)
        return {"acknowledged": True}

    def _drop(self, name: str) -> None:
        del self.indices[name]
        for alias in list(self.aliases):
            self.aliases[alias].pop(name, None)
            if not self.aliases[alias]:
                del self.aliases[alias]

    def _resolve(self, expression: str, params: dict | None = None) -> list[str]:
        params = params or {}
        ignore = params.get("ignore_unavailable") == "true"
        names: list[str] = []
        for part in expression.split(","):
            if part == "_all" or "*" in part:
                pattern = "*" if part == "_all" else part
                names += [name for name in sorted(self.indices) if fnmatch.fnmatchcase(name, pattern)]
                for alias in sorted(self.aliases):
                    if fnmatch.fnmatchcase(alias, pattern):
                        names += sorted(self.aliases[alias])
            elif part in self.aliases:
                names += sorted(self.aliases[part])
            elif part in self.indices:
                names.append(part)
            elif not ignore:
                raise not_found(part)
        return list(dict.fromkeys(names))

    # --- aliases -------------------------------------------------------------------

    def _get_alias(self, method, name):
        if name not in self.aliases:
            return 404, (None if method == "HEAD" else {"error": f"alias [{name}] missing", "status": 404})
        if method == "HEAD":
            return 200, None
        return 200, {index: {"aliases": {name: {}}} for index in sorted(self.aliases[name])}

    def _update_aliases(self, payload):
        actions = [next(iter(action.items())) for action in payload["actions"]]
        removed = set()
        # Elasticsearch deletes `remove_index` targets before applying the other
        # actions, whatever their order in the request.
        for kind, spec in actions:
            if kind == "remove_index":
                name = spec["index"]
                if name in self.aliases:
                    raise error(400, "illegal_argument_exception",
                                f"The provided expression [{name}] matches an alias, specify the corresponding "
                                "concrete indices instead.")  # fmt: skip
                if name not in self.indices:
                    raise not_found(name)
                removed.add(name)
        aliases = copy.deepcopy(self.aliases)
        for kind, spec in actions:
            if kind == "add":
                index, alias = spec["index"], spec["alias"]
                if index not in self.indices or index in removed:
                    raise not_found(index)
                if alias in self.indices and alias not in removed:
                    raise error(400, "invalid_alias_name_exception",
                                f"Invalid alias name [{alias}]: an index or data stream exists with the same name "
                                "as the alias", index_uuid=self.indices[alias].uuid, index=alias)  # fmt: skip
                aliases.setdefault(alias, {})[index] = {"is_write_index": spec.get("is_write_index")}
            elif kind == "remove":
                index, alias = spec["index"], spec["alias"]
                if index not in aliases.get(alias, {}):
                    raise error(404, "aliases_not_found_exception", f"aliases [{alias}] missing",
                                **{"resource.type": "aliases", "resource.id": alias})  # fmt: skip
                del aliases[alias][index]
            elif kind != "remove_index":
                raise error(400, "illegal_argument_exception", f"unknown alias action [{kind}]")
        self.aliases = {alias: members for alias, members in aliases.items() if members}
        for name in removed:
            self._drop(name)
        return {"acknowledged": True, "errors": False}

    # --- documents -----------------------------------------------------------------

    def _bulk(self, default_index, params, lines):
        require_alias = params.get("require_alias") == "true"
        items, position = [], 0
        while position < len(lines):
            ((action, meta),) = lines[position].items()
            position += 1
            source = None
            if action in ("index", "create", "update"):
                source = lines[position]
                position += 1
            target = meta.get("_index", default_index)
            doc_id = str(meta.get("_id") or uuid.uuid4().hex)
            try:
                name = self._write_target(target, meta.get("require_alias", require_alias), action != "delete")
                items.append({action: self._apply(action, name, doc_id, source)})
            except Reply as reply:
                failure = {key: value for key, value in reply.body["error"].items() if key != "root_cause"}
                items.append({action: {"_index": target, "_id": doc_id, "status": reply.status, "error": failure}})
        return {"took": 1, "errors": any("error" in next(iter(item.values())) for item in items), "items": items}

    def _write_target(self, target: str, require_alias: bool, creates: bool) -> str:
        if target in self.aliases:
            members = self.aliases[target]
            writers = [name for name, options in members.items() if options.get("is_write_index")]
            if writers:
                return writers[0]
            if len(members) == 1 and next(iter(members.values())).get("is_write_index") is None:
                return next(iter(members))
            raise error(400, "illegal_argument_exception",
                        f"no write index is defined for alias [{target}]. The write index may be explicitly disabled "
                        "using is_write_index=false or the alias points to multiple indices without one being "
                        "designated as a write index")  # fmt: skip
        if require_alias:
            raise error(404, "index_not_found_exception",
                        f"no such index [{target}] and [require_alias] request flag is [true] and [{target}] is not "
                        "an alias", **{"resource.type": "index_or_alias", "resource.id": target,
                                       "index_uuid": "_na_", "index": target})  # fmt: skip
        if target in self.indices:
            return target
        if creates:
            # `action.auto_create_index` is true by default: the index appears with
            # dynamic mappings and default settings.
            self._create(target, {}, auto=True)
            return target
        raise not_found(target)

    def _apply(self, action, name, doc_id, source):
        index = self.indices[name]
        shards = {"total": 2, "successful": 1, "failed": 0}
        if action == "delete":
            existed = index.documents.pop(doc_id, None) is not None
            return {"_index": name, "_id": doc_id, "_version": 1, "result": "deleted" if existed else "not_found",
                    "_shards": shards, "status": 200 if existed else 404}  # fmt: skip
        if true(index.setting("blocks.read_only_allow_delete", False)):
            raise error(429, "cluster_block_exception",
                        f"index [{name}] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, "
                        "index has read-only-allow-delete block];")  # fmt: skip
        if doc_id in self.overloaded_ids:
            raise error(429, "es_rejected_execution_exception",
                        "rejected execution of coordinating operation [coordinating_and_primary_bytes=104857600, "
                        "replica_bytes=0, all_bytes=104857600, coordinating_operation_bytes=2048, "
                        "max_coordinating_and_primary_bytes=104857600]")  # fmt: skip
        if action == "update":
            source = {**index.documents.get(doc_id, {}), **source.get("doc", {})}
        self._map(index, index.mappings, source, "", doc_id)
        created = doc_id not in index.documents
        index.documents[doc_id] = source
        return {"_index": name, "_id": doc_id, "_version": 1, "result": "created" if created else "updated",
                "_shards": shards, "_seq_no": 0, "_primary_term": 1, "status": 201 if created else 200}  # fmt: skip

    def _map(self, index: FakeIndex, mapping: dict, source: dict, prefix: str, doc_id: str) -> None:
        """Check `source` against `mapping`, adding dynamic mappings for new fields."""
        properties = mapping.setdefault("properties", {})
        for key, value in source.items():
            path = f"{prefix}{key}"
            if value is None:
                continue
            spec = properties.get(key)
            if spec is None:
                spec = properties[key] = self._dynamic(value)
                if spec is None:
                    continue
            kind = spec.get("type", "object")
            values = value if isinstance(value, list) else [value]
            for item in values:
                if item is None:
                    continue
                if kind in ("object", "nested"):
                    if not isinstance(item, dict):
                        raise error(400, "document_parsing_exception",
                                    f"[1:1] object mapping for [{path}] tried to parse field [{key}] as object, but "
                                    "found a concrete value")  # fmt: skip
                    self._map(index, spec, item, f"{path}.", doc_id)
                elif not self._parses(kind, item):
                    preview = item if not isinstance(item, dict | list) else json.dumps(item)
                    raise error(400, "document_parsing_exception",
                                f"[1:1] failed to parse field [{path}] of type [{kind}] in document with id "
                                f"'{doc_id}'. Preview of field's value: '{preview}'")  # fmt: skip

    @staticmethod
    def _parses(kind: str, value) -> bool:
        if isinstance(value, dict):
            return False
        if kind in ("integer", "long", "short", "byte"):
            if isinstance(value, bool):
                return False
            if isinstance(value, int):
                return True
            return isinstance(value, str) and re.fullmatch(r"-?\d+", value.strip()) is not None
        if kind == "date":
            return isinstance(value, int) or (isinstance(value, str) and parse_date(value) is not None)
        if kind == "boolean":
            return isinstance(value, bool) or value in ("true", "false")
        return isinstance(value, str | int | float | bool)

    @staticmethod
    def _dynamic(value):
        sample = next((item for item in value if item is not None), None) if isinstance(value, list) else value
        if sample is None:
            return None
        if isinstance(sample, dict):
            return {"properties": {}}
        if isinstance(sample, bool):
            return {"type": "boolean"}
        if isinstance(sample, int):
            return {"type": "long"}
        if isinstance(sample, float):
            return {"type": "float"}
        if parse_date(sample) is not None and re.match(r"\d{4}-\d{2}-\d{2}", sample):
            return {"type": "date"}
        return {"type": "text", "fields": {"keyword": {"type": "keyword", "ignore_above": 256}}}

    def _get_document(self, expression, doc_id):
        for name in self._resolve(expression):
            if doc_id in self.indices[name].documents:
                return 200, {
                    "_index": name,
                    "_id": doc_id,
                    "found": True,
                    "_source": self.indices[name].documents[doc_id],
                }
        return 404, {"_index": expression, "_id": doc_id, "found": False}

    # --- search --------------------------------------------------------------------

    def _search(self, expression, params, body):
        names = self._resolve(expression, params)
        size, start = int(body.get("size", 10)), int(body.get("from", 0))
        for name in names:
            index = self.indices[name]
            if not index.operable:
                raise shard_failure(name, "no_shard_available_action_exception", "No shard available", status=503)
            window = int(index.setting("max_result_window", DEFAULT_MAX_RESULT_WINDOW))
            if start + size > window:
                raise shard_failure(name, "illegal_argument_exception",
                                    "Result window is too large, from + size must be less than or equal to: "
                                    f"[{window}] but was [{start + size}]. See the scroll api for a more efficient "
                                    "way to request large data sets. This limit can be set by changing the "
                                    "[index.max_result_window] index level setting.")  # fmt: skip
            self._check_fields(index, body)
        documents = [
            Hit(name, doc_id, source) for name in names for doc_id, source in self.indices[name].documents.items()
        ]
        matched = [hit for hit in documents if matches(body.get("query", {"match_all": {}}), hit.source)]
        aggregations = {
            name: aggregate(spec, [Scope(hit.source, hit) for hit in matched])
            for name, spec in (body.get("aggs") or body.get("aggregations") or {}).items()
        }
        shown = [hit for hit in matched if matches(body.get("post_filter", {"match_all": {}}), hit.source)]
        shown = sort_hits(shown, body.get("sort", []))
        page = shown[start : start + size]
        self._check_highlight(body.get("highlight"), page)
        includes = body.get("_source")
        answer = {
            "took": 1,
            "timed_out": False,
            "_shards": {"total": len(names), "successful": len(names), "skipped": 0, "failed": 0},
            "hits": {
                "total": {"value": len(shown), "relation": "eq"},
                "max_score": 1.0 if page else None,
                "hits": [
                    {"_index": hit.index, "_id": hit.id, "_score": 1.0, "_source": pick(hit.source, includes)}
                    for hit in page
                ],
            },
        }
        if aggregations:
            answer["aggregations"] = aggregations
        return answer

    def _check_fields(self, index: FakeIndex, body: dict) -> None:
        for field, kind in agg_fields(body.get("aggs") or body.get("aggregations") or {}):
            spec = field_spec(index.mappings, field)
            if kind == "terms" and spec and spec.get("type") == "text":
                raise shard_failure(index.name, "illegal_argument_exception", fielddata_refused(field))
            if kind in ("nested", "nested_query") and (spec is None or spec.get("type") != "nested"):
                raise shard_failure(index.name, "query_shard_exception",
                                    f"[nested] nested object under path [{field}] is not of nested type")  # fmt: skip
        nested_paths = query_nested_paths(body.get("query", {})) + query_nested_paths(body.get("post_filter", {}))
        for field, _kind in nested_paths:
            spec = field_spec(index.mappings, field)
            if spec is None or spec.get("type") != "nested":
                raise shard_failure(index.name, "query_shard_exception",
                                    f"[nested] failed to create query: [nested] nested object under path [{field}] "
                                    "is not of nested type")  # fmt: skip
        for entry in body.get("sort", []):
            field = entry if isinstance(entry, str) else next(iter(entry))
            spec = field_spec(index.mappings, field)
            if spec and spec.get("type") == "text":
                raise shard_failure(index.name, "illegal_argument_exception", fielddata_refused(field))

    def _check_highlight(self, highlight: dict | None, page: list) -> None:
        if not highlight or "max_analyzed_offset" in highlight:
            return
        for position, hit in enumerate(page):
            index = self.indices[hit.index]
            limit = int(index.setting("highlight.max_analyzed_offset", DEFAULT_MAX_ANALYZED_OFFSET))
            for field, options in highlight.get("fields", {}).items():
                if "max_analyzed_offset" in (options or {}):
                    continue
                value = hit.source.get(field)
                length = len(value) if isinstance(value, str) else 0
                if length > limit:
                    raise shard_failure(hit.index, "illegal_argument_exception",
                                        f"The length [{length}] of field [{field}] in "
                                        f"doc[{position}]/index[{hit.index}] "
                                        f"exceeds the [index.highlight.max_analyzed_offset] limit [{limit}]. To avoid "
                                        "this error, set the query parameter [max_analyzed_offset] to a value less "
                                        f"than index setting [{limit}] and this will tolerate long field values by "
                                        "truncating them.")  # fmt: skip

    # --- synonyms ------------------------------------------------------------------

    def _synonyms(self, method, set_id, payload):
        if method == "PUT":
            rules = payload.get("synonyms_set", [])
            for rule in rules:
                if rule.get("synonyms", "").count("=>") > 1:
                    raise error(400, "action_request_validation_exception",
                                "Validation Failed: 1: More than one explicit mapping specified in the same synonyms "
                                f"rule: [{rule['synonyms']}];")  # fmt: skip
            created = set_id not in self.synonyms
            self.synonyms[set_id] = [{"id": rule.get("id") or uuid.uuid4().hex, **rule} for rule in rules]
            # Updating a set reloads the search analysers that use it.
            users = [name for name, index in self.indices.items() if set_id in index.synonym_sets()]
            self.reloaded += [(set_id, name) for name in users]
            details = [
                {"index": name, "reloaded_analyzers": [], "reloaded_node_ids": ["fake-node-1"]} for name in users
            ]
            return 200, {"result": "created" if created else "updated",
                         "reload_analyzers_details": {"_shards": {"total": len(users), "successful": len(users),
                                                                  "failed": 0}, "reload_details": details}}  # fmt: skip
        if set_id not in self.synonyms:
            raise error(404, "resource_not_found_exception", f"synonyms set [{set_id}] not found")
        if method == "DELETE":
            users = [name for name, index in self.indices.items() if set_id in index.synonym_sets()]
            if users:
                raise error(400, "illegal_argument_exception",
                            f"synonyms set [{set_id}] cannot be deleted as it is used by indices {users}")  # fmt: skip
            del self.synonyms[set_id]
            return 200, {"acknowledged": True}
        return 200, {"count": len(self.synonyms[set_id]), "synonyms_set": self.synonyms[set_id]}
