"""Reaching the cluster: a client built from settings, request options per kind
of work, and a circuit breaker so that an outage costs one timeout, not one per
request."""

import contextlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout
from elasticsearch import ApiError, Elasticsearch
from urllib3.util import parse_url

logger = logging.getLogger(__name__)

# elastic_transport's HTTP node class. Tests put a fake cluster's node class
# here, so that everything above the socket (the client's URL handling, retries,
# error mapping) runs as it does in production.
NODE_CLASS = "urllib3"
# Elasticsearch's own port, for an http URL that names none (https uses 443, as
# the client itself assumes).
DEFAULT_HTTP_PORT = 9200


def setting(name: str, default=None):
    return getattr(settings, name, default)


def with_default_port(url: str) -> str:
    """`url` with a port: 443 for https, 9200 for http. The client refuses an http
    URL without one (ValueError), which made `http://es` unusable."""
    parsed = parse_url(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError("ELASTICSEARCH_URL must be an http:// or https:// URL, e.g. https://search.example.org:9200")
    if parsed.port is None:
        parsed = parsed._replace(port=443 if parsed.scheme == "https" else DEFAULT_HTTP_PORT)
    return parsed.url


def node_urls(url: str | None = None) -> list[str]:
    """The nodes to talk to: `url` or ELASTICSEARCH_URL, comma-separated."""
    raw = url if url is not None else setting("ELASTICSEARCH_URL", "")
    return [with_default_port(part) for part in raw.split(",") if part.strip()]


def client_options(url: str | None = None) -> dict:
    """Keyword arguments for `Elasticsearch(...)`, from settings (`url`, when
    given, replaces ELASTICSEARCH_URL and the cloud id).

    A cloud id (Elastic Cloud) replaces ELASTICSEARCH_URL. Credentials come from
    ELASTICSEARCH_API_KEY (`id:key`, or the encoded form Elasticsearch returns)
    or from a user and password in the URL; ELASTICSEARCH_CA_CERTS names the CA
    that signed the cluster's certificate (a self-managed Elasticsearch 8 makes
    its own CA on first start).
    """
    options: dict = {
        "node_class": NODE_CLASS,
        "request_timeout": index_timeout(),
        "max_retries": 3,
        "retry_on_timeout": True,
    }
    cloud_id = setting("ELASTICSEARCH_CLOUD_ID", "")
    if url:
        options["hosts"] = node_urls(url)
    elif cloud_id:
        options["cloud_id"] = cloud_id
    else:
        options["hosts"] = node_urls()
    api_key = setting("ELASTICSEARCH_API_KEY", "")
    if api_key:
        options["api_key"] = tuple(api_key.split(":", 1)) if ":" in api_key else api_key
    ca_certs = setting("ELASTICSEARCH_CA_CERTS", "")
    if ca_certs:
        options["ca_certs"] = ca_certs
    return options


def build_client(url: str | None = None) -> Elasticsearch:
    return Elasticsearch(**client_options(url))


def search_timeout() -> float:
    return float(setting("ELASTICSEARCH_SEARCH_TIMEOUT", 2.0))


def index_timeout() -> float:
    return float(setting("ELASTICSEARCH_INDEX_TIMEOUT", 30.0))


def for_searching(client: Elasticsearch) -> Elasticsearch:
    """A visitor is waiting: a short timeout, one retry on a refused connection
    (another node may answer), none after a timeout (that would double the wait)."""
    return client.options(request_timeout=search_timeout(), max_retries=1, retry_on_timeout=False)


def for_indexing(client: Elasticsearch) -> Elasticsearch:
    """Rebuilds and the outbox worker can wait and retry."""
    return client.options(request_timeout=index_timeout(), max_retries=3, retry_on_timeout=True)


def is_outage(error: Exception) -> bool:
    """True when the cluster could not answer (unreachable, timed out, 5xx, or
    overloaded: 429): worth answering from the database. A 4xx is a request the
    cluster understood and refused, which is a bug to fix, not an outage."""
    if isinstance(error, TransportConnectionError | ConnectionTimeout):
        return True
    return isinstance(error, ApiError) and (error.meta.status >= 500 or error.meta.status == 429)


def is_missing_index(error: Exception) -> bool:
    return isinstance(error, ApiError) and error.meta.status == 404 and error_type(error) == "index_not_found_exception"


def error_type(error: ApiError) -> str:
    body = error.body if isinstance(error.body, dict) else {}
    detail = body.get("error")
    return detail.get("type", "") if isinstance(detail, dict) else str(error.message)


def describe(error: Exception) -> str:
    """One line an operator can act on: status, error type and the root cause's reason."""
    if isinstance(error, ApiError):
        detail = error.body.get("error") if isinstance(error.body, dict) else None
        if isinstance(detail, dict):
            cause = (detail.get("root_cause") or [detail])[0]
            return f"{error.meta.status} {cause.get('type', detail.get('type'))}: {cause.get('reason', '')}"
        return f"{error.meta.status} {error.message}"
    if isinstance(error, TransportConnectionError | ConnectionTimeout):
        return f"cannot reach Elasticsearch ({type(error).__name__}: {error.message})"
    return f"{type(error).__name__}: {error}"


class CircuitBreaker:
    """After an outage, searches skip Elasticsearch for ELASTICSEARCH_CIRCUIT_SECONDS
    and go straight to the database; then one request tries again.

    The open state is kept in the process and in the cache, so with Redis every
    worker process learns of an outage from the first one that met it.
    """

    def __init__(self, key: str = "search:elasticsearch:circuit-open-until"):
        self.key = key
        self._open_until = 0.0

    @property
    def seconds(self) -> float:
        return float(setting("ELASTICSEARCH_CIRCUIT_SECONDS", 30))

    def is_open(self) -> bool:
        now = time.time()
        if self._open_until > now:
            return True
        try:
            shared = cache.get(self.key)
        except Exception:  # a cache outage must not become a search outage
            shared = None
        if shared and shared > now:
            self._open_until = shared
            return True
        return False

    def trip(self) -> None:
        self._open_until = time.time() + self.seconds
        try:
            cache.set(self.key, self._open_until, timeout=max(int(self.seconds), 1))
        except Exception:
            logger.warning("Could not share the search circuit breaker's state through the cache")

    def close(self) -> None:
        if self._open_until:
            self._open_until = 0.0
            with contextlib.suppress(Exception):
                cache.delete(self.key)
