"""Usage examples: a call of each method with valid arguments for the reference docs, and
the operations the README and the package and stub docstrings illustrate.

Values are synthesised from the IR, deterministically: the first enum member, ``1`` for
integers, ISO strings for dates, required fields only (recursively) for bodies. The
examples are executed against the stub server in the project's tests, so they stay true.
"""

from __future__ import annotations

import builtins
import keyword
import re
from collections.abc import Callable
from typing import Any, NamedTuple

from .. import naming
from ..format import pyfmt
from ..model.ir import MISSING, Api, EnumType, Model, Operation, SecurityScheme, TypeRef
from .webhooks import notification_kinds

SCALARS: dict[str, Any] = {
    "str": "example",
    "int": 1,
    "float": 1.5,
    "bool": True,
    "Decimal": 10.5,
    "datetime": "2024-01-31T12:00:00+00:00",
    "date": "2024-01-31",
    "time": "12:00",
    "bytes": "",
}


FORMATTED: dict[str, str] = {
    "email": "user@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "integer": "1",
    "number": "1.5",
    "boolean": "true",
    "date-time": "2024-01-31T12:00:00+00:00",
    "date": "2024-01-31",
}


class ExampleValues:
    """JSON-like sample values for types of one API."""

    def __init__(self, api: Api) -> None:
        self.models: dict[str, Model] = {m.name: m for m in api.models}
        self.enums: dict[str, EnumType] = {e.name: e for e in api.enums}

    def value(self, t: TypeRef, depth: int = 0) -> Any:
        if t.kind == "primitive":
            return SCALARS.get(t.name, "example")
        if t.kind == "enum":
            enum = self.enums.get(t.name)
            return enum.members[0].value if enum and enum.members else "example"
        if t.kind == "list":
            return [self.value(t.items[0], depth + 1)] if depth < 8 else []
        if t.kind == "tuple":
            return [self.value(item, depth + 1) for item in t.items]
        if t.kind == "dict":
            return {}
        if t.kind == "union":
            return self.value(t.items[0], depth + 1)
        if t.kind == "model":
            return self.body(t.name, depth + 1)
        return None

    def field_value(self, t: TypeRef, fmt: str, depth: int) -> Any:
        """A value for a field, honouring string formats (email, uri, uuid...)."""
        if t.kind == "primitive" and t.name == "str" and fmt in FORMATTED:
            return FORMATTED[fmt]
        return self.value(t, depth)

    def body(self, model_name: str, depth: int = 0) -> dict[str, Any]:
        """A mapping with the model's required fields (wire names), recursively."""
        model = self.models.get(model_name)
        if model is None or depth > 8:
            return {}
        out: dict[str, Any] = {}
        for f in model.fields:
            if f.required:
                if f.example is not MISSING and f.type.kind == "primitive" and _fits(f.example, f.type):
                    out[f.wire_name] = f.example
                else:
                    out[f.wire_name] = self.field_value(f.type, f.format, depth)
        return out


# -- laying out example calls -------------------------------------------------------------
# The examples live in docstrings and Markdown, which no formatter touches, so they are
# wrapped here: a call on one line when it fits in 88 columns, else its arguments on one
# indented line, else one per line (recursing into dicts and lists). Generated *code* is
# never laid out by hand: see ``format.tree``.

SNIPPET_WIDTH = 88


class Group:
    """A bracketed list in an example: ``head`` + items + ``tail``; ``collection`` (a
    dict or list display of several items) puts one item per line once split."""

    def __init__(self, head: str, items: list[str | Group], tail: str, collection: bool = False) -> None:
        self.head = head
        self.items = items
        self.tail = tail
        self.collection = collection

    def flat(self) -> str:
        return self.head + ", ".join(flat(i) for i in self.items) + self.tail


def flat(node: str | Group) -> str:
    return node if isinstance(node, str) else node.flat()


def layout(node: str | Group, indent: int, prefix: str = "", suffix: str = "") -> str:
    """Lines of ``prefix + node + suffix`` at ``indent``, split at brackets when too wide."""
    pad = " " * indent
    one = f"{pad}{prefix}{flat(node)}{suffix}"
    if isinstance(node, str) or pyfmt.width(one) <= SNIPPET_WIDTH:
        return one
    inner = " " * (indent + 4)
    hug = inner + ", ".join(flat(i) for i in node.items)
    lines = [f"{pad}{prefix}{node.head}"]
    if node.items and (not node.collection or len(node.items) == 1) and pyfmt.width(hug) <= SNIPPET_WIDTH:
        lines.append(hug)
    else:
        lines.extend(layout(item, indent + 4, "", ",") for item in node.items)
    lines.append(f"{pad}{node.tail}{suffix}")
    return "\n".join(lines)


def _fits(example: Any, t: TypeRef) -> bool:
    kinds: dict[str, type | tuple[type, ...]] = {"str": str, "int": int, "float": (int, float), "bool": bool}
    expected = kinds.get(t.name)
    return expected is not None and isinstance(example, expected) and not (t.name != "bool" and isinstance(example, bool))


def value_node(value: Any, prefix: str = "") -> str | Group:
    """A literal for a JSON-like value as a layout node (dicts and lists may split)."""
    if isinstance(value, dict) and value:
        items: list[str | Group] = [value_node(v, f"{pyfmt.py_str(str(k))}: ") for k, v in value.items()]
        return Group(prefix + "{", items, "}", True)
    if isinstance(value, list) and value:
        return Group(prefix + "[", [value_node(v) for v in value], "]", True)
    return prefix + pyfmt.py_value(value)


def path_values(op: Operation, values: ExampleValues) -> list[Any]:
    """A valid value for each path parameter, in order: a plain string id is ``"1"``, the
    id of the stub's first sample record, so that the example reads something that exists."""
    return ["1" if p.type.kind == "primitive" and p.type.name == "str" else values.value(p.type) for p in op.parameters if p.location == "path"]


def keyword_arguments(op: Operation, values: ExampleValues) -> list[str | Group]:
    """The required keyword arguments of a call (query, header, cookie, then the body)."""
    args: list[str | Group] = []
    for p in op.parameters:
        if p.location != "path" and p.required:
            args.append(f"{p.name}={pyfmt.py_value(values.value(p.type))}")
    if op.body is not None and op.body.required:
        args.append(value_node(body_value(op, values), "body="))
    return args


def body_value(op: Operation, values: ExampleValues) -> Any:
    """A sample request body of ``op`` (which has one)."""
    assert op.body is not None
    t = op.body.type
    return values.body(t.name) if t.kind == "model" else values.value(t)


def call_example(op: Operation, values: ExampleValues, client: str = "client") -> str:
    """``client.resource.method(args)`` with valid arguments, laid out as black would."""
    args = [pyfmt.py_value(v) for v in path_values(op, values)] + keyword_arguments(op, values)
    target = f"{client}.{op.resource}.{op.method}("
    if op.pagination:
        return layout(Group(target, args, ")"), 0, "for item in ") + ":\n    print(item)"
    if op.result is None:
        return layout(Group(target, args, ")"), 0)
    return layout(Group(target, args, ")"), 0, "result = ") + "\nprint(result)"


# -- the README's and the module docstrings' examples ------------------------------------

# AMPECO's README has always shown these calls, with arguments picked by hand: a spec that
# has these operations keeps them; any other gets operations picked by their shape.
PREFERRED: dict[str, tuple[str, dict[str, Any]]] = {
    "read": ("evseRead", {"include": ["connectors"]}),
    "listing": ("evsesListing", {"filter": {"chargePointId": "12"}}),
    "create": ("chargePointStartChargingSession", {"body": {"userId": 7}}),
    "missing": ("chargePointRead", {}),
    "second_listing": ("sessionsListing", {}),
}
PAGE_SIZE_PARAMETERS = ("per_page", "perPage", "page_size", "pageSize", "limit")
LABEL_FIELDS = ("status", "name")  # wire names worth printing beside an ``id``
# names the examples use themselves: never one for a result or a listed item
TAKEN_NAMES = frozenset(
    [
        "aclient",
        "app",
        "asyncio",
        "body",
        "chunk",
        "client",
        "dispatcher",
        "environ",
        "exc",
        "folder",
        "handle",
        "headers",
        "main",
        "notification",
        "page",
        "pager",
        "raw",
        "real",
        "response",
        "size",
        "stub",
        "tempfile",
        "url",
    ]
)
NOTIFICATION_NAME = re.compile(r"^[A-Za-z0-9_.]{1,60}$")
PREFERRED_NOTIFICATION = "session.start.stop.notification"


class Credential(NamedTuple):
    """A ``credentials=`` entry of the configuration example."""

    name: str  # the security scheme's name
    value: str  # a placeholder literal
    note: str  # what the scheme is, for a comment


class ExampleCall(NamedTuple):
    """One operation as the examples call it, and how they name and print what it returns."""

    op: Operation
    path: tuple[Any, ...]  # a value for each path parameter
    keywords: tuple[str | Group, ...]  # required keyword arguments, rendered
    showcase: tuple[str | Group, ...]  # optional arguments the first example adds
    page_size: str  # argument setting the page size of a listing ("": none)
    keyed: bool  # whether the last path parameter is an id that ``key=`` may replace
    variable: str  # a name for the result, or for each listed item
    id_attr: str  # the result's (or item's) ``id`` attribute ("": none)
    label_attr: str  # another attribute worth printing ("": none)
    enum_attr: str  # an enum attribute ("": none)

    def call(
        self,
        client: str = "client",
        *,
        key: int | None = None,
        page_size: int | None = None,
        showcase: bool = False,
        prefix: str = "",
        suffix: str = "",
        indent: int = 0,
    ) -> str:
        """``prefix + client.resource.method(args) + suffix`` laid out as black would, for a
        line indented by ``indent`` (the first line without its indentation).

        ``key`` replaces the id in the path, ``page_size`` sets a listing's page size and
        ``showcase`` adds the optional arguments of the first example.
        """
        return layout(self._group(client, key, page_size, showcase), indent, prefix, suffix)[indent:]

    def inline(self, client: str = "client", *, key: int | None = None) -> str:
        """The call on one line, for prose."""
        return flat(self._group(client, key, None, False))

    def _group(self, client: str, key: int | None, page_size: int | None, showcase: bool) -> Group:
        path = list(self.path)
        if key is not None and self.keyed:
            path[-1] = key if isinstance(path[-1], int) else str(key)
        args = [pyfmt.py_value(v) for v in path] + list(self.keywords)
        if showcase:
            args += self.showcase
        if page_size is not None and self.page_size:
            args.append(f"{self.page_size}={page_size}")
        return Group(f"{client}.{self.op.resource}.{self.op.method}(", args, ")")

    def shown(self, *, id_only: bool = False) -> str:
        """What an example prints of the value: ``evse.id, evse.status`` or ``evse``."""
        attrs = [a for a in (self.id_attr, "" if id_only else self.label_attr) if a]
        return ", ".join(f"{self.variable}.{a}" for a in attrs) or self.variable


class UsageExamples(NamedTuple):
    """What the README and the package and stub docstrings illustrate, from the API itself.

    Each role is an operation of the API, or ``None`` when it has none fit for it (the
    examples that need it are left out).
    """

    read: ExampleCall | None  # fetches one object
    listing: ExampleCall | None  # a paginated listing
    second_listing: ExampleCall | None  # a listing for the async and download examples
    create: ExampleCall | None  # sends a JSON body
    missing: ExampleCall | None  # a read whose id may be missing (404)
    notification: str  # a webhook notification type ("": the API has none)
    token: bool  # whether ``api_token=`` serves some security scheme
    credentials: tuple[Credential, ...]  # every other scheme, for ``credentials=``
    client_options: str  # constructor arguments the examples' operations need
    base_url: str  # a base URL, as the package docstring passes it
    host: str  # the same as the configuration example passes it
    host_note: str  # what ``host`` is
    ampeco: bool  # AMPECO's own API (its prose names AMPECO)
    client_class: str = "Ampeco"  # the package's sync client class

    @property
    def owner(self) -> str:
        """Whose conventions (a 422's ``errors`` map) the prose refers to."""
        return "AMPECO's" if self.ampeco else "the API's"

    @property
    def unknown_fields(self) -> str:
        """How a field (and an enum value) the SDK does not know is read, for prose."""
        read = self.read
        if read is None or read.op.result is None or read.op.result.kind not in ("model", "union"):
            return ""
        enum = [f"`{read.variable}.{read.enum_attr}.value`"] if read.enum_attr else []
        return ", ".join([*enum, f"`{read.variable}.someNewField`"])

    def client(self, *args: str, cls: str = "", prefix: str = "", suffix: str = "", indent: int = 0) -> str:
        """``cls(args)`` (the sync client by default) with the credentials the examples
        need, laid out like ``call``; empty arguments are left out."""
        cls = cls or self.client_class
        items: list[str | Group] = [a for a in (*args, self.client_options) if a]
        return layout(Group(f"{cls}(", items, ")"), indent, prefix, suffix)[indent:]


def usage_examples(api: Api) -> UsageExamples:
    """Pick, deterministically, the operations the README and docstrings show."""
    values = ExampleValues(api)
    by_id = {op.operation_id: op for op in api.operations}
    schemes = {s.name: s for s in api.security_schemes}

    def needs(op: Operation) -> tuple[str, ...]:
        return _needed_schemes(op, api, schemes)

    def preferred(role: str) -> ExampleCall | None:
        wanted, showcase = PREFERRED[role]
        op = by_id.get(wanted)
        return None if op is None else _example_call(op, values, showcase)

    def pick(role: str, candidates: list[Operation], rank: Callable[[Operation], tuple[bool, ...]]) -> ExampleCall | None:
        """The preferred operation for ``role``, else the best ranked candidate (the
        first in the API's order among equals)."""
        op = min(candidates, key=rank, default=None)
        return preferred(role) or (None if op is None else _example_call(op, values, {}))

    reads = [op for op in api.operations if _is_read(op)]
    # the collection paths whose records a read fetches, and those with numeric ids
    records = {_collection(op) for op in reads} - {""}
    numbered = {_collection(op) for op in reads if _key_type(op) == "int"} - {""}
    listing = pick(
        "listing",
        [op for op in api.operations if _is_listing(op)],
        lambda op: (
            bool(needs(op)),
            op.deprecated,
            _has_required(op),
            op.path not in numbered,
            op.path not in records,
            not _page_size(op),
        ),
    )
    listed = listing.op.path if listing is not None else None
    read = pick(
        "read",
        reads,
        lambda op: (
            bool(needs(op)),
            op.deprecated,
            _has_required(op),
            _collection(op) != listed,
            _key_type(op) != "int",
            _path_count(op) != 1,
            op.result is None or op.result.kind not in ("model", "union"),
        ),
    )
    near = {e.op.resource for e in (read, listing) if e is not None}
    create = pick(
        "create",
        [op for op in api.operations if _is_create(op)],
        lambda op: (
            bool(needs(op)),
            op.deprecated,
            op.body is None or not op.body.required,
            not _sample_body(op, values),
            _path_count(op) > 0,
            op.resource not in near,
        ),
    )
    # a numeric id the API does not have is a 404 (the stub, like the API, has every
    # other key: a date, a configuration name...)
    missing = preferred("missing") or (read if read is not None and _key_type(read.op) == "int" else None)
    second_listing = preferred("second_listing") or listing
    shown = [e.op for e in (read, listing, second_listing, create, missing) if e is not None]
    needed = sorted({name for op in shown for name in needs(op)})
    credentials = tuple(_credential(s) for s in api.security_schemes if not _uses_token(s))
    placeholders = {c.name: c.value for c in credentials}
    options = ", ".join(f"{pyfmt.py_str(n)}: {placeholders[n]}" for n in needed if n in placeholders)
    ampeco = api.title.upper().startswith("AMPECO")
    server = api.server_url if api.server_url.startswith(("http://", "https://")) and "{" not in api.server_url else ""
    placeholder = "cpo.example.com" if ampeco else "api.example.com"
    return UsageExamples(
        read=read,
        listing=listing,
        second_listing=second_listing,
        create=create,
        missing=missing,
        notification=notification_example(api),
        token=any(_uses_token(s) for s in api.security_schemes),
        credentials=credentials,
        client_options=f"credentials={{{options}}}" if options else "",
        base_url=server or f"https://{placeholder}",
        host=server or placeholder,
        host_note="the spec's server" if server else ("a tenant host or a full URL" if ampeco else "the API's host or a full URL"),
        ampeco=ampeco,
        client_class=api.client_name or naming.client_class_name(api.package),
    )


def notification_example(api: Api) -> str:
    """A webhook notification type for examples ("" when the API sends none)."""
    names = [kind.name for kind in notification_kinds(api)]
    if PREFERRED_NOTIFICATION in names:
        return PREFERRED_NOTIFICATION
    return next((n for n in names if NOTIFICATION_NAME.match(n)), names[0] if names else "")


def _example_call(op: Operation, values: ExampleValues, showcase: dict[str, Any]) -> ExampleCall:
    keywords = keyword_arguments(op, values)
    given = {flat(k).partition("=")[0] for k in keywords}
    allowed = {p.name for p in op.parameters if p.location != "path"} | ({"body"} if op.body else set())
    shown_type = op.item_type if op.pagination else op.result
    fields = _fields(shown_type, values)
    wire = {w: name for name, w, _ in fields}
    enums = [name for name, _, is_enum in fields if is_enum]
    if wire.get("status") in enums:  # the enum most worth showing
        enums.insert(0, wire["status"])
    return ExampleCall(
        op=op,
        path=tuple(path_values(op, values)),
        keywords=tuple(keywords),
        showcase=tuple(value_node(v, f"{k}=") for k, v in showcase.items() if k in allowed and k not in given),
        page_size=_page_size(op),
        keyed=bool(_key_type(op)),
        variable=_variable(op),
        id_attr=wire.get("id", ""),
        label_attr=next((wire[w] for w in LABEL_FIELDS if w in wire), ""),
        enum_attr=next(iter(enums), ""),
    )


def _fields(t: TypeRef | None, values: ExampleValues) -> list[tuple[str, str, bool]]:
    """``(attribute, wire name, is an enum)`` of the fields every value of ``t`` has."""
    if t is None or t.kind not in ("model", "union"):
        return []
    members = [t] if t.kind == "model" else list(t.items)
    models = [values.models[m.name] for m in members if m.kind == "model" and m.name in values.models]
    if not models or len(models) != len(members):
        return []
    common = set.intersection(*({f.wire_name for f in m.fields} for m in models))
    return [(f.name, f.wire_name, f.type.kind == "enum") for f in models[0].fields if f.wire_name in common]


def _variable(op: Operation) -> str:
    """A name for what ``op`` returns (one listed item, for a listing)."""
    name = naming.singular(op.resource)
    usable = name.isidentifier() and name != op.resource and not keyword.iskeyword(name) and name not in TAKEN_NAMES and not hasattr(builtins, name)
    if usable:
        return name
    return "item" if op.pagination else "result"


def _path_count(op: Operation) -> int:
    return sum(1 for p in op.parameters if p.location == "path")


def _key_type(op: Operation) -> str:
    """The type of the last path parameter, an id: "int", "str" or "" (none, or another)."""
    path = [p for p in op.parameters if p.location == "path"]
    if path and path[-1].type.kind == "primitive" and path[-1].type.name in ("int", "str"):
        return path[-1].type.name
    return ""


def _collection(op: Operation) -> str:
    """The path of the collection whose record ``op`` names (``/evses`` of ``/evses/{evse}``)."""
    head, _, last = op.path.rpartition("/")
    return head if last.startswith("{") and last.endswith("}") else ""


def _sample_body(op: Operation, values: ExampleValues) -> bool:
    """Whether ``op`` has a sample body that is not empty."""
    return op.body is not None and bool(body_value(op, values))


def _has_required(op: Operation) -> bool:
    return any(p.required and p.location != "path" for p in op.parameters)


def _page_size(op: Operation) -> str:
    for p in op.parameters:
        if p.location == "query" and p.wire_name in PAGE_SIZE_PARAMETERS and p.type == TypeRef("primitive", "int"):
            return p.name
    return ""


def _is_listing(op: Operation) -> bool:
    return bool(op.pagination) and op.item_type is not None and op.http_method == "GET"


def _is_read(op: Operation) -> bool:
    return op.http_method == "GET" and not op.pagination and op.result is not None and "json" in op.response_content_type


def _is_create(op: Operation) -> bool:
    return op.http_method == "POST" and op.body is not None and "json" in op.body.content_type


def _uses_token(scheme: SecurityScheme) -> bool:
    """Whether the client's ``api_token`` serves the scheme (as the runtime decides)."""
    if scheme.kind == "http":
        return scheme.scheme.lower() == "bearer"
    return scheme.kind in ("oauth2", "openIdConnect")


def _needed_schemes(op: Operation, api: Api, schemes: dict[str, SecurityScheme]) -> tuple[str, ...]:
    """The schemes besides the token that ``op`` needs (none when the token will do)."""
    alternatives = op.security if op.security is not None else api.default_security
    if not alternatives:
        return ()
    for alt in alternatives:
        if all(name in schemes and _uses_token(schemes[name]) for name in alt):
            return ()
    return tuple(name for name in alternatives[0] if name in schemes and not _uses_token(schemes[name]))


def _credential(scheme: SecurityScheme) -> Credential:
    if scheme.kind == "http" and scheme.scheme.lower() == "basic":
        return Credential(scheme.name, '("user", "password")', "HTTP basic: (username, password)")
    if scheme.kind == "apiKey":
        where = "query parameter" if scheme.location == "query" else scheme.location
        return Credential(scheme.name, '"..."', f"API key in the {pyfmt.py_str(scheme.parameter)} {where}")
    return Credential(scheme.name, '"..."', scheme.kind if scheme.kind != "http" else f"HTTP {scheme.scheme}")
