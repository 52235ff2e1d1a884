"""Errors the API answers with: RFC 9457 problem details (application/problem+json)."""

from http import HTTPStatus

from ninja import Schema

PROBLEM_CONTENT_TYPE = "application/problem+json"


class ProblemOut(Schema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    parameter: str | None = None
    allowed: list[str] | None = None


class Problem(Exception):
    """Raise from any endpoint; the API turns it into a problem+json answer.

    Args:
        status: the HTTP status.
        detail: what went wrong and how to fix it, for a person.
        parameter: the query parameter at fault, if any.
        allowed: the values that would have been accepted, if a closed list.
    """

    def __init__(self, status: int, detail: str, *, parameter: str | None = None, allowed=None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.parameter = parameter
        self.allowed = list(allowed) if allowed is not None else None

    def as_dict(self) -> dict:
        body = {
            "type": "about:blank",
            "title": HTTPStatus(self.status).phrase,
            "status": self.status,
            "detail": self.detail,
        }
        if self.parameter:
            body["parameter"] = self.parameter
        if self.allowed is not None:
            body["allowed"] = self.allowed
        return body


def not_found(what: str) -> Problem:
    return Problem(404, f"No published {what} matches this request.")


def bad_choice(parameter: str, value: str, allowed) -> Problem:
    allowed = sorted(allowed)
    return Problem(
        400,
        f"Unknown value {value!r} for '{parameter}'. Use one of: {', '.join(allowed)}.",
        parameter=parameter,
        allowed=allowed,
    )


# Every operation declares these, so the OpenAPI document says what really comes back.
ERROR_RESPONSES = {400: ProblemOut, 404: ProblemOut}


def responses(ok_schema, *extra_statuses: int) -> dict:
    result = {200: ok_schema, **ERROR_RESPONSES}
    for status in extra_statuses:
        result[status] = ProblemOut
    return result
