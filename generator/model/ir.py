"""The intermediate model: everything templates may know about an API, and nothing else.

Immutable records (named tuples), built by ``normaliser`` from the raw document and
consumed by the renderer and the diff. Names in here are final Python identifiers (decided
by ``naming``); wire names are kept beside them so the SDK can speak the API's language.

Named tuples rather than frozen dataclasses: a dataclass costs ~0.6 ms to create (its
methods are compiled from text, ~5 ``exec`` calls each), which every run of the generator
paid at import for each class, ~25 ms of a cold run in all; a named tuple ~0.05 ms. Two
records of different classes with the same values compare equal, as tuples do; nothing here
compares records of different classes.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple, TypeVar

_T = TypeVar("_T")

_INDEX: dict[type, dict[str, int]] = {}  # each record class's field names -> positions


def evolve(obj: _T, **changes: Any) -> _T:
    """A copy of ``obj``, a record of the IR, with ``changes``: ``_replace`` without its
    per-call work (the normaliser and the names lock make thousands of such copies)."""
    cls: Any = type(obj)
    index = _INDEX.get(cls)
    if index is None:
        index = _INDEX[cls] = {name: position for position, name in enumerate(cls._fields)}
    values = list(obj)  # type: ignore[call-overload]
    for name, value in changes.items():
        position = index.get(name)
        if position is None:
            raise ValueError(f"not fields of {cls.__name__}: {sorted(set(changes) - set(index))}")
        values[position] = value
    new: _T = tuple.__new__(cls, values)
    return new


class _Missing:
    """Marks "no default given" (``None`` is a legitimate default)."""

    def __repr__(self) -> str:
        return "MISSING"

    def __reduce__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
# ``Api.extras`` when there are none: shared, so typed read-only (a ``MappingProxyType``
# would not pickle, and the IR cache pickles the IR)
NO_EXTRAS: Mapping[str, Any] = {}


class TypeRef(NamedTuple):
    """A type as the SDK spells it.

    ``kind`` is one of:
    - ``primitive``: ``name`` is a Python type: str, int, float, bool, datetime, date,
      time, Decimal, bytes, or None (``NONE``: a schema whose only value is null);
    - ``any``: free-form JSON (``Any``);
    - ``model`` / ``enum``: ``name`` is the class name of a ``Model`` / ``EnumType``;
    - ``list``: ``items[0]`` is the element type;
    - ``dict``: ``items[0]`` is the value type (keys are strings);
    - ``tuple``: ``items`` are the element types, in order (a fixed-length array:
      ``prefixItems`` with no further items);
    - ``union``: ``items`` are the alternatives (``discriminator`` names the tag field,
      ``tags`` holds each alternative's value of it when the spec says).
    """

    kind: str
    name: str = ""
    items: tuple[TypeRef, ...] = ()
    nullable: bool = False
    discriminator: str = ""
    tags: tuple[str, ...] = ()  # discriminator value of each union item, when known

    def with_nullable(self, nullable: bool) -> TypeRef:
        if nullable == self.nullable:
            return self
        return TypeRef(self.kind, self.name, self.items, nullable, self.discriminator, self.tags)

    def walk(self) -> Iterator[TypeRef]:
        """This type and every type inside it, depth first."""
        yield self
        for item in self.items:
            yield from item.walk()


ANY = TypeRef("any")
# only null (``enum: [null]``, ``const: null``, ``type: "null"``): the SDK's ``None``
NONE = TypeRef("primitive", "None", nullable=True)


class Constraints(NamedTuple):
    """Validation keywords kept for documentation, the stub's checks and the diff."""

    minimum: int | float | None = None
    maximum: int | float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    multiple_of: int | float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None

    def is_empty(self) -> bool:
        return self is NO_CONSTRAINTS or self == NO_CONSTRAINTS


NO_CONSTRAINTS = Constraints()  # shared by every field and parameter without validation keywords


class Field(NamedTuple):
    """One property of a model."""

    name: str  # Python attribute name
    wire_name: str  # JSON property name
    type: TypeRef
    required: bool
    description: str = ""
    default: Any = MISSING
    read_only: bool = False
    write_only: bool = False
    deprecated: bool = False
    format: str = ""
    constraints: Constraints = NO_CONSTRAINTS
    example: Any = MISSING


class Model(NamedTuple):
    """An object schema, emitted as one class however many places use it."""

    name: str
    fields: tuple[Field, ...]
    description: str = ""
    title: str = ""
    extra: TypeRef | None = None  # type of additional properties, when they are typed
    closed: bool = False  # additionalProperties: false
    module: str = ""  # module (without package) that defines the class
    direction: str = "both"  # "request", "response" or "both": where the class is used


class EnumMember(NamedTuple):
    name: str  # Python member name
    value: Any  # value on the wire
    description: str = ""


class EnumType(NamedTuple):
    """A set of allowed values. Unknown values still parse (the SDK's enums are open)."""

    name: str
    members: tuple[EnumMember, ...]
    value_type: str  # "str", "int" or "float"
    description: str = ""
    module: str = ""


class Parameter(NamedTuple):
    name: str  # Python argument name
    wire_name: str
    location: str  # path, query, header, cookie
    type: TypeRef
    required: bool
    style: str
    explode: bool
    description: str = ""
    deprecated: bool = False
    default: Any = MISSING
    constraints: Constraints = NO_CONSTRAINTS


class BodyEncoding(NamedTuple):
    """OpenAPI's ``encoding`` of one property of a form or multipart body (``explode``
    None: not declared); ``required`` marks a required array, sent even when empty."""

    name: str  # the property's wire name
    style: str = ""
    explode: bool | None = None
    content_type: str = ""
    required: bool = False


class Body(NamedTuple):
    content_type: str
    type: TypeRef
    required: bool
    description: str = ""
    encoding: tuple[BodyEncoding, ...] = ()  # form and multipart bodies only


class Response(NamedTuple):
    status: str  # "200", "4XX", "default"
    description: str
    content_type: str = ""
    type: TypeRef | None = None
    headers: tuple[str, ...] = ()


class Webhook(NamedTuple):
    """A notification AMPECO sends (an operation's callback)."""

    name: str  # callback name, e.g. "session.start.stop.notification"
    operation_id: str  # operation that declares it
    expression: str  # callback URL expression
    http_method: str
    body: Body | None
    summary: str = ""
    description: str = ""
    header_names: tuple[str, ...] = ()


class SecurityScheme(NamedTuple):
    """How a client authenticates: ``kind`` http (``scheme`` bearer/basic), apiKey
    (``location`` header/query/cookie, ``parameter`` its name), oauth2, openIdConnect."""

    name: str
    kind: str
    scheme: str = ""
    location: str = ""
    parameter: str = ""
    description: str = ""


class Operation(NamedTuple):
    operation_id: str
    http_method: str  # upper case
    path: str
    tag: str
    resource: str  # attribute of the client
    method: str  # method name on the resource
    summary: str = ""
    description: str = ""
    deprecated: bool = False
    replacement: str = ""  # "resource.method" that supersedes a deprecated operation
    parameters: tuple[Parameter, ...] = ()
    body: Body | None = None
    responses: tuple[Response, ...] = ()
    result: TypeRef | None = None  # what the method returns (None: nothing)
    unwrap: str = ""  # envelope key the result is taken from ("data"), if any
    pagination: str = ""  # "", "cursor", "page" or "cursor+page"
    item_type: TypeRef | None = None  # element type of a paginated listing
    webhooks: tuple[Webhook, ...] = ()
    # None: the API's default security; (): none; else alternatives of scheme names
    security: tuple[tuple[str, ...], ...] | None = None

    @property
    def response_content_type(self) -> str:
        """Media type of the first success response with a body ("" when none has one)."""
        for response in self.responses:
            if response.status.startswith("2") and response.content_type:
                return response.content_type
        return ""

    @property
    def success_statuses(self) -> tuple[int, ...]:
        return tuple(int(r.status) for r in self.responses if r.status.isdigit() and r.status.startswith("2"))


class Resource(NamedTuple):
    """A group of operations reachable as ``client.<name>``."""

    name: str  # attribute name
    class_name: str
    module: str
    operations: tuple[Operation, ...]
    description: str = ""


class Api(NamedTuple):
    title: str
    version: str  # the API's version (info.version)
    description: str
    server_url: str
    package: str  # import name of the generated package
    resources: tuple[Resource, ...]
    models: tuple[Model, ...]
    enums: tuple[EnumType, ...]
    webhooks: tuple[Webhook, ...] = ()
    security: tuple[str, ...] = ()  # names of the security schemes
    security_schemes: tuple[SecurityScheme, ...] = ()
    default_security: tuple[tuple[str, ...], ...] = ()
    client_name: str = ""  # class of the sync client ("" : from the package name)
    default_base_url: str = ""  # the first server, variables filled in ("": none usable)
    extras: Mapping[str, Any] = NO_EXTRAS  # never changed in place: ``evolve`` gives new ones
    # components/schemas entries no operation or webhook uses and whose classes nothing
    # else gives (JSON pointer, their type); the classes are in ``models``/``enums``
    unused_components: tuple[tuple[str, TypeRef], ...] = ()
    # what the generator noticed and worked around (``errors.Problem``: message, file,
    # JSON pointer); ``generate`` prints them, ``--strict`` may refuse them
    warnings: tuple[Any, ...] = ()

    @property
    def operations(self) -> tuple[Operation, ...]:
        return tuple(op for resource in self.resources for op in resource.operations)
