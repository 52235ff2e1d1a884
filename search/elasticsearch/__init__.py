"""The Elasticsearch side of search: connection, index definition, query bodies,
bulk writes, the index's life cycle and the outbox that feeds it.
`search.backends.elasticsearch` puts them behind the search service."""
