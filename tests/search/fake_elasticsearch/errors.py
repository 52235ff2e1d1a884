"""Error answers with the bodies Elasticsearch 8 sends."""


class Reply(Exception):
    """An error answer: raised by the handlers, returned to the client."""

    def __init__(self, status: int, body: dict):
        super().__init__(status)
        self.status = status
        self.body = body


def error(status: int, kind: str, reason: str, **extra) -> Reply:
    detail = {"type": kind, "reason": reason, **extra}
    return Reply(status, {"error": {"root_cause": [dict(detail)], **detail}, "status": status})


def not_found(name: str) -> Reply:
    return error(
        404,
        "index_not_found_exception",
        f"no such index [{name}]",
        **{"resource.type": "index_or_alias", "resource.id": name, "index_uuid": "_na_", "index": name},
    )


def shard_failure(index: str, kind: str, reason: str, status: int = 400) -> Reply:
    cause = {"type": kind, "reason": reason}
    return Reply(
        status,
        {
            "error": {
                "root_cause": [dict(cause)],
                "type": "search_phase_execution_exception",
                "reason": "all shards failed",
                "phase": "query",
                "grouped": True,
                "failed_shards": [{"shard": 0, "index": index, "node": "fake-node-1", "reason": dict(cause)}],
                "caused_by": {**cause, "caused_by": dict(cause)},
            },
            "status": status,
        },
    )


def fielddata_refused(field: str) -> str:
    return (
        "Text fields are not optimised for operations that require per-document field data like aggregations "
        "and sorting, so these operations are disabled by default. Please use a keyword field instead. "
        f"Alternatively, set fielddata=true on [{field}] in order to load field data by uninverting the "
        "inverted index. Note that this can use significant memory."
    )
