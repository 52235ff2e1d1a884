"""A fake Elasticsearch 8 cluster behind the real client.

`FakeCluster.node_class()` is an `elastic_transport` node class: the installed
`elasticsearch` client and its transport send it the HTTP requests they would
send over a socket (method, path and query string, JSON or NDJSON bytes), and
read its answers (status, headers, JSON bytes) with their own code, so URL
handling, retries, timeouts, the product check and the mapping of error
statuses to `ApiError` subclasses are the real ones.

The cluster keeps indices, aliases, documents and synonyms sets, and enforces
the rules of a real cluster this project depends on, answering with the error
bodies Elasticsearch 8 sends:

- a write to a name that is neither an index nor an alias auto-creates an index
  with dynamic mappings (strings become `text` + `keyword`, nothing is nested),
  unless the request says `require_alias`, then the item fails with
  `index_not_found_exception`;
- an alias cannot take the name of an index (`invalid_alias_name_exception`)
  unless the same `_aliases` request removes that index (`remove_index`), nor an
  index the name of an alias; an index name cannot be created twice
  (`resource_already_exists_exception`);
- `from + size` past `index.max_result_window` (10,000) fails the search;
- a terms aggregation or a sort on a `text` field fails (no fielddata), and so do
  `nested` queries and aggregations on a path that is not nested;
- a highlighted field longer than `index.highlight.max_analyzed_offset` fails the
  search unless the request sets `highlight.max_analyzed_offset`;
- bulk items fail one by one (`errors: true`) on values the mapping cannot parse
  and on indices with a read-only block (a full disk);
- deleting with a wildcard or `_all` is refused (`action.destructive_requires_name`,
  true by default in 8), and so is deleting an alias as if it were an index;
- analysis: an `updateable` filter in an index-time analyser, a synonym filter
  after a filter that cannot parse synonyms, a synonyms set that does not exist
  (the index then stays unusable);
- `outage`: connections refused, timeouts, or an error status on every request;
  `overloaded_ids`: documents whose writes are rejected (429), item by item.

It does not analyse text: full-text clauses (`match`, `match_phrase`,
`multi_match`) match every document, and hits carry no highlight. Filters,
post filters, sorting, paging and aggregations (`terms`, `filter`, `nested`,
`reverse_nested`) are evaluated. Whether words match is what the live suite
(`make test-es`, tests/search/test_elasticsearch_live.py) checks on a real server.
"""

from .cluster import FakeCluster
from .node import FakeNode

__all__ = ["FakeCluster", "FakeNode"]
