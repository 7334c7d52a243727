"""AMPECO's conventions, as the normaliser reads them: listing envelopes
(``{data: [...], links, meta}`` pages and ``{data: ...}`` wrappers), pagination from the
``cursor``/``page`` query parameters, error body names by status, and deprecated twins
(``fooDeprecated`` beside ``foo``) pointing at the live operation. Any other API with the
same shapes gets the same treatment."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from .. import naming
from ..model.ir import Operation, evolve

ERROR_NAMES = {
    "400": "BadRequestErrorBody",
    "401": "UnauthorizedErrorBody",
    "403": "ForbiddenErrorBody",
    "404": "NotFoundErrorBody",
    "405": "MethodNotAllowedErrorBody",
    "406": "NotAcceptableErrorBody",
    "409": "ConflictErrorBody",
    "412": "PreconditionFailedErrorBody",
    "422": "ValidationErrorBody",
    "429": "RateLimitErrorBody",
}
GENERIC_ERROR = "ErrorBody"  # one body shared by several error statuses

PAGE, DATA = "page", "data"


@lru_cache(maxsize=1024)
def error_body_name(status: str) -> str:
    """The class name an error status suggests for its body (``422``: ``ValidationErrorBody``)."""
    return ERROR_NAMES.get(status, f"Status{naming.pascal(status)}ErrorBody")


def envelope(schema: Any) -> str:
    """ "page" for AMPECO's {data: [...], links, meta} listings, "data" for {data: ...}."""
    if not isinstance(schema, dict) or schema.get("type") not in (None, "object"):
        return ""
    props = schema.get("properties")
    if not isinstance(props, dict) or "data" not in props or not isinstance(props["data"], dict):
        return ""
    keys = set(props)
    if keys == {"data", "links", "meta"} and props["data"].get("type") == "array":
        return PAGE
    if keys == {"data"}:
        return DATA
    return ""


def pagination(query_names: Iterable[str]) -> str:
    """How a listing pages: by ``cursor``, by ``page``, both (``cursor+page``); ``page`` when
    it names neither."""
    names = set(query_names)
    kinds = [k for k, wire in (("cursor", "cursor"), ("page", "page")) if wire in names]
    return "+".join(kinds) or "page"


def link_deprecated(operations: list[Operation], named: dict[str, Operation]) -> list[Operation]:
    """``operations`` as named (``named`` by operationId), each deprecated one pointing at
    its live twin in the same resource: ``<id>`` for ``<id>Deprecated``, else the live
    operation with the same summary (the first by operationId)."""
    live: dict[tuple[str, str], list[Operation]] = defaultdict(list)
    for op in named.values():
        if not op.deprecated:
            live[(op.resource, op.summary)].append(op)
    out = []
    for op in operations:
        current = named[op.operation_id]
        if current.deprecated:
            base_id = current.operation_id[: -len("Deprecated")] if current.operation_id.endswith("Deprecated") else ""
            twin = named.get(base_id) if base_id else None  # ``named`` is by operationId: at most one
            candidates = [twin] if twin is not None and not twin.deprecated and twin.resource == current.resource else []
            candidates = candidates or sorted(live.get((current.resource, current.summary), []), key=lambda o: o.operation_id)
            if candidates:
                current = evolve(current, replacement=f"{candidates[0].resource}.{candidates[0].method}")
        out.append(current)
    return out
