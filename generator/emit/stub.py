"""Files of the generated mock server (``<package>/stub``).

One handler per operation, each registered with what the stub needs to act like the
API: method and path template, typed path, query, header and cookie parameters, the
security it asks for, the request body's type and media type, the success status and
the type, media type (and envelope) of what it answers. The API's security schemes
go to the route table; the shapes of the models and enums the types name go to
``_schemas.json``, data that ``_schemas.py`` reads when the stub is imported (3.110.0's
~600 models spelled as Python were 315 KB for every generation to format and compile,
~60 ms of CPU; as JSON they take ~9 ms to write and nothing to check).

What a handler does follows from its path and method (``behaviour``), by fixed rules:
``/public-api/resources/evses/v2.1`` is the collection ``resources/evses`` in every
version, so a record created through one version reads back through another.
"""

from __future__ import annotations

import functools
import json
import keyword
import re
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import naming
from ..format import pyfmt
from ..format.pyfmt import import_line
from ..model.ir import MISSING, Api, Constraints, EnumType, Model, Operation, Parameter, SecurityScheme, TypeRef

if TYPE_CHECKING:
    from ..model.ir import Field
    from .sdk import Renderer

PRIMITIVES = {
    "int": "INT",
    "str": "STR",
    "float": "FLOAT",
    "bool": "BOOL",
    "datetime": "DATETIME",
    "date": "DATE",
    "time": "TIME",
    "Decimal": "DECIMAL",
    "bytes": "BYTES",
    "None": "NULL",  # only null: enum [null], const null, type "null"
}
# string formats the stub's checks and invented values care about (dates are types)
FORMATS = frozenset(
    {"email", "uri", "url", "uuid", "integer", "int32", "int64", "number", "float", "double", "decimal", "boolean", "date-time", "datetime", "date"}
)
_VERSION = re.compile(r"^v\d+(\.\d+)*$")
_PARAM = re.compile(r"^\{([^{}]+)\}$")
# names the handlers module imports or uses; a handler function never takes one
_HANDLER_RESERVED = frozenset({"ROUTES", "Call", "Reply", "RouteTable", "SecurityScheme", "Field", "annotations"})
JSON = "application/json"
# the stub runtime's default security (AMPECO's): used when a spec declares no schemes
DEFAULT_SECURITY = (("bearerAuth",),)  # the stub runtime's default: AMPECO's bearer token


# -- types and values ---------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)  # names and wire keys recur across models and handlers
def lit(text: str) -> str:
    """A string literal in ASCII (``\\u`` escapes): wide characters would otherwise make
    black measure a line longer than ``pyfmt`` does. (Python's ``backslashreplace`` writes
    ``\\xe9``, ``\\u20ac``, ``\\U0001f600``: the escapes of a string literal.)"""
    literal = pyfmt.py_str(text)
    if literal.isascii():
        return literal
    return literal.encode("ascii", "backslashreplace").decode("ascii")


class Names:
    """Collects the runtime names a generated module uses, for its imports."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def use(self, name: str) -> str:
        self.used.add(name)
        return name


def type_expr(t: TypeRef, names: Names) -> str:
    """The stub-schema spelling of a type: ``INT``, ``array_of(ref("Evse"))``..."""
    expr: str
    kind = t.kind
    if kind == "primitive":
        expr = names.use(PRIMITIVES.get(t.name, "STR"))
    elif kind == "model":
        expr = f"{names.use('ref')}({lit(t.name)})"
    elif kind == "enum":
        expr = f"{names.use('choice')}({lit(t.name)})"
    elif kind == "list":
        expr = f"{names.use('array_of')}({type_expr(t.items[0], names)})"
    elif kind == "tuple":
        expr = _join(f"{names.use('tuple_of')}(", [type_expr(i, names) for i in t.items], ")")
    elif kind == "dict":
        expr = f"{names.use('map_of')}({type_expr(t.items[0], names)})"
    elif kind == "union":
        expr = _join(f"{names.use('one_of')}(", [type_expr(i, names) for i in t.items], ")")
    else:
        expr = names.use("ANY")
    if t.nullable and kind != "any" and expr != "NULL":
        return f"{names.use('nullable')}({expr})"
    return expr


def value_expr(value: Any) -> str:
    """A JSON value as a Python literal (ASCII only, see ``lit``)."""
    if isinstance(value, (list, tuple)) and value:
        return _join("[", [value_expr(v) for v in value], "]")
    if isinstance(value, dict) and value:
        return _join("{", [f"{lit(str(key))}: {value_expr(item)}" for key, item in value.items()], "}")
    if isinstance(value, str):
        return lit(value)
    return pyfmt.py_value(value)


def _join(head: str, items: list[str], tail: str) -> str:
    """``head`` + items + ``tail`` on one line: the formatting pass wraps it."""
    return head + ", ".join(items) + tail


def _keyword(name: str, value: str) -> str:
    return f"{name}={value}"


def _number(value: int | float) -> str:
    return pyfmt.py_value(value)


def field_expr(
    wire_name: str,
    t: TypeRef,
    required: bool,
    constraints: Constraints,
    names: Names,
    fmt: str = "",
    example: Any = MISSING,
    extra: list[str] | None = None,
) -> str:
    """``Field("name", TYPE, required=True, minimum=1, ...)``."""
    args: list[str] = [lit(wire_name), type_expr(t, names)]
    if required:
        args.append("required=True")
    if fmt and fmt in FORMATS and t.kind == "primitive" and t.name == "str":
        args.append(f"fmt={lit(fmt)}")
    if not constraints.is_empty():
        args.extend(_constraint_args(constraints))
    if example is not MISSING:
        args.append(_keyword("example", value_expr(example)))
    if extra:
        args.extend(extra)
    return _join(f"{names.use('Field')}(", args, ")")


def _constraint_args(c: Constraints) -> list[str]:
    """The keyword arguments of ``Field`` that say a value's constraints."""
    args: list[str] = []
    for name, number in (("minimum", c.minimum), ("maximum", c.maximum), ("multiple_of", c.multiple_of)):
        if number is not None:
            args.append(f"{name}={_number(number)}")
    if c.exclusive_minimum and c.minimum is not None:
        args.append("exclusive_minimum=True")
    if c.exclusive_maximum and c.maximum is not None:
        args.append("exclusive_maximum=True")
    for name, whole in (("min_length", c.min_length), ("max_length", c.max_length), ("min_items", c.min_items), ("max_items", c.max_items)):
        if whole is not None:
            args.append(f"{name}={whole}")
    if c.pattern is not None:
        args.append(f"pattern={lit(c.pattern)}")
    return args


_STYLES = frozenset({"form", "spaceDelimited", "pipeDelimited"})


def _structured(t: TypeRef) -> bool:
    if t.kind == "union":
        return any(_structured(i) for i in t.items)
    return t.kind in ("list", "tuple", "model", "dict")


def param_expr(p: Parameter, names: Names) -> str:
    """A parameter's ``Field``; a query array or object sent in a ``form`` style
    (not the PHP way AMPECO reads, the stub's default) says its style and explode."""
    extra: list[str] = []
    if p.location == "query" and p.style in _STYLES and _structured(p.type):
        extra = [f"style={lit(p.style)}"] + ([] if p.explode else ["explode=False"])
    return field_expr(p.wire_name, p.type, p.required, p.constraints, names, extra=extra)


# -- behaviours -------------------------------------------------------------------------------


class Behaviour(NamedTuple):
    """What a handler does: ``kind`` and its arguments (collection, id parameter)."""

    kind: str  # listing, create, read, update, delete, singleton, respond
    collection: str = ""
    id_param: str = ""

    def call(self) -> tuple[str, list[str]]:
        """The ``Call`` method and its arguments (Python literals)."""
        if self.kind == "respond":
            return "respond", []
        args = [lit(self.collection)]
        if self.id_param:
            args.append(lit(self.id_param))
        return self.kind, args

    def describe(self) -> str:
        coll = f"``{self.collection}``"
        return {
            "listing": f"Lists the records of {coll}, a page at a time.",
            "create": f"Stores the body as a new record of {coll}.",
            "read": f"Answers the record of {coll} named by ``{self.id_param}``.",
            "update": f"Merges the body into the record of {coll} named by ``{self.id_param}``.",
            "upsert": f"Merges the body into the record of {coll} named by ``{self.id_param}``, creating it when there is none.",
            "delete": f"Deletes the record of {coll} named by ``{self.id_param}``.",
            "singleton": f"Reads, writes or resets the single record {coll}.",
        }.get(self.kind, "Answers invented data (the same for the same path and seed).")


def path_segments(path: str) -> list[str]:
    """Path pieces that name a resource: no ``public-api`` prefix, no version."""
    pieces = [p for p in path.strip("/").split("/") if p]
    if pieces and pieces[0] == "public-api":
        pieces = pieces[1:]
    return [p for p in pieces if not _VERSION.match(p)]


def _is_record(t: TypeRef | None) -> bool:
    return t is not None and t.kind in ("model", "union") and not any(i.kind == "list" for i in t.items)


def behaviours(api: Api) -> dict[str, Behaviour]:
    """Each operation's behaviour, by operation id.

    - ``actions/...`` paths: ``respond`` (invented data, no state);
    - paginated GET: ``listing`` of the collection its path names;
    - a path ending in a parameter: GET ``read``, PATCH/PUT ``update``, DELETE
      ``delete`` of the record that parameter names (GET of a non-record: ``respond``);
      a PUT there is an ``upsert`` (it creates the record under the path's id) when
      no POST creates records in that collection;
    - POST to a collection (a path that is listed or has ``/{id}`` records) with a
      body and a record result: ``create``;
    - other GET/PUT/PATCH/POST/DELETE on a literal path: ``singleton`` when the
      result is a record or nothing, else ``respond``.
    """
    collections: set[str] = set()
    for op in api.operations:
        segments = path_segments(op.path)
        if op.pagination:
            collections.add("/".join(segments))
        if segments and _PARAM.match(segments[-1]):
            collections.add("/".join(segments[:-1]))
    out: dict[str, Behaviour] = {}
    puts: list[str] = []
    for op in api.operations:
        segments = path_segments(op.path)
        method = op.http_method.upper()
        if not segments or segments[0] == "actions":
            out[op.operation_id] = Behaviour("respond")
            continue
        whole = "/".join(segments)
        last = _PARAM.match(segments[-1])
        if op.pagination and method == "GET":
            out[op.operation_id] = Behaviour("listing", whole)
        elif last:
            collection, id_param = "/".join(segments[:-1]), last.group(1)
            kind = {"GET": "read", "PATCH": "update", "PUT": "update", "DELETE": "delete"}.get(method, "respond")
            if kind == "read" and not _is_record(op.result):
                kind = "respond"
            out[op.operation_id] = Behaviour(kind, collection, id_param) if kind != "respond" else Behaviour("respond")
            if method == "PUT" and kind == "update":
                puts.append(op.operation_id)
        elif method == "POST" and whole in collections and op.body is not None and _is_record(op.result):
            out[op.operation_id] = Behaviour("create", whole)
        elif whole not in collections and method in ("GET", "PUT", "PATCH", "POST", "DELETE") and (op.result is None or _is_record(op.result)):
            out[op.operation_id] = Behaviour("singleton", whole)
        else:
            out[op.operation_id] = Behaviour("respond")
    created = {b.collection for b in out.values() if b.kind == "create"}
    for op_id in puts:
        found = out[op_id]
        if found.collection not in created:
            out[op_id] = Behaviour("upsert", found.collection, found.id_param)
    return out


# -- handlers ------------------------------------------------------------------------------------


class HandlerView(NamedTuple):
    name: str
    decorator: str
    docstring: str
    body: str


def _primary_status(op: Operation) -> int:
    statuses = op.success_statuses
    return statuses[0] if statuses else 200


def _doc_inline(text: str) -> str:
    """``text`` on one line, escaped to sit inside a docstring."""
    line = " ".join(text.split())
    return pyfmt.docstring(line, 0)[3:-3] if line else ""


def stub_security(api: Api) -> tuple[tuple[SecurityScheme, ...], tuple[tuple[str, ...], ...]]:
    """The schemes (by name) and default security the stub enforces: the spec's, as the
    generated client sends them (a spec that declares none needs no credentials)."""
    return tuple(sorted(api.security_schemes, key=lambda s: s.name)), api.default_security


def _is_runtime_default(schemes: tuple[SecurityScheme, ...], default_security: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the runtime's default route table already enforces this security."""
    spelled = [(s.name, s.kind, s.scheme, s.location, s.parameter) for s in schemes]
    return spelled == [("bearerAuth", "http", "bearer", "", "")] and default_security == DEFAULT_SECURITY


def requirements_expr(requirements: tuple[tuple[str, ...], ...]) -> str:
    """Security alternatives as a tuple literal: ``(("basicAuth",), ("keyQuery",))``."""
    spelled = []
    for names in requirements:
        inner = ", ".join(lit(n) for n in names)
        spelled.append(f"({inner},)" if len(names) == 1 else f"({inner})")
    if len(spelled) == 1:
        return f"({spelled[0]},)"
    return _join("(", list(spelled), ")")


def scheme_expr(scheme: SecurityScheme) -> str:
    """``SecurityScheme("keyHeader", "apiKey", location="header", parameter="X-Key")``."""
    args: list[str] = [lit(scheme.name), lit(scheme.kind)]
    for keyword_name, value in (("scheme", scheme.scheme), ("location", scheme.location), ("parameter", scheme.parameter)):
        if value:
            args.append(f"{keyword_name}={lit(value)}")
    return _join("SecurityScheme(", args, ")")


def _params_arg(keyword_name: str, params: list[Parameter], names: Names) -> str:
    return _join(f"{keyword_name}=[", [param_expr(p, names) for p in params], "]")


def handler_view(op: Operation, name: str, behaviour: Behaviour, names: Names, default_security: tuple[tuple[str, ...], ...]) -> HandlerView:
    """The decorator, docstring and body of one operation's handler (``default_security``
    is the route table's: an operation with the same security does not repeat it)."""
    args: list[str] = [lit(op.operation_id), lit(op.http_method.upper()), lit(op.path)]
    for keyword_name, location in (("path_params", "path"), ("query", "query"), ("headers", "header"), ("cookies", "cookie")):
        params = [p for p in op.parameters if p.location == location]
        if params:
            args.append(_params_arg(keyword_name, params, names))
    if op.body is not None:
        args.append(_keyword("body", type_expr(op.body.type, names)))
        if op.body.content_type != JSON:
            args.append(f"request_content_type={lit(op.body.content_type)}")
        if op.body.required:
            args.append("body_required=True")
    status = _primary_status(op)
    if status != 200:
        args.append(f"status={status}")
    result = op.item_type if op.pagination else op.result
    if result is not None:
        args.append(_keyword("result", type_expr(result, names)))
    if op.response_content_type and op.response_content_type != JSON:
        args.append(f"response_content_type={lit(op.response_content_type)}")
    if op.pagination:
        args.append('envelope="page"')
        args.append(f"pagination={lit(op.pagination)}")
    elif op.unwrap:
        args.append(f"envelope={lit(op.unwrap)}")
    if op.security is not None and op.security != default_security:
        args.append(_keyword("security", requirements_expr(op.security)))
    decorator = _join("@ROUTES.add(", args, ")")
    method, call_args = behaviour.call()
    body = "    return " + _join(f"call.{method}(", list(call_args), ")")
    summary = op.summary or op.operation_id
    doc = f"{summary}\n\n``{op.http_method.upper()} {op.path}``\n\n{behaviour.describe()}"
    return HandlerView(name, decorator, pyfmt.docstring(doc, 4), body)


def handler_names(api: Api) -> dict[str, str]:
    """Python function name of each operation's handler (snake case, unique)."""
    ids = sorted(op.operation_id for op in api.operations)
    wanted = []
    for op_id in ids:
        name = naming.snake(op_id) or "operation"
        if name[0].isdigit():
            name = "op_" + name
        if keyword.iskeyword(name) or name in naming.SOFT_KEYWORDS:
            name += "_"
        wanted.append(name)
    return dict(zip(ids, naming.dedupe(wanted, _HANDLER_RESERVED), strict=True))


# -- schemas --------------------------------------------------------------------------------------


def _reachable(api: Api, refs: dict[str, set[str]] | None = None) -> tuple[list[Model], list[EnumType]]:
    """Models and enums the operations use (through parameters, bodies and results)
    and those of the notifications the API sends (so the stub can invent them).
    ``refs``: the classes each model uses (``sdk.model_refs``), when the caller has them."""
    models = {m.name: m for m in api.models}
    enums = {e.name: e for e in api.enums}
    seen: set[str] = set()
    stack: list[TypeRef] = []
    for op in api.operations:
        stack.extend(p.type for p in op.parameters)
        if op.body is not None:
            stack.append(op.body.type)
        for t in (op.result, op.item_type):
            if t is not None:
                stack.append(t)
    for webhook in api.webhooks:
        if webhook.body is not None:
            stack.append(webhook.body.type)
    if refs is not None:  # the same walk over the classes' graph, each model's types walked once
        names = [inner.name for t in stack for inner in t.walk() if inner.kind in ("model", "enum")]
        while names:
            name = names.pop()
            if name not in seen:
                seen.add(name)
                names.extend(refs.get(name, ()))
        stack = []
    while stack:
        for inner in stack.pop().walk():
            if inner.kind not in ("model", "enum") or inner.name in seen:
                continue
            seen.add(inner.name)
            found = models.get(inner.name)
            if found is not None:
                stack.extend(f.type for f in found.fields)
                if found.extra is not None:
                    stack.append(found.extra)
    return (
        [models[n] for n in sorted(seen) if n in models],
        [enums[n] for n in sorted(seen) if n in enums],
    )


# -- the schema table (``_schemas.json``) ---------------------------------------------------

# a primitive's kind in the stub runtime's ``Type`` (``PRIMITIVES`` gives its constant)
_KINDS = {name: constant.lower() for name, constant in PRIMITIVES.items()}


def type_json(t: TypeRef) -> Any:
    """A type as the stub runtime's ``Type`` reads it from JSON (what ``type_expr`` spells in
    Python): a primitive's kind as a string (``"int"``), else the ``Type``'s fields that
    differ from their defaults (``{"kind": "list", "items": [{"kind": "model", "name": "Evse"}]}``)."""
    kind = t.kind
    out: dict[str, Any]
    if kind == "primitive":
        primitive = _KINDS.get(t.name, "str")
        if not t.nullable or primitive == "null":  # NULL is nullable of itself
            return primitive
        out = {"kind": primitive}
    elif kind in ("model", "enum"):
        out = {"kind": kind, "name": t.name}
    elif kind in ("list", "tuple", "dict", "union"):
        out = {"kind": kind, "items": [type_json(i) for i in t.items]}
    else:
        return "any"
    if t.nullable:
        out["nullable"] = True
    return out


def plain_json(value: Any) -> Any:
    """A spec value (an example) as JSON holds it: what ``value_expr`` would spell, with
    mapping keys as strings and anything else JSON has no type for as its text."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain_json(v) for v in value]
    if isinstance(value, dict):
        return {str(key): plain_json(item) for key, item in value.items()}
    return str(value)


def field_json(f: Field) -> dict[str, Any]:
    """A model's field as the stub runtime's ``Field`` reads it (defaults left out)."""
    out: dict[str, Any] = {"name": f.wire_name, "type": type_json(f.type)}
    if f.required:
        out["required"] = True
    if f.format and f.format in FORMATS and f.type.kind == "primitive" and f.type.name == "str":
        out["fmt"] = f.format
    c = f.constraints
    if not c.is_empty():
        for name in ("minimum", "maximum", "multiple_of", "min_length", "max_length", "min_items", "max_items", "pattern"):
            value = getattr(c, name)
            if value is not None:
                out[name] = value
        if c.exclusive_minimum and c.minimum is not None:
            out["exclusive_minimum"] = True
        if c.exclusive_maximum and c.maximum is not None:
            out["exclusive_maximum"] = True
    if f.example is not MISSING:
        out["example"] = plain_json(f.example)
    return out


def model_json(m: Model) -> dict[str, Any]:
    out: dict[str, Any] = {"fields": [field_json(f) for f in m.fields]}
    if m.closed:
        out["closed"] = True
    if m.extra is not None:
        out["extra"] = type_json(m.extra)
    return out


# one encoder for every entry (``json.dumps`` with a separator makes a new one each call)
_compact = json.JSONEncoder(separators=(",", ":")).encode


def schemas_json(models: list[Model], enums: list[EnumType]) -> str:
    """The text of ``_schemas.json``: ``{"models": {name: model}, "enums": {name: values}}``,
    one model or enum a line (so that a new version's diff names what changed), ASCII only.
    Non-finite numbers are spelled as Python's ``json`` writes and reads them (``NaN``)."""

    def entries(pairs: list[tuple[str, Any]]) -> str:
        return ",\n".join(f"  {_compact(name)}: {_compact(value)}" for name, value in pairs)

    model_lines = entries([(m.name, model_json(m)) for m in models])
    enum_lines = entries([(e.name, [plain_json(member.value) for member in e.members]) for e in enums])
    return '{"models": {\n' + model_lines + '\n},\n"enums": {\n' + enum_lines + "\n}}\n"


# -- files -------------------------------------------------------------------------------------------


def _imports(module: str, names: set[str], order: list[str]) -> str:

    used = [n for n in order if n in names]
    return import_line(module, used) if used else ""


_SCHEMA_NAMES = [
    "ANY",
    "BOOL",
    "BYTES",
    "DATE",
    "DATETIME",
    "DECIMAL",
    "FLOAT",
    "INT",
    "NULL",
    "STR",
    "TIME",
    "Field",
    "Model",
    "Schemas",
    "array_of",
    "choice",
    "map_of",
    "model",
    "nullable",
    "one_of",
    "ref",
    "tuple_of",
]


def stub_files(renderer: Renderer) -> dict[str, str]:
    """Relative path -> text of the stub server's generated files."""
    api = renderer.api
    pkg = api.package
    title = _doc_inline(f"{api.title} {api.version}")

    handler_uses = Names()
    kinds = behaviours(api)
    func_names = handler_names(api)
    schemes, default_security = stub_security(api)
    handlers = [
        handler_view(op, func_names[op.operation_id], kinds[op.operation_id], handler_uses, default_security)
        for op in sorted(api.operations, key=lambda o: o.operation_id)
    ]
    custom_security = not _is_runtime_default(schemes, default_security)
    table: str = "RouteTable()"
    if custom_security:
        table = _join(
            "RouteTable(",
            [
                _join("schemes=[", [scheme_expr(s) for s in schemes], "]"),
                _keyword("default_security", requirements_expr(default_security)),
            ],
            ")",
        )
    models, enums = _reachable(api, renderer.model_refs)

    files = {
        f"{pkg}/stub/__init__.py": renderer.template("stub/init.py.j2", title=title, count=len(handlers)),
        f"{pkg}/stub/__main__.py": renderer.template("stub/main.py.j2"),
        f"{pkg}/stub/_handlers.py": renderer.template(
            "stub/handlers.py.j2",
            title=title,
            handlers=handlers,
            routes=f"ROUTES = {table}",
            scheme_import=custom_security,
            schema_import=_imports(".._runtime.stub_schema", handler_uses.used, _SCHEMA_NAMES),
        ),
        f"{pkg}/stub/_schemas.py": renderer.template("stub/schemas.py.j2", title=title),
        f"{pkg}/stub/_schemas.json": schemas_json(models, enums),
    }
    return files


__all__ = ["Behaviour", "behaviours", "handler_names", "stub_files", "type_expr", "value_expr"]
