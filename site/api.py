"""The public delivery API: one NinjaAPI, a router per app, problem+json errors.

This is our contract with headless front ends (Wagtail's own v3 API is a preview
that may change); tests/core/test_openapi.py pins it with a snapshot.
"""

import json
import logging

from django.conf import settings
from django.http import Http404
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.responses import NinjaJSONEncoder

from core.api import preview_router
from core.api_params import refuse_repeated, resolve_locale
from core.api_shape import Shape, item_schema_of, shape_of
from core.page_types import type_names
from core.problems import PROBLEM_CODES, PROBLEM_CONTENT_TYPE, Problem, text

from .project_apps import optional_module, project_app_names

logger = logging.getLogger(__name__)

NO_CONTROL_CHARACTERS = "^[^\\u0000-\\u001f\\u007f]*$"


class DeliveryAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Declare error bodies as application/problem+json, which is what they are."""
        schema = super().get_openapi_schema(*args, **kwargs)
        _declare_enums(schema.get("components", {}).get("schemas", {}))
        _declare_shapes(self, schema)
        for operations in schema.get("paths", {}).values():
            for method, operation in operations.items():
                if method in BODY_METHODS:
                    _declare_body_refusals(operation)
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if str(status).startswith(("4", "5")) and "application/json" in content:
                        content[PROBLEM_CONTENT_TYPE] = content.pop("application/json")
                for parameter in operation.get("parameters", []):
                    if parameter["name"] == "locale":
                        _declare_locale_codes(parameter["schema"])
                    _declare_no_control_characters(parameter["schema"])
        return schema


# core.uploads.RequestBodyLimitMiddleware answers these before any endpoint runs,
# for every API request that sends a body: declared on each such operation.
BODY_METHODS = ("post", "put", "patch")
_BODY_REFUSALS = {
    "411": "Length Required: the body was sent chunked (Transfer-Encoding: chunked) without "
    "Content-Length; send it with a Content-Length header.",
    "413": "Content Too Large: the declared Content-Length is above the size the site accepts.",
}


def _declare_body_refusals(operation: dict) -> None:
    responses = operation.setdefault("responses", {})
    for status, description in _BODY_REFUSALS.items():
        responses.setdefault(
            status,
            {
                "description": description,
                "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemOut"}}},
            },
        )


# Which answer fields take a closed list of values, so that generated clients get
# enums instead of plain strings. `locale` is everywhere; the others by schema.
_PAGE_TYPE_FIELDS = {
    "PageOut",
    "PageLinkOut",
    "FeaturedItemOut",
    "IssueEntryOut",
    "SectionOut",
    "SectionLinkOut",
    "SiteLinkOut",
    "SearchResultOut",
    "AutocompleteOut",
}


def _closed_lists() -> dict[tuple[str, str], list[str]]:
    from donate.models.choices import ProjectStatus
    from flagships.models import FlagshipPage
    from flagships.models.rows import FlagshipFinancialFigure, FlagshipUpdate
    from search.service import SEARCH_MESSAGE_CODES

    lists = {
        ("FlagshipSummaryOut", "status"): FlagshipPage.Status.values,
        ("FlagshipOut", "status"): FlagshipPage.Status.values,
        ("ProjectSummaryOut", "status"): ProjectStatus.values,
        ("ProjectDetailOut", "status"): ProjectStatus.values,
        ("StatusChangeOut", "status"): ProjectStatus.values,
        ("UpdateOut", "kind"): FlagshipUpdate.Kind.values,
        ("FinancialFigureOut", "kind"): FlagshipFinancialFigure.Kind.values,
    }
    names = type_names()
    lists.update({(schema, "type"): names for schema in _PAGE_TYPE_FIELDS})
    lists[("ProblemOut", "code")] = list(PROBLEM_CODES)
    lists[("SearchMessageOut", "code")] = list(SEARCH_MESSAGE_CODES)
    return lists


def _declare_enums(components: dict) -> None:
    codes = [code for code, _name in settings.LANGUAGES]
    lists = _closed_lists()
    for schema_name, component in components.items():
        for name, prop in component.get("properties", {}).items():
            values = codes if name == "locale" else lists.get((schema_name, name))
            if values is None or "const" in prop:
                continue
            for variant in [prop, *prop.get("anyOf", [])]:
                if variant.get("type") == "string":
                    variant["enum"] = list(values)


def _declare_shapes(api, schema: dict) -> None:
    """Document `fields` and `expand` (core/api_shape.py) on the listings and
    details, with their closed lists, and each expansion as an optional property
    of the item schema."""
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    operations = {
        operation.get("operationId"): operation
        for path in schema.get("paths", {}).values()
        for operation in path.values()
    }
    for bound in api._get_bound_routers():
        for path_view in bound.path_operations.values():
            for operation in path_view.operations:
                shape = _shape(operation)
                document = operations.get(operation.operation_id or api.get_openapi_operation_id(operation))
                if shape is None or document is None:
                    continue
                parameters = document.setdefault("parameters", [])
                expansions = shape.expansions
                if not shape.nested:
                    parameters.append(
                        _list_parameter(
                            "fields",
                            sorted({*shape.item_fields, *expansions}),
                            "Only these fields of each item (and its `id`), repeated or comma-separated; "
                            "the answer's items then hold only the fields asked for.",
                        )
                    )
                if expansions:
                    parameters.append(
                        _list_parameter(
                            "expand",
                            sorted(expansions),
                            f"Related items to embed in each {_entry_name(shape)}, repeated or comma-separated: "
                            + "; ".join(f"`{name}`: {exp.description}" for name, exp in sorted(expansions.items())),
                        )
                    )
                item_name = (shape.nested_schema or item_schema_of(_response_schema(operation))).__name__
                item = components.get(item_name)
                for name, expansion in expansions.items():
                    property_schema = expansion.adapter.json_schema(ref_template="#/components/schemas/{model}")
                    for def_name, definition in property_schema.pop("$defs", {}).items():
                        components.setdefault(def_name, definition)
                    if "properties" in property_schema and "title" in property_schema:
                        # One object (not a list of them): refer to its named schema, as
                        # the rest of the document does, rather than repeat it inline.
                        components.setdefault(property_schema["title"], property_schema)
                        property_schema = {"$ref": f"#/components/schemas/{property_schema['title']}"}
                    property_schema["description"] = f"With `expand={name}`: {expansion.description}"
                    if item is not None:
                        item.setdefault("properties", {})[name] = property_schema
                if item is not None and not shape.nested:
                    _declare_sparse_answer(components, document, item_name, shape.listing)


def _entry_name(shape: Shape) -> str:
    return f"entry of `{shape.nested}`" if shape.nested else "item"


def _declare_sparse_answer(components: dict, operation: dict, item_name: str, listing: bool) -> None:
    """With `fields=`, items hold only the fields asked for (and `id`): the 200
    answer is the full schema or its `…Fields` variant, whose only required
    property is `id`."""
    sparse_item = f"{item_name}Fields"
    if sparse_item not in components:
        components[sparse_item] = {
            "title": sparse_item,
            "description": f"{item_name} with only the fields asked for with `fields=` (and `id`).",
            "type": "object",
            "properties": dict(components[item_name]["properties"]),
            "required": ["id"],
        }
    sparse = {"$ref": f"#/components/schemas/{sparse_item}"}
    if listing:
        sparse = {
            "type": "object",
            "properties": {
                "count": {"type": "integer"},
                "limit": {"type": "integer"},
                "offset": {"type": "integer"},
                "items": {"type": "array", "items": sparse},
            },
            "required": ["count", "limit", "offset", "items"],
        }
    responses = operation["responses"]
    content = responses[200 if 200 in responses else "200"]["content"]["application/json"]
    content["schema"] = {"anyOf": [content["schema"], sparse]}


def _list_parameter(name: str, values: list[str], description: str) -> dict:
    return {
        "in": "query",
        "name": name,
        "required": False,
        "description": description,
        "schema": {"type": "array", "items": {"type": "string", "enum": values}},
        "style": "form",
        "explode": True,
    }


def _declare_locale_codes(schema: dict) -> None:
    """`locale` takes the site's language codes in any letter case (core.api_params.resolve_locale)."""
    codes = [code for code, _name in settings.LANGUAGES]
    either_case = ["".join(f"[{c.lower()}{c.upper()}]" if c.isalpha() else c for c in code) for code in codes]
    for variant in [schema, *schema.get("anyOf", [])]:
        if variant.get("type") == "string":
            # Empty means the default locale, as leaving the parameter out does.
            variant["pattern"] = f"^({'|'.join(either_case)})?$"
            variant["description"] = f"Language code, one of: {', '.join(codes)} (any letter case)."


def _declare_no_control_characters(schema: dict) -> None:
    """Every string parameter refuses control characters (core/input_guard.py
    answers 400 before any endpoint runs); say so in the document."""
    for variant in [schema, *schema.get("anyOf", [])]:
        if variant.get("type") == "string":
            variant.setdefault("pattern", NO_CONTROL_CHARACTERS)


api = DeliveryAPI(
    title="Public content API",
    version="1.0.0",
    description=(
        "Published content of the public website in the six UN languages. Every endpoint takes "
        "`locale` (en, fr, es, ar, zh-hans, ru; English by default). Where an item has no published "
        "translation the English version answers with `translated: false`. Errors are "
        "`application/problem+json` with a `detail` that says how to fix the request. A query "
        "parameter that takes one value is sent once (twice is a 400 `repeated_parameter`); array "
        "parameters take several, repeated or comma-separated."
    ),
    urls_namespace="api-1.0.0",
)


def _problem_http_response(request, problem: Problem):
    response = api.create_response(request, problem.body_for(request), status=problem.status)
    response["Content-Type"] = PROBLEM_CONTENT_TYPE
    return response


@api.exception_handler(Problem)
def handle_problem(request, exc: Problem):
    return _problem_http_response(request, exc)


_SCHEMA_NAMES = {"window", "filters", "payload"}


# What pydantic's commonest refusals mean, for a person in the request's language;
# any other keeps pydantic's own (English) wording. {error type: message}.
_VALIDATION_MESSAGES = {
    "int_parsing": _("give a whole number"),
    "int_type": _("give a whole number"),
    "greater_than_equal": _("give a number of at least %(ge)s"),
    "less_than_equal": _("give a number of at most %(le)s"),
    "date_parsing": _("give a date as YYYY-MM-DD"),
    "date_from_datetime_parsing": _("give a date as YYYY-MM-DD"),
    "missing": _("this is required"),
    "string_too_long": _("give at most %(max_length)s characters"),
    "bool_parsing": _("give true or false"),
}


def _validation_message(error: dict):
    template = _VALIDATION_MESSAGES.get(error.get("type"))
    if template is None:
        return error.get("msg", "invalid value")
    return text(template, **{name: value for name, value in (error.get("ctx") or {}).items() if name != "error"})


def _describe_validation_errors(errors) -> tuple[list, str | None]:
    messages, first_parameter = [], None
    for error in errors:
        # loc is (source, [schema name], field), e.g. ("query", "window", "limit").
        # The index of one of several values ("year", 1) is left out: the parameter is "year".
        location = [
            str(part) for part in error.get("loc", [])[1:] if part not in _SCHEMA_NAMES and not isinstance(part, int)
        ]
        name = ".".join(location) or "request"
        first_parameter = first_parameter or name
        messages.append((name, _validation_message(error)))
    return messages, first_parameter


def _joined(messages: list) -> str:
    return "; ".join(f"{name}: {message}" for name, message in messages)


@api.exception_handler(ValidationError)
def handle_validation_error(request, exc: ValidationError):
    messages, parameter = _describe_validation_errors(exc.errors)
    detail = text(_("Invalid request. %(errors)s."), errors=lazy(_joined, str)(messages))
    return _problem_http_response(request, Problem(400, detail, parameter=parameter))


@api.exception_handler(Http404)
def handle_not_found(request, exc):
    return _problem_http_response(request, Problem(404, _("Not found. Check the path and the identifier.")))


@api.exception_handler(AuthenticationError)
def handle_unauthorized(request, exc):
    return _problem_http_response(request, Problem(401, _("Authentication is required for this endpoint.")))


@api.exception_handler(HttpError)
def handle_http_error(request, exc: HttpError):
    return _problem_http_response(request, Problem(exc.status_code, str(exc)))


@api.exception_handler(json.JSONDecodeError)
def handle_bad_json(request, exc):
    return _problem_http_response(request, Problem(400, _("The request body is not valid JSON."), code="bad_json"))


@api.exception_handler(Exception)
def handle_unexpected(request, exc):
    logger.exception("Unhandled API error on %s", request.path)
    return _problem_http_response(request, Problem(500, _("Something went wrong on our side; it has been logged.")))


for _app in project_app_names():
    # Each app's api.py exposes `router` (and optionally `api_prefix`, "/" by default).
    _module = optional_module(_app, "api")
    if _module is not None:
        api.add_router(getattr(_module, "api_prefix", "/"), _module.router)

# After the apps: the preview answers with any of their registered page details.
api.add_router("/", preview_router())


def _query_names(operation) -> set[str]:
    """The query parameters an operation declares (flattened, as clients send them)."""
    names: set[str] = set()
    for model in operation.signature.models:
        if getattr(model, "__ninja_param_source__", None) == "query":
            names |= set(model.__ninja_flatten_map__)
    return names


def _multi_valued_names(operation) -> set[str]:
    """The query parameters an operation reads as lists (ninja reads every value
    of these, and only the last of the others)."""
    names: set[str] = set()
    for model in operation.signature.models:
        if getattr(model, "__ninja_param_source__", None) == "query":
            names |= set(getattr(model, "__ninja_collection_fields__", []))
    return names


def _response_schema(operation):
    model = operation.response_models.get(200)
    field = getattr(model, "model_fields", {}).get("response")
    return field.annotation if field is not None else None


def _shape(operation) -> Shape | None:
    if operation.methods != ["GET"]:
        return None
    return shape_of(getattr(operation, "url_name", None), _response_schema(operation))


def _checked_operation(operation) -> None:
    """A misspelt or unsupported parameter (`thematic_areas`, `page`) would
    otherwise be ignored silently and the client would get unfiltered results;
    answer 400 naming it and the parameters that exist. A parameter that takes
    one value, sent twice, is refused too (core.api_params.refuse_repeated).
    Listings and details also take `fields` and `expand` (core/api_shape.py),
    applied to the answer."""
    shape = _shape(operation)
    shape_parameters = shape.parameters() if shape else set()
    allowed = _query_names(operation) | shape_parameters
    multi_valued = _multi_valued_names(operation) | shape_parameters
    run = operation.run

    def checked_run(request, *args, **kwargs):
        unknown = sorted(set(request.GET) - allowed)
        if unknown:
            problem = Problem(
                400,
                text(
                    _("Unknown query parameter(s): %(unknown)s. This endpoint takes: %(allowed)s."),
                    unknown=", ".join(unknown),
                    allowed=", ".join(sorted(allowed)) or _("none"),
                ),
                parameter=unknown[0],
                allowed=sorted(allowed),
                code="unknown_parameter",
                params={"unknown": unknown},
            )
            return _problem_http_response(request, problem)
        try:
            refuse_repeated(request.GET, multi_valued)
        except Problem as problem:
            return _problem_http_response(request, problem)
        if shape is None or not ({"fields", "expand"} & set(request.GET)):
            return run(request, *args, **kwargs)
        try:
            fields, expansions = shape.requested(request.GET)
        except Problem as problem:
            return _problem_http_response(request, problem)
        response = run(request, *args, **kwargs)
        if response.status_code != 200:
            return response
        # The endpoint answered 200, so `locale` is valid.
        locale = resolve_locale(request.GET.get("locale"))
        payload = shape.apply(json.loads(response.content), fields, expansions, locale, request)
        response.content = json.dumps(payload, cls=NinjaJSONEncoder).encode()
        return response

    operation.run = checked_run


# The URLs are built from the routers as bound to the API (ninja clones each
# operation when binding), so the check goes on the bound operations.
for _bound in api._get_bound_routers():
    for _path_view in _bound.path_operations.values():
        for _operation in _path_view.operations:
            _checked_operation(_operation)
