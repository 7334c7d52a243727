"""Model base classes, open enums, loose response parsing and JSON encoding.

Responses are parsed with a cached ``pydantic.TypeAdapter`` first. When the data does
not fit the declared type (a required field missing, a value of another type, a shape
the spec does not know), :func:`parse_loose` builds the value leniently instead of
raising: whatever validates is validated, the rest is kept as the raw JSON value, and
unknown keys stay readable as attributes. A newer server must not break an older SDK.

This is the pydantic half of the runtime: nothing imports it until a model is defined,
a response parsed or a body encoded, so constructing a client stays cheap.
"""

from __future__ import annotations

import enum
import json
import math
import threading
import types
import typing
import uuid
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import pydantic
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

if TYPE_CHECKING:
    import httpx

    from .pagination import Page

__all__ = [
    "SDKModel",
    "OpenEnum",
    "OpenIntEnum",
    "is_unknown_member",
    "get_adapter",
    "parse_loose",
    "parse_json",
    "to_jsonable",
    "encode_json",
    "PageLinks",
    "PageMeta",
    "parse_page",
]

T = TypeVar("T")


class SDKModel(BaseModel):
    """Base of every generated model.

    Fields are snake_case in Python and camelCase (their alias) on the wire; either name
    is accepted on input. Keys the SDK does not know are kept and readable as attributes.
    """

    model_config = ConfigDict(
        extra="allow",
        populate_by_name=True,
        protected_namespaces=(),
        use_enum_values=False,
    )


# Pseudo-members created for values an enum does not declare, per enum class, so that
# the same unknown value always yields the same object.
_pseudo_members: dict[type[enum.Enum], dict[object, enum.Enum]] = {}
_pseudo_lock = threading.Lock()


def _pseudo_member(cls: type[enum.Enum], base: Any, value: object) -> enum.Enum:
    with _pseudo_lock:
        members = _pseudo_members.setdefault(cls, {})
        existing = members.get(value)
        if existing is not None:
            return existing
        member: enum.Enum = base.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        members[value] = member
        return member


def is_unknown_member(member: enum.Enum) -> bool:
    """True for a value the server sent that the enum (as generated) does not declare."""
    return type(member)._value2member_map_.get(member._value_) is not member


class OpenEnum(str, enum.Enum):
    """A string enum that also accepts values the spec did not list.

    ``EvseStatus("charging-v2")`` returns a pseudo-member whose ``.value`` is the raw
    string, so a new server-side value parses instead of failing the whole response.
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            return _pseudo_member(cls, str, value)
        return None

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(str(self.value), format_spec)


class OpenIntEnum(int, enum.Enum):
    """An integer enum that also accepts values the spec did not list."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return _pseudo_member(cls, int, value)
        return None

    def __str__(self) -> str:
        return str(self.value)

    def __format__(self, format_spec: str) -> str:
        return format(int(self.value), format_spec)


# ---------------------------------------------------------------------------------
# TypeAdapter cache

_adapters: dict[Any, TypeAdapter[Any]] = {}
_adapters_by_id: dict[int, tuple[Any, TypeAdapter[Any]]] = {}


def get_adapter(tp: Any) -> TypeAdapter[Any]:
    """A ``TypeAdapter`` for ``tp``, built once and reused."""
    try:
        return _adapters[tp]
    except KeyError:
        adapter: TypeAdapter[Any] = TypeAdapter(tp)
        _adapters[tp] = adapter
        return adapter
    except TypeError:  # unhashable type expression: cache by identity
        entry = _adapters_by_id.get(id(tp))
        if entry is None or entry[0] is not tp:
            entry = (tp, TypeAdapter(tp))
            _adapters_by_id[id(tp)] = entry
        return entry[1]


# ---------------------------------------------------------------------------------
# Loose parsing


def parse_loose(tp: Any, data: Any) -> Any:
    """``data`` (decoded JSON) as ``tp``: validated when it fits, built leniently if not.

    Never raises for JSON input.
    """
    try:
        return get_adapter(tp).validate_python(data)
    except ValidationError:
        return _construct(tp, data)


def parse_json(tp: Any, content: bytes | str) -> Any:
    """Like :func:`parse_loose`, from the raw JSON text (faster when the data fits).

    Raises ``ValueError`` only when ``content`` is not JSON at all.
    """
    try:
        return get_adapter(tp).validate_json(content)
    except ValidationError:
        data = json.loads(content)
        return _construct(tp, data)


_UNION_ORIGINS: tuple[Any, ...] = (typing.Union, types.UnionType)
_LIST_ORIGINS: tuple[Any, ...] = (
    list,
    Sequence,
    typing.Sequence,
    set,
    frozenset,
    tuple,
)
_DICT_ORIGINS: tuple[Any, ...] = (dict, Mapping, typing.Mapping)


def _strip_annotated(tp: Any) -> Any:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _field_keys(model: type[BaseModel]) -> set[str]:
    keys: set[str] = set()
    for name, info in model.model_fields.items():
        keys.add(name)
        if info.alias:
            keys.add(info.alias)
    return keys


def _construct(tp: Any, value: Any) -> Any:
    tp = _strip_annotated(tp)
    if value is None or tp is Any or tp is object:
        return value
    origin = typing.get_origin(tp)
    if origin in _UNION_ORIGINS:
        return _construct_union(tp, value)
    if _is_model(tp):
        if tp.__pydantic_root_model__:
            root = tp.model_fields["root"].annotation
            return tp.model_construct(root=_construct(root, value))
        if isinstance(value, dict):
            return _construct_model(tp, value)
        return value
    if origin in _LIST_ORIGINS and isinstance(value, list):
        args = typing.get_args(tp)
        item_tp: Any = args[0] if args else Any
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            item_tp = Any  # a fixed-length tuple: keep the raw items
        return [parse_loose(item_tp, item) for item in value]
    if origin in _DICT_ORIGINS and isinstance(value, dict):
        args = typing.get_args(tp)
        value_tp: Any = args[1] if len(args) == 2 else Any
        return {key: parse_loose(value_tp, item) for key, item in value.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(value)
        except (ValueError, TypeError):
            return value
    return value


def _construct_union(tp: Any, value: Any) -> Any:
    members = [m for m in typing.get_args(tp) if m is not type(None)]
    for member in members:
        try:
            return get_adapter(member).validate_python(value)
        except ValidationError:
            continue
    if isinstance(value, dict):
        models = [m for m in map(_strip_annotated, members) if _is_model(m)]
        if models:
            best = max(models, key=lambda m: len(_field_keys(m) & value.keys()))
            return _construct(best, value)
    for member in members:
        if (
            isinstance(value, list)
            and typing.get_origin(_strip_annotated(member)) in _LIST_ORIGINS
        ):
            return _construct(member, value)
        if (
            isinstance(value, dict)
            and typing.get_origin(_strip_annotated(member)) in _DICT_ORIGINS
        ):
            return _construct(member, value)
    return value


class _FieldPlan:
    """How to read one model field from a JSON object, prepared once per model."""

    __slots__ = ("name", "keys", "annotation", "adapter", "required")

    def __init__(self, name: str, info: pydantic.fields.FieldInfo) -> None:
        self.name = name
        keys = []
        if isinstance(info.alias, str):
            keys.append(info.alias)
        if isinstance(info.validation_alias, str) and info.validation_alias not in keys:
            keys.append(info.validation_alias)
        if name not in keys:
            keys.append(name)
        self.keys = tuple(keys)
        self.annotation: Any = info.annotation
        if info.metadata:
            parts = (info.annotation, *info.metadata)
            self.annotation = typing.Annotated[parts]
        self.adapter: TypeAdapter[Any] | None = None
        self.required = info.is_required()

    def parse(self, raw: Any) -> Any:
        if self.adapter is None:
            self.adapter = get_adapter(self.annotation)
        try:
            return self.adapter.validate_python(raw)
        except ValidationError:
            return _construct(self.annotation, raw)


_plans: dict[type[BaseModel], tuple[_FieldPlan, ...]] = {}


def _plan_for(model: type[BaseModel]) -> tuple[_FieldPlan, ...]:
    plan = _plans.get(model)
    if plan is None:
        plan = tuple(
            _FieldPlan(name, info) for name, info in model.model_fields.items()
        )
        _plans[model] = plan
    return plan


def _construct_model(model: type[BaseModel], data: dict[Any, Any]) -> BaseModel:
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    used: set[Any] = set()
    for field in _plan_for(model):
        for key in field.keys:
            if key in data:
                values[field.name] = field.parse(data[key])
                fields_set.add(field.name)
                used.add(key)
                break
        else:
            if field.required:
                # Missing although required: readable as None, but not marked as set.
                values[field.name] = None
    instance = model.model_construct(_fields_set=fields_set, **values)
    if model.model_config.get("extra") == "allow":
        # extras are set afterwards: a key such as "cls" must not meet
        # model_construct's own parameters
        extra = instance.__pydantic_extra__
        if extra is None:
            extra = {}
            object.__setattr__(instance, "__pydantic_extra__", extra)
        for key, item in data.items():
            if key not in used and key not in values and isinstance(key, str):
                extra[key] = item
    return instance


# ---------------------------------------------------------------------------------
# JSON encoding of request bodies


def _dump_model(model: BaseModel) -> Any:
    return model.model_dump(mode="python", by_alias=True, exclude_unset=True)


def to_jsonable(value: Any) -> Any:
    """``value`` as plain JSON data; ``Decimal`` is kept (as a number) for exactness.

    Models are dumped by alias with only the fields that were set; datetimes and dates
    become ISO 8601 strings, enums their value.
    """
    if isinstance(value, BaseModel):
        value = _dump_model(value)
    if value is None or isinstance(value, (bool, Decimal)):
        return value
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    if isinstance(value, (str, int, float)):
        return value
    if isinstance(value, Mapping):
        return {_json_key(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(item) for item in value]
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _json_key(key: Any) -> str:
    if isinstance(key, enum.Enum):
        key = key.value
    if isinstance(key, str):
        return key
    if isinstance(key, bool):
        return "true" if key else "false"
    if isinstance(key, (int, float, Decimal)):
        return str(key)
    raise TypeError(f"keys must be strings, not {type(key).__name__}")


def _write(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append(json.dumps(value, ensure_ascii=False))
    elif isinstance(value, int):
        out.append(str(int(value)))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot send non-finite number {value!r} as JSON")
        out.append(repr(value))
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot send non-finite number {value!r} as JSON")
        out.append(format(value, "f"))
    elif isinstance(value, dict):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            out.append(json.dumps(key, ensure_ascii=False))
            out.append(":")
            _write(item, out)
        out.append("}")
    elif isinstance(value, list):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _write(item, out)
        out.append("]")
    else:  # pragma: no cover - to_jsonable only produces the kinds above
        raise TypeError(
            f"Object of type {type(value).__name__} is not JSON serializable"
        )


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON for a request body (see :func:`to_jsonable`).

    ``Decimal`` is written as a JSON number with exactly its digits, never via float.
    """
    out: list[str] = []
    _write(to_jsonable(value), out)
    return "".join(out).encode("utf-8")


# ---------------------------------------------------------------------------------
# Listing bodies: {"data": [...], "links": {...}, "meta": {...}}


class PageLinks(SDKModel):
    """``links`` of a listing response: URLs of neighbouring pages, or None."""

    first: str | None = None
    last: str | None = None
    prev: str | None = None
    next: str | None = None


class PageMeta(SDKModel):
    """``meta`` of a listing response (cursor or page-number fields, whichever came)."""

    current_page: int | None = None
    last_page: int | None = None
    per_page: int | None = None
    total: int | None = None
    from_: int | None = Field(default=None, alias="from")
    to: int | None = None
    path: str | None = None
    next_cursor: str | None = None
    prev_cursor: str | None = None


class _PageBody(SDKModel, Generic[T]):
    data: list[T] = Field(default_factory=list)
    links: PageLinks | None = None
    meta: PageMeta | None = None


_body_types: dict[Any, Any] = {}


def _body_type(item_type: Any) -> Any:
    try:
        return _body_types[item_type]
    except KeyError:
        body_type = _PageBody[item_type]
        _body_types[item_type] = body_type
        return body_type
    except TypeError:  # unhashable type expression
        return _PageBody[item_type]


def parse_page(item_type: Any, response: httpx.Response) -> Page[Any]:
    """Parse a listing response; items go through the same loose parsing as any call.

    Raises ``ValueError`` only when the body is not JSON at all.
    """
    from .pagination import Page

    content = response.content
    try:
        body = get_adapter(_body_type(item_type)).validate_json(content)
        return Page(body.data, body.links, body.meta, response)
    except ValidationError:
        raw = json.loads(content)
    if isinstance(raw, list):  # a bare array: one page, no links
        raw = {"data": raw}
    if not isinstance(raw, dict):
        return Page([], None, None, response)
    items = raw.get("data")
    data = (
        [parse_loose(item_type, item) for item in items]
        if isinstance(items, list)
        else []
    )
    links = parse_loose(PageLinks, raw.get("links"))
    meta = parse_loose(PageMeta, raw.get("meta"))
    return Page(
        data,
        links if isinstance(links, PageLinks) else None,
        meta if isinstance(meta, PageMeta) else None,
        response,
    )
