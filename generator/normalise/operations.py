"""Operations: parameters, request bodies (and their form encoding), responses with the
result a method returns, pagination, callbacks and top-level webhooks, security
requirements and schemes. Schemas are typed by ``schemas.SchemaReader``."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from .. import naming
from ..load.document import HTTP_METHODS
from ..model.ir import ANY, MISSING, Body, BodyEncoding, Constraints, Operation, Parameter, Response, SecurityScheme, TypeRef, Webhook, evolve
from . import ampeco
from .allof import flatten
from .records import RANK_DATA, RANK_ERROR, RANK_OPERATION, REQUEST, RESPONSE, Site
from .schemas import SchemaReader, constraints, jsonable
from .state import State

PARAMETER_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}


class OperationReader:
    def __init__(self, state: State, schemas: SchemaReader) -> None:
        self.state = state
        self.schemas = schemas

    def operation(self, route: str, method: str, item: dict[str, Any], op: dict[str, Any], used_ids: set[Any]) -> Operation:
        state = self.state
        where = ("paths", route, method)
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not op_id.strip():
            op_id = naming.camel(f"{method} {route}")
            base, n = op_id, 2
            while op_id in used_ids:
                op_id = f"{base}{n}"
                n += 1
            used_ids.add(op_id)
        deprecated = op.get("deprecated") is True
        tags = op.get("tags") if isinstance(op.get("tags"), list) else []
        tag = str(tags[0]) if tags else ""
        op_class = naming.class_name(op_id)
        params = self.parameters(item, op, where, op_class, deprecated)
        body = None
        raw_body = op.get("requestBody")
        if raw_body is not None:
            rb = state.deref(raw_body, (*where, "requestBody"))
            content = rb.get("content") if isinstance(rb, dict) else None
            if isinstance(content, dict) and content:
                content_type = pick_content(content)
                media = content[content_type] if isinstance(content[content_type], dict) else {}
                site = Site(RANK_OPERATION, (op_class + "Request",), deprecated=deprecated)
                btype = self.schemas.type_of(media.get("schema", {}), REQUEST, site, (*where, "requestBody", "content", content_type, "schema"))
                body = Body(content_type, btype, rb.get("required") is True, str(rb.get("description") or ""))
                body = evolve(body, encoding=self.body_encoding(content_type, media))
        responses, result, unwrap, item_type = self.responses(op, where, op_id, op_class, deprecated)
        pagination = ampeco.pagination(p.wire_name for p in params if p.location == "query") if item_type is not None else ""
        webhooks = []
        callbacks = op.get("callbacks")
        if isinstance(callbacks, dict):
            for cb_name in sorted(callbacks):
                cb = state.deref(callbacks[cb_name], (*where, "callbacks", cb_name))
                if not isinstance(cb, dict):
                    continue
                for expression in sorted(cb):
                    cb_item = state.deref(cb[expression], (*where, "callbacks", cb_name, expression))
                    if not isinstance(cb_item, dict):
                        continue
                    for cb_method in HTTP_METHODS:
                        if isinstance(cb_item.get(cb_method), dict):
                            webhooks.append(
                                self.webhook(
                                    str(cb_name),
                                    op_id,
                                    str(expression),
                                    cb_method,
                                    cb_item[cb_method],
                                    (*where, "callbacks", cb_name, expression, cb_method),
                                    deprecated,
                                )
                            )
        return Operation(
            security=self.requirements(op.get("security"), (*where, "security")),
            operation_id=op_id,
            http_method=method.upper(),
            path=route,
            tag=tag,
            resource=naming.resource_name(tag, route),
            method="",
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            deprecated=deprecated,
            parameters=tuple(params),
            body=body,
            responses=tuple(responses),
            result=result,
            unwrap=unwrap,
            pagination=pagination,
            item_type=item_type,
            webhooks=tuple(webhooks),
        )

    def parameters(self, item: dict[str, Any], op: dict[str, Any], where: tuple[Any, ...], op_class: str, deprecated: bool) -> list[Parameter]:
        state = self.state
        merged: dict[tuple[str, str], tuple[dict[str, Any], tuple[Any, ...]]] = {}
        for source, at in ((item.get("parameters") or [], where[:2] + ("parameters",)), (op.get("parameters") or [], (*where, "parameters"))):
            if not isinstance(source, list):
                continue
            for index, raw in enumerate(source):
                prm = state.deref(raw, (*at, index))
                if not isinstance(prm, dict) or "name" not in prm or "in" not in prm:
                    state.problem("a parameter needs 'name' and 'in'", (*at, index))
                    continue
                merged[(str(prm["in"]), str(prm["name"]))] = (prm, (*at, index))
        out = []
        for (location, wire), (prm, at) in merged.items():
            style = prm.get("style") or ("form" if location in ("query", "cookie") else "simple")
            explode = prm.get("explode")
            if not isinstance(explode, bool):
                explode = style == "form"
            schema = prm.get("schema")
            if schema is None and isinstance(prm.get("content"), dict):
                for media in prm["content"].values():
                    schema = media.get("schema") if isinstance(media, dict) else None
                    break
            argument, suffix = _parameter_names(wire)
            site = Site(RANK_OPERATION, (op_class + suffix,), deprecated=deprecated)
            ptype = self.schemas.type_of(schema if schema is not None else {}, REQUEST, site, (*at, "schema"))
            resolved = flatten(state, schema, (*at, "schema"))
            default = resolved.get("default", MISSING) if isinstance(resolved, dict) else MISSING
            out.append(
                Parameter(
                    name=argument,
                    wire_name=wire,
                    location=location,
                    type=ptype,
                    required=bool(prm.get("required")) or location == "path",
                    style=str(style),
                    explode=explode,
                    description=str(prm.get("description") or ""),
                    deprecated=prm.get("deprecated") is True,
                    default=jsonable(default) if default is not MISSING else MISSING,
                    constraints=constraints(resolved) if isinstance(resolved, dict) else Constraints(),
                )
            )
        path_order = {name: i for i, name in enumerate(path_names(where[1]))}
        out.sort(key=lambda p: (PARAMETER_ORDER.get(p.location, 4), path_order.get(p.wire_name, 0) if p.location == "path" else 0))
        names = naming.dedupe([p.name for p in out])
        return [p if n == p.name else evolve(p, name=n) for p, n in zip(out, names, strict=True)]

    def body_encoding(self, content_type: str, media: dict[str, Any]) -> tuple[BodyEncoding, ...]:
        """OpenAPI's ``encoding`` object of a form or multipart body, by property (sorted),
        plus the body's required array properties (sent even when empty)."""
        kind = content_type.split(";")[0].strip().lower()
        if kind not in ("application/x-www-form-urlencoded", "multipart/form-data"):
            return ()
        declared = media.get("encoding")
        if not isinstance(declared, dict):
            declared = {}
        schema = self.state.quiet_deref(media.get("schema"))
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            properties = {}
        required = {str(n) for n in schema.get("required") or [] if isinstance(n, str)} if isinstance(schema.get("required"), list) else set()
        arrays = set()
        for name in required:
            prop = self.state.quiet_deref(properties.get(name))
            if isinstance(prop, dict) and (prop.get("type") == "array" or (isinstance(prop.get("type"), list) and "array" in prop["type"])):
                arrays.add(name)
        out = []
        for name in sorted({str(n) for n in declared} | arrays):
            entry = declared.get(name)
            if not isinstance(entry, dict):
                entry = {}
            explode = entry.get("explode")
            out.append(
                BodyEncoding(
                    name=name,
                    style=str(entry.get("style") or ""),
                    explode=explode if isinstance(explode, bool) else None,
                    content_type=str(entry.get("contentType") or ""),
                    required=name in arrays,
                )
            )
        return tuple(out)

    def responses(
        self, op: dict[str, Any], where: tuple[Any, ...], op_id: str, op_class: str, deprecated: bool
    ) -> tuple[list[Response], TypeRef | None, str, TypeRef | None]:
        """The responses, the primary success's result type, whether the method unwraps a
        ``{data: ...}`` envelope, and the item type of a paged listing."""
        type_of = self.schemas.type_of
        raw = op.get("responses")
        out: list[Response] = []
        result: TypeRef | None = None
        unwrap = ""
        item_type: TypeRef | None = None
        if not isinstance(raw, dict):
            return out, None, "", None
        crud = naming.operation_noun(op_id)[1]
        success = sorted(s for s in map(str, raw) if s.startswith("2"))
        primary = success[0] if success else ""
        for status in sorted(map(str, raw)):
            at = (*where, "responses", status)
            resp = self.state.deref(raw[status] if status in raw else raw[int(status)], at)
            if not isinstance(resp, dict):
                continue
            content = resp.get("content") if isinstance(resp.get("content"), dict) else {}
            declared = resp.get("headers")
            headers = tuple(sorted(map(str, declared))) if declared else ()
            description = str(resp.get("description") or "")
            if not content:
                out.append(Response(status, description, headers=headers))
                continue
            content_type = pick_content(content)
            media = content[content_type] if isinstance(content[content_type], dict) else {}
            schema = self.state.deref(media.get("schema", {}), (*at, "content", content_type, "schema"))
            schema_at = (*at, "content", content_type, "schema")
            rtype: TypeRef
            if status.startswith("2"):
                envelope = ampeco.envelope(schema)
                data_names = naming.data_names(op_id, deprecated)
                data_site = Site(RANK_DATA if crud else RANK_OPERATION, tuple(data_names), deprecated=deprecated)
                if envelope == ampeco.PAGE:
                    items = schema["properties"]["data"].get("items", {})
                    item_type = type_of(items, RESPONSE, data_site, (*schema_at, "properties", "data", "items"))
                    rtype = TypeRef("list", items=(item_type,))
                elif envelope == ampeco.DATA:
                    rtype = type_of(schema["properties"]["data"], RESPONSE, data_site, (*schema_at, "properties", "data"))
                    if status == primary:
                        unwrap = "data"
                else:
                    site = Site(RANK_OPERATION, (op_class + "Response",), deprecated=deprecated)
                    # the original schema: a reference keeps its component's identity
                    rtype = type_of(media.get("schema", {}), RESPONSE, site, schema_at)
                if status == primary:
                    result = rtype
            else:
                error_name = ampeco.error_body_name(status)
                site = Site(RANK_ERROR, (error_name, op_class + error_name))
                rtype = type_of(media.get("schema", {}), RESPONSE, site, schema_at)
            out.append(Response(status, description, content_type, rtype, headers))
        if primary and result is None and _has_content(raw, primary):
            result = ANY
        return out, result, unwrap, item_type

    def webhook(
        self, name: str, op_id: str, expression: str, method: str, op: dict[str, Any], where: tuple[Any, ...], deprecated: bool = False
    ) -> Webhook:
        body = None
        rb = self.state.deref(op.get("requestBody"), (*where, "requestBody")) if op.get("requestBody") else None
        if isinstance(rb, dict) and isinstance(rb.get("content"), dict) and rb["content"]:
            content_type = pick_content(rb["content"])
            media = rb["content"][content_type] if isinstance(rb["content"][content_type], dict) else {}
            hook_name = naming.class_name(name)
            hook_name += "" if hook_name.endswith("Notification") else "Notification"
            site = Site(RANK_DATA, (hook_name, hook_name + "Deprecated") if deprecated else (hook_name,), deprecated=deprecated)
            btype = self.schemas.type_of(media.get("schema", {}), RESPONSE, site, (*where, "requestBody", "content", content_type, "schema"))
            body = Body(content_type, btype, rb.get("required") is True, str(rb.get("description") or ""))
        headers = []
        for index, raw in enumerate(op.get("parameters") or []):
            prm = self.state.deref(raw, (*where, "parameters", index))
            if isinstance(prm, dict) and prm.get("in") == "header" and isinstance(prm.get("name"), str):
                headers.append(prm["name"])
        return Webhook(
            name=name,
            operation_id=op_id,
            expression=expression,
            http_method=method.upper(),
            body=body,
            summary=str(op.get("summary") or ""),
            description=str(op.get("description") or ""),
            header_names=tuple(headers),
        )

    def top_level_webhooks(self) -> tuple[Webhook, ...]:
        """OpenAPI 3.1 ``webhooks``: notifications not tied to an operation."""
        hooks = self.state.document.data.get("webhooks")
        if not isinstance(hooks, dict):
            return ()
        out = []
        for name in sorted(hooks):
            item = self.state.deref(hooks[name], ("webhooks", name))
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict):
                    out.append(self.webhook(str(name), "", "", method, op, ("webhooks", name, method)))
        return tuple(out)

    def requirements(self, raw: Any, where: tuple[Any, ...]) -> tuple[tuple[str, ...], ...] | None:
        """Security requirements as alternatives of scheme names (None: not given). An
        alternative naming a scheme ``components.securitySchemes`` does not define cannot
        be met: it is dropped with a located warning, so an operation whose every
        alternative is dropped sends no credential (instead of failing at call time)."""
        if not isinstance(raw, list):
            return None
        components = self.state.document.data.get("components")
        schemes = components.get("securitySchemes") if isinstance(components, dict) else None
        known = set(schemes) if isinstance(schemes, dict) else set()
        kept = []
        for index, item in enumerate(raw):
            if not isinstance(item, dict):
                continue
            alternative = tuple(sorted(str(k) for k in item))
            unknown = [name for name in alternative if name not in known]
            for name in unknown:
                self.state.warning(
                    f"security scheme {name!r} is not defined in components/securitySchemes: "
                    "this requirement is dropped (no credential is sent for it)",
                    (*where, index, name),
                )
            if not unknown:
                kept.append(alternative)
        return tuple(kept)

    def security_schemes(self, raw: dict[str, Any]) -> tuple[SecurityScheme, ...]:
        out = []
        for name in sorted(raw):
            scheme = self.state.deref(raw[name], ("components", "securitySchemes", name))
            if not isinstance(scheme, dict):
                continue
            kind = str(scheme.get("type", ""))
            out.append(
                SecurityScheme(
                    name=str(name),
                    kind=kind,
                    scheme=str(scheme.get("scheme", "")).lower() if kind == "http" else "",
                    location=str(scheme.get("in", "")) if kind == "apiKey" else "",
                    parameter=str(scheme.get("name", "")) if kind == "apiKey" else "",
                    description=str(scheme.get("description") or ""),
                )
            )
        return tuple(out)


@lru_cache(maxsize=4096)
def _parameter_names(wire: str) -> tuple[str, str]:
    """A parameter's argument name and what it adds to its operation's class name."""
    return naming.argument_name(wire), naming.pascal(wire)


def _has_content(raw: dict[str, Any], status: str) -> bool:
    value = raw.get(status)
    return isinstance(value, dict) and bool(value.get("content"))


def pick_content(content: dict[str, Any]) -> str:
    """The media type the SDK speaks for a request or response."""
    if len(content) == 1:  # the common case: the only one, whatever it is
        return str(next(iter(content)))
    keys = sorted(map(str, content))
    for preferred in ("application/json",):
        if preferred in keys:
            return preferred
    for key in keys:
        if key.endswith("+json") or key.endswith("/json"):
            return key
    return keys[0]


def path_names(route: str) -> list[str]:
    names = []
    for piece in route.split("{")[1:]:
        names.append(piece.split("}")[0])
    return names
