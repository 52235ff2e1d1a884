"""Search backends: the database (default) and Elasticsearch."""


class SearchUnavailable(Exception):
    """The backend could not answer (unreachable, timed out, overloaded, no index
    yet): the service answers from the database instead. Any other error is a
    bug and propagates."""
