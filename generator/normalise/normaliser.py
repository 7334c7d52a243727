"""Turn a loaded OpenAPI document into the IR (``ir.Api``).

Three steps:
1. every operation, parameter, body, response and callback is read (``operations``); each
   schema becomes a ``TypeRef`` (``schemas``, ``$ref``s through ``refs``). Object schemas
   and enums are identified by their *structure* (after allOf merging and after dropping
   readOnly properties from requests and writeOnly ones from responses), so the thousands
   of inline copies in AMPECO's spec collapse into one draft each (``records.Draft``).
   Every place a draft is used is recorded as a naming *site*.
2. ``names.assign_names`` gives each draft a class name from its sites (see its docstring).
3. drafts become ``Model`` / ``EnumType`` and placeholder type names are replaced (``finish``).

The modules: ``records`` (the typed working records), ``state`` (what they share),
``schemas``, ``allof``, ``refs``, ``operations``, ``ampeco`` (AMPECO's conventions:
envelopes, pagination, error bodies, deprecated twins), ``names`` and ``finish``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .. import naming
from ..errors import SpecError
from ..load.document import HTTP_METHODS, Document
from ..model.ir import Api, Operation, TypeRef
from . import finish
from .finish import Renamer, finish_drafts, reachable
from .names import assign_names, assign_path_resources, group, resolve_methods
from .operations import OperationReader
from .schemas import SchemaReader
from .state import State

__all__ = ["assign_names", "assign_path_resources", "default_base_url", "load_and_normalise", "normalise"]


def normalise(document: Document, package: str = "ampeco", unused_components: bool = True) -> Api:
    """The IR of ``document``; with ``unused_components`` false, named schemas no operation
    or webhook uses produce no classes."""
    state = State(document)
    schemas = SchemaReader(state)
    reader = OperationReader(state, schemas)
    data = document.data
    raw_ops = []
    paths = data.get("paths") or {}
    if not isinstance(paths, dict):
        state.problem("'paths' must be a mapping", ("paths",))
        paths = {}
    for route in sorted(paths):
        item = state.deref(paths[route], ("paths", route))
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                raw_ops.append((route, method, item, item[method]))
    used_ids = {op.get("operationId") for _, _, _, op in raw_ops if isinstance(op.get("operationId"), str)}
    operations: list[Operation] = []
    for route, method, item, op in raw_ops:
        operations.append(reader.operation(route, method, item, op, used_ids))
    operations = assign_path_resources(operations)
    hooks = reader.top_level_webhooks()
    roots: list[TypeRef | None] = [w.body.type for w in hooks if w.body]
    for operation in operations:
        roots.extend(p.type for p in operation.parameters)
        roots.extend(r.type for r in operation.responses)
        roots.extend([operation.result, operation.item_type, operation.body.type if operation.body else None])
        roots.extend(w.body.type for w in operation.webhooks if w.body)
    drafts = state.drafts
    used_by_api = reachable(drafts, roots)
    unused = finish.unused_components(schemas, used_by_api) if unused_components else []
    unused_roots: list[TypeRef | None] = [t for _, t in unused]
    # the ones that add classes (the others are the same structure as a used class)
    unused = [(p, t) for p, t in unused if reachable(drafts, [t], used_by_api)]
    if state.problems:
        raise SpecError(f"{document.path}: {len(state.problems)} problem(s) found", tuple(state.problems[:50]))
    used = used_by_api | reachable(drafts, unused_roots, used_by_api)
    for key in [k for k, d in drafts.items() if id(d) not in used]:
        del drafts[key]
    resource_names = {".".join(op.resource.split(".")[:n]) for op in operations for n in range(1, op.resource.count(".") + 2)}
    resource_classes = {naming.class_name(name) + "Resource" for name in resource_names}
    reserved = naming.RESERVED_CLASSES | resource_classes | {"Async" + c for c in resource_classes}
    # what the API uses is named first, exactly as if nothing else were declared; the
    # components nothing uses take names from what is left
    assign_names({k: d for k, d in drafts.items() if id(d) in used_by_api}, reserved)
    assign_names(drafts, reserved)
    models, enums = finish_drafts(drafts, used)
    renamer = Renamer(drafts)
    operations = [renamer.operation(op) for op in operations]
    operations = resolve_methods(operations)
    resources = group(operations)
    info = data.get("info") or {}
    servers = data.get("servers") or [{}]
    server = servers[0] if isinstance(servers, list) and servers and isinstance(servers[0], dict) else {}
    webhooks = tuple(w for op in operations for w in op.webhooks)
    webhooks += tuple(renamer.webhook(w) for w in hooks)
    security = data.get("components", {}).get("securitySchemes", {}) if isinstance(data.get("components"), dict) else {}
    schemes = reader.security_schemes(security if isinstance(security, dict) else {})
    default_security = reader.requirements(data.get("security"), ("security",)) or ()
    return Api(
        title=str(info.get("title", "API")),
        version=str(info.get("version", "0.0.0")),
        description=str(info.get("description", "") or ""),
        server_url=str(server.get("url", "")),
        package=package,
        resources=resources,
        models=models,
        enums=enums,
        webhooks=webhooks,
        security=tuple(sorted(security)) if isinstance(security, dict) else (),
        security_schemes=schemes,
        default_security=default_security,
        unused_components=tuple((pointer, t) for pointer, t in ((p, renamer.type(t)) for p, t in unused) if t is not None),
        warnings=tuple(state.warnings),
        default_base_url=default_base_url(servers),
    )


# RFC 2606 / 6761 names: a server there is a placeholder, never a default to send credentials to
_PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(example\.(com|net|org)|example|test|invalid)$", re.IGNORECASE)


def default_base_url(servers: Any) -> str:
    """The base URL a client uses when given none: the first server's absolute URL with
    its variables' defaults filled in; "" when the URL is relative (only the user knows
    the host), a variable has no default, or the host is a reserved example name."""
    if not isinstance(servers, list) or not servers or not isinstance(servers[0], dict):
        return ""
    server = servers[0]
    url = str(server.get("url") or "")
    variables = server.get("variables")
    if not isinstance(variables, dict):
        variables = {}

    def fill(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        default = variable.get("default") if isinstance(variable, dict) else None
        return str(default) if isinstance(default, (str, int, float)) and not isinstance(default, bool) else match.group(0)

    url = re.sub(r"\{([^{}]*)\}", fill, url)
    match = re.match(r"^https?://([^/:?#@]+)", url, re.IGNORECASE)
    if "{" in url or "}" in url or match is None or _PLACEHOLDER_HOSTS.search(match.group(1)):
        return ""
    return url.rstrip("/")


def load_and_normalise(path: Path, package: str = "ampeco", unused_components: bool = True, **load_options: Any) -> Api:
    from ..load.document import load

    return normalise(load(path, **load_options), package, unused_components)
