"""Evaluating a search body over stored documents: filters, aggregations, sorting.
Full-text clauses are not analysed (they match every document)."""

import operator
from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass
class Hit:
    index: str
    id: str
    source: dict


@dataclass
class Scope:
    """A document (or nested object, with its root document) seen by an aggregation."""

    source: dict
    root: Hit
    path: str = ""


FULL_TEXT = {"match", "match_phrase", "match_phrase_prefix", "multi_match", "query_string", "simple_query_string",
             "match_bool_prefix", "combined_fields"}  # fmt: skip


def true(value) -> bool:
    return str(value).lower() == "true"


def parse_date(value):
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _values(source: dict, field: str) -> list:
    """Every value at dotted `field` (objects and lists flattened)."""
    current = [source]
    for part in field.split("."):
        following = []
        for item in current:
            if isinstance(item, dict) and item.get(part) is not None:
                value = item[part]
                following.extend(value if isinstance(value, list) else [value])
        current = following
    return current


def _same(stored, wanted) -> bool:
    if isinstance(stored, bool) or isinstance(wanted, bool):
        return stored == wanted
    if isinstance(stored, int | float) or isinstance(wanted, int | float):
        try:
            return float(stored) == float(wanted)
        except (TypeError, ValueError):
            return False
    return str(stored) == str(wanted)


def matches(query: dict, source: dict) -> bool:
    ((kind, spec),) = query.items()
    if kind == "match_all":
        return True
    if kind in FULL_TEXT:
        return True  # not analysed here: see the module's docstring
    if kind == "bool":
        listing = lambda key: spec.get(key, []) if isinstance(spec.get(key, []), list) else [spec[key]]  # noqa: E731
        if not all(matches(item, source) for item in listing("must") + listing("filter")):
            return False
        if any(matches(item, source) for item in listing("must_not")):
            return False
        should = listing("should")
        if should:
            default = 0 if listing("must") or listing("filter") else 1
            needed = int(spec.get("minimum_should_match", default))
            return sum(matches(item, source) for item in should) >= needed
        return True
    if kind == "term":
        ((field, wanted),) = spec.items()
        wanted = wanted["value"] if isinstance(wanted, dict) else wanted
        return any(_same(value, wanted) for value in _values(source, field))
    if kind == "terms":
        ((field, wanted),) = spec.items()
        return any(_same(value, item) for value in _values(source, field) for item in wanted)
    if kind == "ids":
        return False
    if kind == "exists":
        return bool(_values(source, spec["field"]))
    if kind == "range":
        ((field, bounds),) = spec.items()
        return any(_in_range(value, bounds) for value in _values(source, field))
    if kind == "nested":
        objects = _values(source, spec["path"])
        prefix = spec["path"] + "."
        return any(matches(_unprefix(spec["query"], prefix), item) for item in objects if isinstance(item, dict))
    raise ValueError(f"the fake cluster cannot evaluate a {kind!r} query")


def _unprefix(query, prefix: str):
    """A nested query's field names relative to the nested object."""
    if isinstance(query, dict):
        return {(key[len(prefix) :] if key.startswith(prefix) else key): _unprefix(value, prefix)
                for key, value in query.items()}  # fmt: skip
    if isinstance(query, list):
        return [_unprefix(item, prefix) for item in query]
    if isinstance(query, str) and query.startswith(prefix):
        return query[len(prefix) :]
    return query


def _in_range(value, bounds: dict) -> bool:
    def comparable(item):
        if item == "now":
            return datetime.now(UTC)
        date = parse_date(item) if isinstance(item, str) else None
        return date if date is not None else item

    value = comparable(value)
    checks = {"gt": operator.gt, "gte": operator.ge, "lt": operator.lt, "lte": operator.le}
    return all(check(value, comparable(bounds[key])) for key, check in checks.items() if key in bounds)


def aggregate(spec: dict, scopes: list[Scope]) -> dict:
    subs = spec.get("aggs") or spec.get("aggregations") or {}
    kind = next(key for key in spec if key not in ("aggs", "aggregations", "meta"))
    options = spec[kind]
    if kind == "terms":
        field = options["field"]
        relative = field[len(scopes[0].path) + 1 :] if scopes and scopes[0].path else field
        groups: dict = {}
        for scope in scopes:
            for value in dict.fromkeys(_values(scope.source, relative)):
                groups.setdefault(value, []).append(scope)
        ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), str(item[0])))
        size = int(options.get("size", 10))
        buckets = []
        for key, members in ordered[:size]:
            bucket = {"key": key, "doc_count": len(members)}
            bucket.update({name: aggregate(sub, members) for name, sub in subs.items()})
            buckets.append(bucket)
        other = sum(len(members) for _key, members in ordered[size:])
        return {"doc_count_error_upper_bound": 0, "sum_other_doc_count": other, "buckets": buckets}
    if kind == "nested":
        path = options["path"]
        inner = [
            Scope(item, scope.root, path)
            for scope in scopes
            for item in _values(scope.source, path)
            if isinstance(item, dict)
        ]
        return {"doc_count": len(inner), **{name: aggregate(sub, inner) for name, sub in subs.items()}}
    if kind == "filter":
        kept = [scope for scope in scopes if matches(options, scope.source)]
        return {"doc_count": len(kept), **{name: aggregate(sub, kept) for name, sub in subs.items()}}
    if kind == "reverse_nested":
        roots = {(scope.root.index, scope.root.id): scope.root for scope in scopes}
        outer = [Scope(root.source, root) for root in roots.values()]
        return {"doc_count": len(outer), **{name: aggregate(sub, outer) for name, sub in subs.items()}}
    raise ValueError(f"the fake cluster cannot compute a {kind!r} aggregation")


def sort_hits(hits: list[Hit], sort: list) -> list[Hit]:
    for entry in reversed(sort):
        field, options = (entry, {}) if isinstance(entry, str) else next(iter(entry.items()))
        if field == "_score":
            continue
        options = options if isinstance(options, dict) else {"order": options}
        descending = options.get("order", "asc") == "desc"
        present = [hit for hit in hits if _values(hit.source, field)]
        missing = [hit for hit in hits if not _values(hit.source, field)]
        present.sort(key=lambda hit: _sort_key(_values(hit.source, field)[0]), reverse=descending)
        hits = missing + present if options.get("missing") == "_first" else present + missing
    return hits


def _sort_key(value):
    date = parse_date(value) if isinstance(value, str) else None
    return date.timestamp() if date else value


def pick(source: dict, includes):
    if includes is None or includes is True:
        return source
    fields = includes if isinstance(includes, list) else includes.get("includes", [])
    return {key: value for key, value in source.items() if key in fields}


def field_spec(mappings: dict, field: str):
    spec = {"properties": mappings.get("properties", {})}
    for part in field.split("."):
        properties = spec.get("properties") or spec.get("fields") or {}
        spec = properties.get(part)
        if spec is None:
            return None
    return spec


def agg_fields(aggs: dict) -> list[tuple[str, str]]:
    found = []
    for spec in aggs.values():
        for kind, options in spec.items():
            if kind in ("aggs", "aggregations"):
                found += agg_fields(options)
            elif kind == "terms":
                found.append((options["field"], "terms"))
            elif kind == "nested":
                found.append((options["path"], "nested"))
    return found


def query_nested_paths(query) -> list[tuple[str, str]]:
    found = []
    if isinstance(query, dict):
        for key, value in query.items():
            if key == "nested" and isinstance(value, dict) and "path" in value:
                found.append((value["path"], "nested_query"))
            found += query_nested_paths(value)
    elif isinstance(query, list):
        for item in query:
            found += query_nested_paths(item)
    return found
