"""The transport node the real client is given: it hands each HTTP request to a
`FakeCluster` instead of a socket, or fails as an unreachable node does."""

import json
from typing import TYPE_CHECKING

from elastic_transport import ApiResponseMeta, BaseNode, ConnectionError, ConnectionTimeout, HttpHeaders
from elastic_transport._node import NodeApiResponse

from .errors import error

if TYPE_CHECKING:
    from .cluster import FakeCluster


class FakeNode(BaseNode):
    """The node class the client is given; `cluster` is set on a subclass."""

    cluster: "FakeCluster"
    _CLIENT_META_HTTP_CLIENT = ("fk", "1.0")

    def __init__(self, config):
        super().__init__(config)
        self.cluster.node_configs.append(config)

    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        cluster = self.cluster
        cluster.attempts.append((method, target, request_timeout))
        if cluster.outage == "refused":
            raise ConnectionError(f"Connection refused: {self.base_url}")
        if cluster.outage == "timeout":
            raise ConnectionTimeout(f"Connection timed out after {request_timeout} s: {self.base_url}")
        if isinstance(cluster.outage, int):
            status, payload = cluster.outage, error(cluster.outage, "fake_outage", "the fake cluster fails").body
        else:
            # A real node sends its own headers (basic auth from the URL) with the request's.
            sent = HttpHeaders(self.headers)
            sent.update(headers or {})
            status, payload = cluster.perform(method, target, body, sent)
        data = b"" if method == "HEAD" or payload is None else json.dumps(payload).encode()
        meta = ApiResponseMeta(
            status=status,
            http_version="1.1",
            headers=HttpHeaders(
                {
                    "content-type": "application/vnd.elasticsearch+json;compatible-with=8",
                    "x-elastic-product": "Elasticsearch",
                }
            ),
            duration=0.0,
            node=self.config,
        )
        return NodeApiResponse(meta, data)
