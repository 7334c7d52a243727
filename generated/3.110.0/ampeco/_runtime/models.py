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
import re
import threading
import types
import typing
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar, cast

import pydantic
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from .errors import UnknownKeyError, decode_json

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
    "parse_checked",
    "parse_json_checked",
    "reportable_errors",
    "attach_errors",
    "error_path",
    "to_jsonable",
    "encode_json",
    "check_keys",
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

    def model_post_init(self, context: Any, /) -> None:
        # Share the set of field names with the last instance of this class that had
        # the same ones (see _SharedFieldsSet): a listing's items nearly always do.
        fields_set = self.__pydantic_fields_set__
        cls = type(self)
        common = _common_fields.get(cls)
        if common is not None and common == fields_set:
            object.__setattr__(self, "__pydantic_fields_set__", common)
        else:
            common = _common_fields[cls] = _SharedFieldsSet(fields_set)
            object.__setattr__(self, "__pydantic_fields_set__", common)
        # No unknown keys (nearly always): no dict for them either, until one is set
        # (64 bytes a model, a quarter of a page's body when its items are EVSEs).
        # pydantic treats None and {} alike (equality, copies, dumps).
        if not self.__pydantic_extra__:
            object.__setattr__(self, "__pydantic_extra__", None)

    def __setattr__(self, name: str, value: Any) -> None:
        # models may share one set of field names (see _SharedFieldsSet):
        # take a copy of it before pydantic records this assignment in it
        if type(self.__pydantic_fields_set__) is _SharedFieldsSet:
            object.__setattr__(
                self, "__pydantic_fields_set__", set(self.__pydantic_fields_set__)
            )
        if (
            self.__pydantic_extra__ is None
            and name not in type(self).model_fields
            and self.model_config.get("extra") == "allow"
        ):
            object.__setattr__(self, "__pydantic_extra__", {})
        super().__setattr__(name, value)

    @property
    def model_extra(self) -> dict[str, Any]:
        """The unknown keys this model was given, as pydantic has them (a dict to
        change them through, made on first use when there were none)."""
        extra = self.__pydantic_extra__
        if extra is None:
            extra = {}
            object.__setattr__(self, "__pydantic_extra__", extra)
        return extra

    @property
    def model_validation_errors(self) -> list[dict[str, Any]]:
        """How the data this model was parsed from did not fit its schema (else ``[]``).

        One dict per mismatch, as pydantic's ``ValidationError.errors()`` gives them:
        ``loc`` (wire keys, relative to this model), ``type``, ``msg`` and ``input``
        (the value received, kept on the model as it came). Missing fields, unknown
        fields and unknown enum values are tolerated and never listed.
        """
        private = self.__pydantic_private__
        if private:
            errors = private.get(_ERRORS_KEY)
            if errors is not None:
                return list(errors)
        return []


_ERRORS_KEY = "_sdk_validation_errors"


class _SharedFieldsSet(set):  # type: ignore[type-arg]
    """The names of the fields set, shared by models that have the same ones.

    pydantic keeps a set of the names given for every model instance: for a listing
    item of twenty fields that set takes more memory than the values themselves
    (2.2 kB of about 7). Items of a page nearly always have the same fields, so each
    model shares the set of the previous instance of its class when equal
    (``SDKModel.model_post_init``), which halves what a parsed page holds (7.1x
    its body to 3.6x, the body included; 3.3x with no dict for absent unknown
    keys); assigning a field copies the set first (``SDKModel.__setattr__``).
    """

    __slots__ = ()


# The fields set most recently shared, per model class.
_common_fields: dict[type[BaseModel], _SharedFieldsSet] = {}


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
    return parse_checked(tp, data)[0]


def parse_json(tp: Any, content: bytes | str) -> Any:
    """Like :func:`parse_loose`, from the raw JSON text (faster when the data fits).

    Raises ``ValueError`` only when ``content`` is not JSON at all.
    """
    return parse_json_checked(tp, content)[0]


ErrorList = list[dict[str, Any]]


def reportable_errors(exc: ValidationError) -> ErrorList:
    """The mismatches of ``exc`` a response is blamed for: all but missing fields.

    Unknown fields (``extra="allow"``) and unknown enum values (open enums) never
    fail validation, so they do not appear; a missing field is tolerated by design.
    """
    return [
        dict(error)
        for error in exc.errors(include_url=False)
        if error["type"] != "missing"
    ]


def _not_json(exc: ValidationError) -> bool:
    return any(error["type"] == "json_invalid" for error in exc.errors())


def parse_checked(tp: Any, data: Any) -> tuple[Any, ErrorList]:
    """``data`` as ``tp`` (see :func:`parse_loose`) and the mismatches found."""
    try:
        return get_adapter(tp).validate_python(data), []
    except ValidationError as exc:
        errors = reportable_errors(exc)
    except RecursionError:
        raise ValueError("JSON nested too deeply to validate") from None
    return _construct_guarded(tp, data), errors


def parse_json_checked(tp: Any, content: bytes | str) -> tuple[Any, ErrorList]:
    """Like :func:`parse_checked`, from the raw JSON text (faster when the data fits).

    Raises ``ValueError`` when ``content`` is not JSON, or nests deeper than the JSON
    parser allows (200 levels).
    """
    try:
        return get_adapter(tp).validate_json(content), []
    except ValidationError as exc:
        if _not_json(exc):
            raise ValueError(str(exc.errors()[0]["msg"])) from None
        errors = reportable_errors(exc)
    data = decode_json(content)
    return _construct_guarded(tp, data), errors


def _construct_guarded(tp: Any, data: Any) -> Any:
    try:
        return _construct(tp, data)
    except RecursionError:
        raise ValueError("JSON nested too deeply to parse") from None


def error_path(loc: Sequence[Any]) -> str:
    """``data[3].energyConsumption.total`` from a pydantic ``loc``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(the body)"


def attach_errors(value: Any, errors: ErrorList) -> None:
    """Keep ``errors`` on the models they concern, each ``loc`` made relative to it.

    A model gets every error under it; the items of a list each get their own.
    """
    if not errors:
        return
    if isinstance(value, BaseModel):
        private = value.__pydantic_private__
        if private is None:
            private = {}
            object.__setattr__(value, "__pydantic_private__", private)
        private[_ERRORS_KEY] = tuple(errors)
    elif isinstance(value, list):
        by_item: dict[int, ErrorList] = {}
        for error in errors:
            loc = error["loc"]
            if loc and isinstance(loc[0], int) and 0 <= loc[0] < len(value):
                by_item.setdefault(loc[0], []).append({**error, "loc": loc[1:]})
        for index, item_errors in by_item.items():
            attach_errors(value[index], item_errors)


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
        unknown = {
            key: item
            for key, item in data.items()
            if key not in used and key not in values and isinstance(key, str)
        }
        if unknown:
            extra = instance.__pydantic_extra__
            if extra is None:
                object.__setattr__(instance, "__pydantic_extra__", unknown)
            else:
                extra.update(unknown)
    return instance


# ---------------------------------------------------------------------------------
# Mappings given where a model is expected (bodies, ``filter``): keys checked


class _KeyPlan:
    """The keys a model accepts in a mapping: wire names, and snake_case field names
    (renamed to the wire name), each with the model (or list of models) below it."""

    __slots__ = ("keys", "wire")

    def __init__(self, model: type[BaseModel]) -> None:
        self.keys: dict[str, tuple[str, Any]] = {}
        self.wire: list[str] = []
        fields = model.model_fields
        for name, info in fields.items():
            wire = _wire_name(name, info)
            self.wire.append(wire)
            self.keys[wire] = (wire, _nested_model(info.annotation))
        for name, info in fields.items():
            self.keys.setdefault(name, self.keys[_wire_name(name, info)])


def _wire_name(name: str, info: pydantic.fields.FieldInfo) -> str:
    for alias in (info.serialization_alias, info.alias, info.validation_alias):
        if isinstance(alias, str):
            return alias
    return name


def _nested_model(annotation: Any) -> Any:
    """The model a field's mapping values are checked against: ``(model, is_list)``."""
    annotation = _strip_annotated(annotation)
    if typing.get_origin(annotation) in _UNION_ORIGINS:
        members = [m for m in typing.get_args(annotation) if m is not type(None)]
        if len(members) != 1:
            return None
        annotation = _strip_annotated(members[0])
    if _is_model(annotation) and not annotation.__pydantic_root_model__:
        return (annotation, False)
    if typing.get_origin(annotation) in _LIST_ORIGINS:
        args = typing.get_args(annotation)
        inner = _strip_annotated(args[0]) if args else None
        if inner is not None and _is_model(inner) and not inner.__pydantic_root_model__:
            return (inner, True)
    return None


_key_plans: dict[type[BaseModel], _KeyPlan] = {}


def check_keys(model: Any, value: Mapping[Any, Any], path: str) -> dict[Any, Any]:
    """``value`` with its keys checked against ``model``'s fields, recursively.

    A snake_case field name is renamed to its wire key; a key the model does not know
    raises :class:`UnknownKeyError` naming it and the closest valid key, unless the
    model takes additional properties (``_open_keys``, set by the generator).
    """
    if not (_is_model(model) and not model.__pydantic_root_model__):
        return dict(value)
    plan = _key_plans.get(model)
    if plan is None:
        plan = _key_plans[model] = _KeyPlan(model)
    open_keys = getattr(model, "_open_keys", False)  # additionalProperties
    result: dict[Any, Any] = {}
    for key, item in value.items():
        entry = plan.keys.get(key) if isinstance(key, str) else None
        if entry is None:
            if open_keys:
                result[key] = item
                continue
            raise _unknown_key(model, plan, key, path)
        wire, nested = entry
        if nested is not None:
            sub_model, is_list = nested
            where = f"{path}.{wire}"
            if not is_list and isinstance(item, Mapping):
                item = check_keys(sub_model, item, where)
            elif is_list and isinstance(item, (list, tuple)):
                item = [
                    (
                        check_keys(sub_model, element, f"{where}[{index}]")
                        if isinstance(element, Mapping)
                        else element
                    )
                    for index, element in enumerate(item)
                ]
        result[wire] = item
    return result


def _squash(text: str) -> str:
    return "".join(char for char in text.lower() if char.isalnum())


def _unknown_key(
    model: type[BaseModel], plan: _KeyPlan, key: Any, path: str
) -> UnknownKeyError:
    import difflib

    text = key if isinstance(key, str) else repr(key)
    squashed = {_squash(wire): wire for wire in plan.wire}
    suggestion = squashed.get(_squash(text))  # StartedAfter, started-after...
    if suggestion is None:
        close = difflib.get_close_matches(text, list(plan.keys), n=1, cutoff=0.6)
        suggestion = plan.keys[close[0]][0] if close else None
    hint = f"; did you mean {suggestion!r}?" if suggestion else ""
    shown = ", ".join(sorted(plan.wire)[:40])
    return UnknownKeyError(
        f"{path} has a key {text!r} that {model.__name__} does not know{hint} "
        f"(valid keys: {shown})",
        key=text,
        path=f"{path}.{text}",
        suggestion=suggestion,
        valid=sorted(plan.wire),
    )


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

    Mismatches with the schema are on ``page.validation_errors`` (and on each item's
    ``model_validation_errors``). Raises ``ValueError`` only when the body is not JSON.

    The body is validated from its bytes; a body that does not fit is validated once
    more, each item on its own (:func:`_parse_page_tolerantly`), so that no more than
    one item at a time is ever held as decoded Python objects.
    """
    from .pagination import Page

    content = response.content
    try:
        body = get_adapter(_body_type(item_type)).validate_json(content)
        return Page(body.data, body.links, body.meta, response)
    except ValidationError as exc:
        if exc.error_count() == 1 and _not_json(exc):
            raise ValueError(str(exc.errors()[0]["msg"])) from None
    page = _parse_page_tolerantly(item_type, content, response)
    if page is not None:
        return page
    return _parse_page_decoded(item_type, content, response)


class _TolerantPass:
    """What one tolerant validation of a listing body found (its validation context)."""

    __slots__ = ("errors", "index", "item_type", "too_deep")

    def __init__(self, item_type: Any) -> None:
        self.item_type = item_type
        self.errors: ErrorList = []
        self.index = 0
        self.too_deep = False

    def mismatched(self, exc: ValidationError, where: tuple[Any, ...]) -> ErrorList:
        """Record ``exc``'s errors at ``where`` in the body; give them relative."""
        found = reportable_errors(exc)
        self.errors.extend({**error, "loc": (*where, *error["loc"])} for error in found)
        return found

    def built(self, tp: Any, value: Any) -> Any:
        try:
            return _construct(tp, value)
        except RecursionError:
            self.too_deep = True
            return None


_TOLERANT = "sdk_tolerant_pass"


def _tolerant_item(value: Any, handler: Any, info: pydantic.ValidationInfo) -> Any:
    state: _TolerantPass = cast(dict[str, Any], info.context)[_TOLERANT]
    index = state.index
    state.index += 1
    try:
        return handler(value)
    except ValidationError as exc:
        errors = state.mismatched(exc, ("data", index))
    item = state.built(state.item_type, value)
    attach_errors(item, errors)
    return item


def _tolerant_part(
    model: type[BaseModel], name: str
) -> Callable[[Any, Any, pydantic.ValidationInfo], Any]:
    def validate(value: Any, handler: Any, info: pydantic.ValidationInfo) -> Any:
        state: _TolerantPass = cast(dict[str, Any], info.context)[_TOLERANT]
        try:
            return handler(value)
        except ValidationError as exc:
            state.mismatched(exc, (name,))
        built = state.built(model, value)
        return built if isinstance(built, model) else None

    return validate


class _TolerantPageBody(SDKModel, Generic[T]):
    data: list[Annotated[T, pydantic.WrapValidator(_tolerant_item)]] = Field(
        default_factory=list
    )
    links: Annotated[
        PageLinks | None, pydantic.WrapValidator(_tolerant_part(PageLinks, "links"))
    ] = None
    meta: Annotated[
        PageMeta | None, pydantic.WrapValidator(_tolerant_part(PageMeta, "meta"))
    ] = None


_JSON_ARRAY = re.compile(rb"[ \t\r\n]*\[")
_JSON_OBJECT = re.compile(rb"[ \t\r\n]*\{")


def _parse_page_tolerantly(
    item_type: Any, content: bytes, response: httpx.Response
) -> Page[Any] | None:
    """The page of a body that does not fit, validated from its bytes with each item
    that does not fit built leniently from that item alone; None when the body is
    neither an object with a list of items nor a list (left to
    :func:`_parse_page_decoded`)."""
    from .pagination import Page

    state = _TolerantPass(item_type)
    context = {_TOLERANT: state}
    try:
        if _JSON_OBJECT.match(content):
            body = get_adapter(_TolerantPageBody[item_type]).validate_json(
                content, context=context
            )
            data, links, meta = body.data, body.links, body.meta
        elif _JSON_ARRAY.match(content):  # a bare array: one page, no links
            items = Annotated[item_type, pydantic.WrapValidator(_tolerant_item)]
            data = get_adapter(list[items]).validate_json(content, context=context)
            links = meta = None
        else:
            return None
    except ValidationError:
        return None  # "data" is not a list
    if state.too_deep:
        raise ValueError("JSON nested too deeply to parse")
    return Page(data, links, meta, response, state.errors)


def _parse_page_decoded(
    item_type: Any, content: bytes, response: httpx.Response
) -> Page[Any]:
    """The page of a body that is no listing at all (not an object, or its ``data``
    not a list), from the decoded JSON."""
    from .pagination import Page

    try:
        get_adapter(_body_type(item_type)).validate_json(content)
        errors: ErrorList = []
    except ValidationError as exc:
        errors = reportable_errors(exc)
    raw = decode_json(content)
    if not isinstance(raw, dict):
        return Page([], None, None, response, errors)
    links = parse_loose(PageLinks, raw.get("links"))
    meta = parse_loose(PageMeta, raw.get("meta"))
    return Page(
        [],
        links if isinstance(links, PageLinks) else None,
        meta if isinstance(meta, PageMeta) else None,
        response,
        errors,
    )
