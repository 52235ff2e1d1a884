"""One guard for what visitors type into URLs: no control characters, no integer
the database cannot hold.

SQLite raises OverflowError for an integer past 64 bits and PostgreSQL refuses a
NUL byte in text; either used to surface as a 500. The guard answers them first,
for every route (the API, the reference pages, Wagtail's own views, the admin):

- any control character (NUL, C0, DEL) in the path, a query parameter name or
  value: 400, as problem+json under /api/ and a plain page elsewhere;
- any integer URL segment (Django's `int` converter) outside the database's
  64-bit range: 404, since no row can have that id.

Integer *query* parameters are typed where they are read: the API's common
parameters (core/api_params.py) bound them to `DB_INT_MAX`, and reference views
parse them with `bounded_int`.
"""

import json
import re

from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .problems import PROBLEM_CONTENT_TYPE, Problem, text

# PostgreSQL bigint and SQLite INTEGER are both signed 64-bit.
DB_INT_MAX = 2**63 - 1
DB_INT_MIN = -(2**63)

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
API_PREFIX = "/api/"


def has_control_characters(value: str) -> bool:
    return bool(_CONTROL.search(value))


def in_db_range(value: int) -> bool:
    return DB_INT_MIN <= value <= DB_INT_MAX


def bounded_int(raw, *, default: int | None, minimum: int = DB_INT_MIN, maximum: int = DB_INT_MAX) -> int | None:
    """`raw` (a query parameter) as an int within [minimum, maximum]; `default`
    when absent or not a number. Out-of-range numbers are clamped, so a link
    with a page number past the end lands on a real page instead of an error."""
    try:
        value = int(str(raw).strip())
    except (TypeError, ValueError):
        return default
    return max(minimum, min(value, maximum))


def _unsafe_parameter(request) -> str | None:
    if has_control_characters(request.path):
        return "path"
    for name, values in request.GET.lists():
        if has_control_characters(name) or any(has_control_characters(value) for value in values):
            return name if not has_control_characters(name) else repr(name)
    return None


def _problem(request, status: int, detail, parameter: str | None = None) -> HttpResponse:
    body = Problem(status, detail, parameter=parameter).body_for(request)
    return HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_CONTENT_TYPE)


class InputGuardMiddleware:
    """See the module docstring. Placed first, before anything reads the request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        parameter = _unsafe_parameter(request)
        if parameter is not None:
            if request.path.startswith(API_PREFIX):
                return _problem(
                    request,
                    400,
                    text(
                        gettext_lazy(
                            "'%(parameter)s' contains a control character (such as a NUL byte). "
                            "Remove it and try again."
                        ),
                        parameter=parameter,
                    ),
                    parameter=parameter,
                )
            return HttpResponseBadRequest(
                _("This address contains characters that are not allowed. Check the link and try again."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        for value in (*view_args, *view_kwargs.values()):
            if isinstance(value, int) and not isinstance(value, bool) and not in_db_range(value):
                if request.path.startswith(API_PREFIX):
                    return _problem(request, 404, gettext_lazy("Not found. No item has this identifier."))
                return HttpResponseNotFound(_("Not found."), content_type="text/plain; charset=utf-8")
        return None
