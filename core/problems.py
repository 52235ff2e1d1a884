"""Errors the API answers with: RFC 9457 problem details (application/problem+json).

A problem's `detail` is written for a person, in the request's language (the
`locale` parameter, else the language prefix of the path asked about or of the
request, else the default language): each detail is a translatable template
whose values are put in when the answer is written, with that language active.
A front end that words its own messages reads `code` and `params` instead.
"""

from http import HTTPStatus

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _

from .schema_base import OutSchema

PROBLEM_CONTENT_TYPE = "application/problem+json"


def _interpolate(template, values: dict) -> str:
    return str(template) % {name: str(value) if isinstance(value, Promise) else value for name, value in values.items()}


# text(_("No published %(what)s matches this request."), what=_("story")): the
# template and the values are translated when the answer is written.
_lazy_interpolate = lazy(_interpolate, str)


def text(template, **values):
    """A translatable `template` (gettext_lazy) with its `%(name)s` values, as a
    lazy string: it is worded in the language active when it is read."""
    return _lazy_interpolate(template, values)


def request_language(request) -> str:
    """The language a problem is worded in: `?locale=` where it is a site
    language (any letter case), else the language prefix of the `path` asked
    about (`/pages/find?path=/fr/...`) or of the request's own path, else the
    default language."""
    codes = {code.lower(): code for code, _name in settings.LANGUAGES}
    # `?locale=fr&locale=ar` names no one language (the API refuses it): word the
    # refusal as if no locale had been asked for.
    locales = request.GET.getlist("locale")
    asked = str(locales[0] if len(locales) == 1 else "").strip().lower().replace("_", "-")
    if asked in codes:
        return codes[asked]
    for path in (str(request.GET.get("path", "")), request.path_info):
        prefix = translation.get_language_from_path(path)
        if prefix:
            return prefix
    return settings.LANGUAGE_CODE


# The stable vocabulary of problem codes: a front end shows its own message per
# `code`, filled from `params`, in its visitor's language, and never parses
# `detail` (a person's explanation, in English). Listed in docs/api.md; the
# OpenAPI document declares them as an enum. Add codes, never rename one.
PROBLEM_CODES = {
    "invalid_value": "A parameter or field has a value of the wrong form (params: parameter).",
    "unknown_value": "A value outside a closed list (params: parameter, value, allowed).",
    "unknown_parameter": "A query parameter the endpoint does not take (params: parameter, unknown, allowed).",
    "conflicting_values": "Two parameters contradict each other (params: parameter).",
    "repeated_parameter": (
        "A parameter that takes one value was sent several times "
        "(params: parameter, repeated: every such parameter, values: those sent for `parameter`)."
    ),
    "gift_refused": "The giving rules refuse the gift (params: parameter, reason: the rule's code).",
    "not_found": "Nothing published matches (params: parameter when one names it).",
    "expired": "A preview token expired or was revoked (params: parameter).",
    "forbidden_origin": "The request comes from an origin the site does not trust.",
    "unauthorized": "Authentication is required.",
    "rate_limited": "Too many requests from this address; try again later.",
    "too_large": "The request body is too large.",
    "bad_json": "The request body is not valid JSON.",
    "server_error": "Something failed on the server; it has been logged.",
}
_DEFAULT_CODES = {
    400: "invalid_value",
    401: "unauthorized",
    403: "forbidden_origin",
    404: "not_found",
    413: "too_large",
    429: "rate_limited",
    500: "server_error",
}


class ProblemOut(OutSchema):
    type: str = "about:blank"
    title: str
    status: int
    detail: str
    code: str
    params: dict[str, str | int | list[str] | None]
    parameter: str | None = None
    allowed: list[str] | None = None


class Problem(Exception):
    """Raise from any endpoint; the API turns it into a problem+json answer.

    Args:
        status: the HTTP status.
        detail: what went wrong and how to fix it, for a person: a lazy
            translatable string (`text(gettext_lazy(template), **values)`), worded when the
            answer is written.
        parameter: the query parameter at fault, if any.
        allowed: the values that would have been accepted, if a closed list.
        code: one of PROBLEM_CODES (by default the status's usual one).
        params: what a front end needs to word its own message for `code`
            (`parameter` and `allowed` are added to them).
    """

    def __init__(
        self,
        status: int,
        detail: str,
        *,
        parameter: str | None = None,
        allowed=None,
        code: str | None = None,
        params: dict | None = None,
    ):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.parameter = parameter
        self.allowed = list(allowed) if allowed is not None else None
        self.code = code or _DEFAULT_CODES.get(status, "invalid_value" if status < 500 else "server_error")
        if self.code not in PROBLEM_CODES:
            raise ValueError(f"Unknown problem code {self.code!r}: add it to PROBLEM_CODES")
        self.params = dict(params or {})

    def as_dict(self) -> dict:
        """The body, `detail` worded in the active language."""
        body = {
            "type": "about:blank",
            "title": HTTPStatus(self.status).phrase,
            "status": self.status,
            "detail": str(self.detail),
            "code": self.code,
            "params": {
                **({"parameter": self.parameter} if self.parameter else {}),
                **({"allowed": self.allowed} if self.allowed is not None else {}),
                **self.params,
            },
        }
        if self.parameter:
            body["parameter"] = self.parameter
        if self.allowed is not None:
            body["allowed"] = self.allowed
        return body

    def body_for(self, request) -> dict:
        """The body with `detail` in the request's language (request_language)."""
        with translation.override(request_language(request)):
            return self.as_dict()


def not_found(what) -> Problem:
    """Nothing published answers; `what` names it (gettext_lazy: "story")."""
    return Problem(404, text(_("No published %(what)s matches this request."), what=what))


def bad_choice(parameter: str, value: str, allowed) -> Problem:
    allowed = sorted(allowed)
    return Problem(
        400,
        text(
            _("Unknown value %(value)s for '%(parameter)s'. Use one of: %(allowed)s."),
            value=repr(value),
            parameter=parameter,
            allowed=", ".join(allowed) or _("none"),
        ),
        parameter=parameter,
        allowed=allowed,
        code="unknown_value",
        params={"value": str(value)},
    )


# Every operation declares these, so the OpenAPI document says what really comes back.
ERROR_RESPONSES = {400: ProblemOut, 404: ProblemOut}


def responses(ok_schema, *extra_statuses: int) -> dict:
    result = {200: ok_schema, **ERROR_RESPONSES}
    for status in extra_statuses:
        result[status] = ProblemOut
    return result
