"""Shapes of the API for the stub server: checking requests and inventing responses.

The generated ``<package>/stub/_schemas.json`` describes every model and enum of the
spec with the small vocabulary of this module (:class:`Type`, :class:`Field`,
:class:`Model`), which :func:`read_schemas` reads; the handlers spell their parameters
with it in Python.
:class:`Checker` validates decoded JSON (and query strings) against it with the
messages a Laravel backend uses; :class:`Synth` invents deterministic values
that the spec's schemas accept, preferring the spec's own examples.
"""

from __future__ import annotations

import base64
import json
import math
import random
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any, Final

from .stub_regex import example as pattern_example

__all__ = [
    "NO_VALUE",
    "Type",
    "Field",
    "Model",
    "Schemas",
    "INT",
    "FLOAT",
    "DECIMAL",
    "STR",
    "BOOL",
    "DATETIME",
    "DATE",
    "TIME",
    "BYTES",
    "ANY",
    "NULL",
    "ref",
    "choice",
    "array_of",
    "map_of",
    "tuple_of",
    "one_of",
    "nullable",
    "model",
    "read_schemas",
    "Checker",
    "Synth",
    "display_name",
    "merge_patch",
    "project",
    "parse_datetime",
    "parse_date",
    "unproducible_patterns",
    "is_id_name",
    "SUCCESS_FLAGS",
]


class _NoValue:
    """Marks "no example given" (``None`` is a legitimate value)."""

    _instance: _NoValue | None = None

    def __new__(cls) -> _NoValue:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "NO_VALUE"


NO_VALUE: Final = _NoValue()


# -- vocabulary -----------------------------------------------------------------------


@dataclass(frozen=True)
class Type:
    """A JSON type: a primitive kind, ``model``/``enum`` by name, or a container.

    ``kind`` is one of int, float, decimal, str, bool, datetime, date, time, bytes,
    any, null, model, enum, list, tuple (``items`` in order, a fixed-length array), dict, union.
    """

    kind: str
    name: str = ""
    items: tuple[Type, ...] = ()
    nullable: bool = False


INT: Final = Type("int")
FLOAT: Final = Type("float")
DECIMAL: Final = Type("decimal")
STR: Final = Type("str")
BOOL: Final = Type("bool")
DATETIME: Final = Type("datetime")
DATE: Final = Type("date")
TIME: Final = Type("time")
BYTES: Final = Type("bytes")
ANY: Final = Type("any")
#: A value that can only be null (``enum: [null]``, ``const: null``, ``type: "null"``).
NULL: Final = Type("null", nullable=True)


def ref(name: str) -> Type:
    """The model called ``name``."""
    return Type("model", name)


def choice(name: str) -> Type:
    """The enum called ``name``."""
    return Type("enum", name)


def array_of(item: Type) -> Type:
    return Type("list", items=(item,))


def tuple_of(*items: Type) -> Type:
    """An array of exactly these items, in this order (``prefixItems``)."""
    return Type("tuple", items=items)


def map_of(value: Type) -> Type:
    """An object with arbitrary keys whose values are ``value``."""
    return Type("dict", items=(value,))


def one_of(*options: Type) -> Type:
    return Type("union", items=options)


def nullable(t: Type) -> Type:
    return replace(t, nullable=True)


@dataclass(frozen=True)
class Field:
    """A property of a model, or a path, query, header or cookie parameter, with its
    constraints."""

    name: str  # the wire name
    type: Type
    required: bool = False
    fmt: str = ""
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    exclusive_maximum: bool = False
    multiple_of: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    min_items: int | None = None
    max_items: int | None = None
    example: Any = NO_VALUE
    #: how a query parameter travels: "" reads it the PHP way (``name[key]=v``,
    #: ``name[]=v``: deepObject, and scalars); "form", "spaceDelimited" or
    #: "pipeDelimited" with ``explode`` as OpenAPI defines them
    style: str = ""
    explode: bool = True


_PLAIN = Field("", ANY)


@dataclass(frozen=True)
class Model:
    """An object schema: its fields, and whether unknown keys are allowed."""

    fields: tuple[Field, ...]
    closed: bool = False
    extra: Type | None = None

    @cached_property
    def by_name(self) -> dict[str, Field]:
        return {f.name: f for f in self.fields}


def model(*fields: Field, closed: bool = False, extra: Type | None = None) -> Model:
    return Model(fields, closed, extra)


EnumValue = str | int | float


@dataclass(frozen=True)
class Schemas:
    """Every model and enum of the API, by the class name the SDK gives it."""

    models: Mapping[str, Model]
    enums: Mapping[str, Sequence[EnumValue]]


#: a primitive's kind as ``_schemas.json`` spells a type, and its constant
_PRIMITIVE_TYPES: Final = {
    t.kind: t
    for t in (INT, FLOAT, DECIMAL, STR, BOOL, DATETIME, DATE, TIME, BYTES, ANY, NULL)
}


def _type(spelled: Any) -> Type:
    """A type as ``_schemas.json`` spells it: a primitive's kind (``"int"``), else the
    fields of :class:`Type` that differ from their defaults (read from JSON just now, so
    the dict is ours to change)."""
    if isinstance(spelled, str):
        return _PRIMITIVE_TYPES[spelled]
    items = spelled.get("items")
    if items is not None:
        spelled["items"] = tuple(_type(item) for item in items)
    return Type(**spelled)


def _field(spelled: dict[str, Any]) -> Field:
    spelled["type"] = _type(spelled["type"])
    return Field(**spelled)


def read_schemas(text: str | bytes) -> Schemas:
    """The models and enums of the generated ``stub/_schemas.json``: ``{"models": {name:
    {"fields": [field, ...], "closed": true, "extra": type}}, "enums": {name: [value,
    ...]}}``, each field the keyword arguments of :class:`Field` (``type`` spelled as
    ``_type`` reads it, ``example`` absent when there is none)."""
    data = json.loads(text)
    models = {
        name: Model(
            tuple(_field(f) for f in spelled["fields"]),
            spelled.get("closed", False),
            _type(spelled["extra"]) if "extra" in spelled else None,
        )
        for name, spelled in data["models"].items()
    }
    return Schemas(models, data["enums"])


# -- checking ---------------------------------------------------------------------------

_CAMEL_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_INTEGER_TEXT = re.compile(r"^[+-]?[0-9]+$")
#: Longer integer texts are refused as integers (Python refuses to convert 4,300+
#: digits; no API id or count comes near this).
_MAX_DIGITS = 1000
_TIME_TEXT = re.compile(r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?$")
_DATE_KINDS = frozenset({"datetime", "date"})


def display_name(key: str) -> str:
    """A field key as Laravel shows it in messages (``chargePointId`` -> ``charge point id``)."""
    return _CAMEL_BOUNDARY.sub("_", key).lower().replace("_", " ")


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def parse_datetime(text: str) -> datetime | None:
    """An ISO 8601 date-time (``Z`` or an offset, or none), else None."""
    candidate = text.strip()
    if candidate.endswith(("Z", "z")):
        candidate = candidate[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def is_multiple(value: float, step: float) -> bool:
    """``value`` is a multiple of ``step`` (tested the way JSON Schema validators do)."""
    if step <= 0:
        return True
    if isinstance(step, float) or isinstance(value, float):
        try:
            quotient = value / step
            return math.isfinite(quotient) and int(quotient) == quotient
        except OverflowError:
            return False
    return value % step == 0


Errors = list[tuple[str, str]]


class Checker:
    """Validates decoded JSON against the schemas, collecting Laravel-style messages.

    ``errors`` lists every problem as ``(key, message)`` with dotted keys
    (``connectors.0.type``); ``ok`` answers the same question without messages.
    """

    def __init__(
        self,
        schemas: Schemas,
        *,
        closed: bool = False,
        unchecked_patterns: frozenset[str] = frozenset(),
    ) -> None:
        self.schemas = schemas
        self.closed = closed  # reject unknown keys of models declared closed
        # patterns the stub cannot invent a value for (see ``unproducible_patterns``):
        # not enforced, so the stub never rejects what it answered itself
        self.unchecked_patterns = unchecked_patterns

    def errors(
        self, value: Any, t: Type, key: str, spec: Field | None = None
    ) -> Errors:
        out: Errors = []
        self._check(value, t, key, spec or _PLAIN, out)
        return out

    def ok(self, value: Any, t: Type, spec: Field | None = None) -> bool:
        return self._check(value, t, "", spec or _PLAIN, None)

    @staticmethod
    def _fail(out: Errors | None, key: str, message: str) -> bool:
        if out is not None:
            out.append((key, message.format(a=display_name(key) or "body")))
        return False

    def _check(
        self, value: Any, t: Type, key: str, spec: Field, out: Errors | None
    ) -> bool:
        if value is None:
            if t.nullable or t.kind == "any":
                return True
            if t.kind == "union" and any(
                item.nullable or item.kind == "any" for item in t.items
            ):
                return True
            if spec.required:
                return self._fail(out, key, "The {a} field is required.")
            return self._type_error(t, key, out)
        kind = t.kind
        if kind == "any":
            return True
        if kind == "null":
            return self._fail(out, key, "The {a} field must be null.")
        if kind == "union":
            return self._union(value, t, key, spec, out)
        if kind == "enum":
            members = self.schemas.enums.get(t.name, ())
            if not any(_same_member(value, m) for m in members):
                return self._fail(out, key, "The selected {a} is invalid.")
            return True
        if kind == "model":
            return self._model(value, t, key, out)
        if kind == "list":
            if not isinstance(value, list):
                return self._type_error(t, key, out)
            good = self._items(value, key, spec, out)
            for index, item in enumerate(value):
                item_key = f"{key}.{index}" if key else str(index)
                good = self._check(item, t.items[0], item_key, _PLAIN, out) and good
                if not good and out is None:
                    return False
            return good
        if kind == "tuple":
            if not isinstance(value, list):
                return self._type_error(t, key, out)
            if len(value) != len(t.items):
                text = "The {a} field must have %d items." % len(t.items)
                return self._fail(out, key, text)
            good = True
            for index, (item, item_type) in enumerate(zip(value, t.items)):
                item_key = f"{key}.{index}" if key else str(index)
                good = self._check(item, item_type, item_key, _PLAIN, out) and good
                if not good and out is None:
                    return False
            return good
        if kind == "dict":
            if not isinstance(value, dict):
                return self._type_error(t, key, out)
            good = True
            for name, item in value.items():
                item_key = f"{key}.{name}" if key else str(name)
                good = self._check(item, t.items[0], item_key, _PLAIN, out) and good
                if not good and out is None:
                    return False
            return good
        if not self._primitive_type(value, kind):
            return self._type_error(t, key, out)
        return self._constraints(value, kind, key, spec, out)

    @staticmethod
    def _primitive_type(value: Any, kind: str) -> bool:
        if kind == "int":
            return _is_integer(value)
        if kind in ("float", "decimal"):
            return _is_number(value)
        if kind == "bool":
            return isinstance(value, bool)
        if kind == "bytes":
            return isinstance(value, (str, bytes))  # base64 text in JSON, else raw
        if not isinstance(value, str):
            return False
        if kind == "datetime":
            return parse_datetime(value) is not None
        if kind == "date":
            return parse_date(value) is not None
        if kind == "time":
            return bool(_TIME_TEXT.match(value))
        return True  # str

    def _type_error(self, t: Type, key: str, out: Errors | None) -> bool:
        message = {
            "int": "The {a} field must be an integer.",
            "float": "The {a} field must be a number.",
            "decimal": "The {a} field must be a number.",
            "bool": "The {a} field must be true or false.",
            "str": "The {a} field must be a string.",
            "bytes": "The {a} field must be a string.",
            "datetime": "The {a} field must be a valid date.",
            "date": "The {a} field must be a valid date.",
            "time": "The {a} field must be a valid time.",
            "list": "The {a} field must be an array.",
            "tuple": "The {a} field must be an array.",
            "model": "The {a} field must be an object.",
            "dict": "The {a} field must be an object.",
        }.get(t.kind, "The {a} field is invalid.")
        return self._fail(out, key, message)

    def _constraints(
        self, value: Any, kind: str, key: str, spec: Field, out: Errors | None
    ) -> bool:
        good = True
        if kind in ("int", "float", "decimal"):
            if spec.minimum is not None:
                if spec.exclusive_minimum and not value > spec.minimum:
                    text = "The {a} field must be greater than %s."
                    good = self._fail(out, key, text % _number_text(spec.minimum))
                elif value < spec.minimum:
                    text = "The {a} field must be at least %s."
                    good = self._fail(out, key, text % _number_text(spec.minimum))
            if spec.maximum is not None:
                if spec.exclusive_maximum and not value < spec.maximum:
                    text = "The {a} field must be less than %s."
                    good = self._fail(out, key, text % _number_text(spec.maximum))
                elif value > spec.maximum:
                    text = "The {a} field must not be greater than %s."
                    good = self._fail(out, key, text % _number_text(spec.maximum))
            if spec.multiple_of is not None and not _decimal_multiple(
                value, spec.multiple_of
            ):
                text = "The {a} field must be a multiple of %s."
                good = self._fail(out, key, text % _number_text(spec.multiple_of))
            return good
        if kind not in ("str", "bytes", "time"):
            return True
        if spec.min_length is not None and len(value) < spec.min_length:
            text = "The {a} field must be at least %d characters."
            good = self._fail(out, key, text % spec.min_length)
        if spec.max_length is not None and len(value) > spec.max_length:
            text = "The {a} field must not be greater than %d characters."
            good = self._fail(out, key, text % spec.max_length)
        if not isinstance(value, str):
            return good  # raw bytes: only their length is checked
        if (
            spec.pattern is not None
            and spec.pattern not in self.unchecked_patterns
            and not _matches(spec.pattern, value)
        ):
            good = self._fail(out, key, "The {a} field format is invalid.")
        if spec.fmt == "email" and "@" not in value:
            good = self._fail(out, key, "The {a} field must be a valid email address.")
        elif spec.fmt == "uuid" and not _is_uuid(value):
            good = self._fail(out, key, "The {a} field must be a valid UUID.")
        return good

    def _items(
        self, value: list[Any], key: str, spec: Field, out: Errors | None
    ) -> bool:
        good = True
        if spec.min_items is not None and len(value) < spec.min_items:
            text = "The {a} field must have at least %d items."
            good = self._fail(out, key, text % spec.min_items)
        if spec.max_items is not None and len(value) > spec.max_items:
            text = "The {a} field must not have more than %d items."
            good = self._fail(out, key, text % spec.max_items)
        return good

    def _model(self, value: Any, t: Type, key: str, out: Errors | None) -> bool:
        if not isinstance(value, dict):
            return self._type_error(t, key, out)
        shape = self.schemas.models.get(t.name)
        if shape is None:
            return True
        good = True
        for f in shape.fields:
            field_key = f"{key}.{f.name}" if key else f.name
            if f.name not in value:
                if f.required:
                    good = self._fail(out, field_key, "The {a} field is required.")
                    if out is None:
                        return False
                continue
            good = self._check(value[f.name], f.type, field_key, f, out) and good
            if not good and out is None:
                return False
        if self.closed and shape.closed:
            for name in value:
                if name not in shape.by_name:
                    item_key = f"{key}.{name}" if key else str(name)
                    good = self._fail(out, item_key, "The {a} field is prohibited.")
                    if out is None:
                        return False
        if shape.extra is not None:
            for name, item in value.items():
                if name not in shape.by_name:
                    item_key = f"{key}.{name}" if key else str(name)
                    good = (
                        self._check(item, shape.extra, item_key, _PLAIN, out) and good
                    )
        return good

    def _union(
        self, value: Any, t: Type, key: str, spec: Field, out: Errors | None
    ) -> bool:
        best: tuple[bool, int, Errors] | None = None
        for option in t.items:
            if self._check(value, option, key, spec, None):
                return True
            if out is not None:
                found: Errors = []
                self._check(value, option, key, spec, found)
                # report the option of the value's own JSON type, then the closest
                rank = (not _same_json_type(value, option), len(found), found)
                if best is None or rank[:2] < best[:2]:
                    best = rank
        if out is not None:
            out.extend(
                best[2]
                if best
                else [(key, f"The {display_name(key)} field is invalid.")]
            )
        return False

    # -- query strings --------------------------------------------------------------

    def coerce_text(self, raw: Any, t: Type, key: str, out: Errors) -> Any:
        """A value sent as text (a query string, header, cookie or form field: text, or
        lists/dicts of text; ``bytes`` for a file) as the typed value.

        Problems are appended to ``out``; the raw value is returned for them.
        """
        kind = t.kind
        if kind == "union":
            for option in t.items:
                attempt: Errors = []
                value = self.coerce_text(raw, option, key, attempt)
                if not attempt:
                    return value
            out.append((key, f"The {display_name(key)} field is invalid."))
            return raw
        if kind == "list":
            items = raw if isinstance(raw, list) else _split_text(raw)
            if items is None:
                self._type_error(t, key, out)
                return raw
            return [
                self.coerce_text(item, t.items[0], _child(key, i), out)
                for i, item in enumerate(items)
            ]
        if kind == "tuple":
            items = raw if isinstance(raw, list) else _split_text(raw)
            if items is None or len(items) != len(t.items):
                self._type_error(t, key, out)
                return raw
            return [
                self.coerce_text(item, item_type, _child(key, i), out)
                for i, (item, item_type) in enumerate(zip(items, t.items))
            ]
        if kind in ("model", "dict"):
            if not isinstance(raw, dict):
                self._type_error(t, key, out)
                return raw
            shape = self.schemas.models.get(t.name) if kind == "model" else None
            result: dict[str, Any] = {}
            for name, item in raw.items():
                spec = shape.by_name.get(name) if shape is not None else None
                if spec is not None:
                    item_type = spec.type
                elif kind == "dict":
                    item_type = t.items[0]
                else:
                    item_type = ANY
                result[name] = self.coerce_text(item, item_type, _child(key, name), out)
            return result
        if isinstance(raw, bytes) and kind in ("bytes", "any"):
            return raw
        if kind == "null":
            if raw in ("", "null"):
                return None
            out.append((key, f"The {display_name(key)} field must be null."))
            return raw
        if not isinstance(raw, str):
            if kind == "any":
                return raw
            self._type_error(t, key, out)
            return raw
        if kind == "int":
            if _INTEGER_TEXT.match(raw) and len(raw) <= _MAX_DIGITS:
                return int(raw)
        elif kind in ("float", "decimal"):
            try:
                number = float(raw)
            except ValueError:
                pass
            else:
                if math.isfinite(number):
                    return number
        elif kind == "bool":
            lowered = raw.lower()
            if lowered in ("true", "1"):
                return True
            if lowered in ("false", "0"):
                return False
        elif kind == "enum":
            for member in self.schemas.enums.get(t.name, ()):
                if str(member) == raw:
                    return member
            out.append((key, f"The selected {display_name(key)} is invalid."))
            return raw
        elif kind in ("datetime", "date", "time", "str", "bytes", "any"):
            if self._primitive_type(raw, kind if kind != "any" else "str"):
                return raw
        self._type_error(t, key, out)
        return raw

    def check_param(self, value: Any, spec: Field, out: Errors) -> None:
        """Constraint checks for a coerced parameter value."""
        kind = spec.type.kind
        if kind == "list" and isinstance(value, list):
            self._items(value, spec.name, spec, out)
        elif kind not in ("model", "dict", "union", "list", "tuple", "enum", "any"):
            if self._primitive_type(value, kind):
                self._constraints(value, kind, spec.name, spec, out)


def _child(key: str, part: str | int) -> str:
    """The dotted key of an item (``tags.0``; just ``name`` at the top)."""
    return f"{key}.{part}" if key else str(part)


_JSON_TYPES: dict[str, tuple[type, ...]] = {
    "model": (dict,),
    "dict": (dict,),
    "list": (list,),
    "tuple": (list,),
    "bool": (bool,),
    "int": (int, float),
    "float": (int, float),
    "decimal": (int, float),
    "null": (type(None),),
}


def _same_json_type(value: Any, t: Type) -> bool:
    """Whether ``value`` is the kind of JSON value ``t`` describes (object, array...)."""
    expected = _JSON_TYPES.get(t.kind, (str,))
    if t.kind in ("any", "union", "enum"):
        return True
    if isinstance(value, bool) and t.kind != "bool":
        return False
    return isinstance(value, expected)


def _split_text(raw: Any) -> list[Any] | None:
    if isinstance(raw, str):
        return [part for part in raw.split(",") if part != ""]
    if isinstance(raw, dict):
        return [raw[k] for k in sorted(raw, key=_index_key)]
    return None


def _index_key(key: str) -> tuple[int, str]:
    if key.isascii() and key.isdigit() and len(key) < 19:
        return (int(key), "")
    return (1 << 62, key)


def _same_member(value: Any, member: EnumValue) -> bool:
    if isinstance(value, bool) or type(value) not in (str, int, float):
        return False
    if isinstance(member, str) or isinstance(value, str):
        return value == member and isinstance(value, str) == isinstance(member, str)
    return bool(value == member)


def _decimal_multiple(value: float, step: float) -> bool:
    try:
        return Decimal(str(value)) % Decimal(str(step)) == 0
    except (InvalidOperation, ArithmeticError):
        return False


_pattern_cache: dict[str, re.Pattern[str] | None] = {}


def _matches(pattern: str, value: str) -> bool:
    if pattern not in _pattern_cache:
        try:
            _pattern_cache[pattern] = re.compile(pattern)
        except re.error:
            _pattern_cache[pattern] = None
    compiled = _pattern_cache[pattern]
    return compiled is None or compiled.search(value) is not None


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def merge_patch(target: Any, patch: Any) -> Any:
    """``patch`` applied over ``target``: objects merge key by key, anything else replaces.

    Unlike RFC 7386 an explicit ``null`` is kept (the API stores it), not a deletion.
    """
    if not isinstance(patch, dict) or not isinstance(target, dict):
        return patch
    merged = dict(target)
    for key, value in patch.items():
        merged[key] = merge_patch(merged.get(key), value)
    return merged


# -- synthesis ----------------------------------------------------------------------------

_EPOCH = datetime(2024, 1, 1, tzinfo=timezone.utc)
_PATTERN_SAMPLES = (
    "12:00",
    "12:00:00",
    "BG",
    "EUR",
    "1",
    "abc",
    "ABC",
    "A1",
    "a1",
    "2024-01-01",
    "2024-01-01T12:00:00+00:00",
    "example",
)


class Synth:
    """Invents JSON values of a given type, deterministically for a given ``rng``.

    Every model field is filled in (optional ones too) until ``depth`` nested models;
    deeper, and for models already being built twice up the stack, only required
    fields are. A field's example from the spec is used when it fits the field.
    """

    def __init__(self, schemas: Schemas, rng: random.Random, *, depth: int = 4) -> None:
        self.schemas = schemas
        self.rng = rng
        self.depth = depth
        self.checker = Checker(schemas, closed=True)
        self._stack: list[str] = []

    def value(self, t: Type, spec: Field | None = None, hint: str = "") -> Any:
        spec = spec or _PLAIN
        if spec.example is not NO_VALUE and self._fits(spec.example, t, spec):
            return _copy_json(spec.example)
        if t.nullable and (self._shallow() or t.kind == "any"):
            return None
        kind = t.kind
        if kind == "model":
            return self._model(t)
        if kind == "enum":
            members = self.schemas.enums.get(t.name, ())
            return self.rng.choice(members) if members else None
        if kind == "list":
            return self._list(t, spec, hint)
        if kind == "tuple":
            return [self.value(item, None, hint) for item in t.items]
        if kind == "dict":
            if t.items[0].kind == "any" or self._shallow():
                return {}
            return {"key": self.value(t.items[0], None, hint)}
        if kind == "union":
            return self._union(t, spec, hint)
        if kind == "any":
            return {}
        if kind == "null":
            return None
        return self._primitive(kind, spec, hint)

    def _fits(self, example: Any, t: Type, spec: Field) -> bool:
        """An example is used when it is valid, also to validators that divide floats
        (``0.07`` is a multiple of ``0.01`` in decimal, not in binary floating point).
        """
        if not self.checker.ok(example, t, spec):
            return False
        if t.kind == "datetime" and not _RFC3339.match(str(example)):
            return False  # accepted in requests (as Laravel does), never invented
        if spec.multiple_of and _is_number(example):
            return is_multiple(example, spec.multiple_of)
        return True

    def _shallow(self) -> bool:
        return len(self._stack) >= self.depth

    def _model(self, t: Type) -> Any:
        shape = self.schemas.models.get(t.name)
        if shape is None:
            return {}
        if len(self._stack) > self.depth + 8:  # a cycle of required fields
            return None if t.nullable else {}
        shallow = self._shallow() or self._stack.count(t.name) >= 1
        self._stack.append(t.name)
        try:
            result: dict[str, Any] = {}
            for f in shape.fields:
                if shallow and not f.required:
                    continue
                result[f.name] = self.value(f.type, f, f.name)
            return _consistent(shape, result)
        finally:
            self._stack.pop()

    def _list(self, t: Type, spec: Field, hint: str) -> list[Any]:
        low = spec.min_items or 0
        count = low if self._shallow() else max(low, 1)
        if spec.max_items is not None:
            count = min(count, spec.max_items)
        self._stack.append("[]")
        try:
            return [self.value(t.items[0], None, hint) for _ in range(count)]
        finally:
            self._stack.pop()

    def _union(self, t: Type, spec: Field, hint: str) -> Any:
        """The first option whose value no other option also accepts (oneOf)."""
        first: Any = NO_VALUE
        for index, option in enumerate(t.items):
            candidate = self.value(option, spec, hint)
            if first is NO_VALUE:
                first = candidate
            others = t.items[:index] + t.items[index + 1 :]
            if not any(self.checker.ok(candidate, other, spec) for other in others):
                return candidate
        return None if first is NO_VALUE else first

    def _primitive(self, kind: str, spec: Field, hint: str) -> Any:
        rng = self.rng
        if kind == "bool":
            return rng.random() < 0.5
        if kind == "int":
            return int(self._number(spec, integer=True))
        if kind in ("float", "decimal"):
            if is_id_name(hint):  # an id declared as a number is still a whole one
                whole = self._number(spec, integer=True)
                if self.checker.ok(whole, Type(kind), spec):
                    return int(whole)
            return self._number(spec, integer=False)
        if kind == "datetime":
            moment = _EPOCH + timedelta(seconds=rng.randrange(366 * 86400))
            return moment.isoformat()
        if kind == "date":
            return (_EPOCH.date() + timedelta(days=rng.randrange(366))).isoformat()
        if kind == "time":
            hour, minute = rng.randrange(24), rng.randrange(0, 60, 15)
            return self._text(
                spec, [f"{hour:02d}:{minute:02d}:00", f"{hour:02d}:{minute:02d}"]
            )
        return self._text(spec, [self._string(spec, hint)])

    def _string(self, spec: Field, hint: str) -> str:
        rng = self.rng
        n = rng.randint(1, 9999)
        fmt = spec.fmt
        if fmt == "email":
            return f"user{n}@example.com"
        if fmt in ("uri", "url", "uri-reference", "iri", "iri-reference"):
            return f"https://example.com/{n}"
        if fmt == "hostname":
            return f"host-{n}.example.com"
        if fmt == "ipv4":
            return f"192.0.2.{n % 256}"
        if fmt == "ipv6":
            return f"2001:db8::{n:x}"
        if fmt == "byte":
            return base64.b64encode(f"{hint or 'value'}-{n}".encode()).decode("ascii")
        if fmt == "time":
            return f"{n % 24:02d}:{n % 60:02d}:00"
        if fmt == "uuid":
            return str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if fmt in ("integer", "int32", "int64"):
            return str(n)
        if fmt in ("number", "float", "double", "decimal"):
            return f"{n}.5"
        if fmt == "boolean":
            return "true"
        if fmt in ("date-time", "datetime"):
            return (_EPOCH + timedelta(seconds=n * 3600)).isoformat()
        if fmt == "date":
            return (_EPOCH.date() + timedelta(days=n % 366)).isoformat()
        word = re.sub(r"[^A-Za-z0-9]+", "-", hint).strip("-") or "value"
        return f"{word}-{n}"

    def _text(self, spec: Field, candidates: list[str]) -> str:
        if spec.pattern is not None:
            for sample in (*candidates, *_PATTERN_SAMPLES):
                if _matches(spec.pattern, sample) and _fits_length(sample, spec):
                    return sample
            found = pattern_example(
                spec.pattern,
                self.rng,
                min_length=spec.min_length,
                max_length=spec.max_length,
            )
            if found is not None:
                return found
        text = candidates[0]
        if spec.max_length is not None and len(text) > spec.max_length:
            text = text[: spec.max_length]
        if spec.min_length is not None and len(text) < spec.min_length:
            text += "x" * (spec.min_length - len(text))
        return text

    def _number(self, spec: Field, *, integer: bool) -> float:
        rng = self.rng
        step = 1.0 if integer else 0.5
        low = spec.minimum if spec.minimum is not None else (1 if integer else 0)
        high = spec.maximum if spec.maximum is not None else low + 1000
        if spec.exclusive_minimum and spec.minimum is not None:
            low = low + step
        if spec.exclusive_maximum and spec.maximum is not None:
            high = high - step
        if integer:
            low, high = math.ceil(low), math.floor(high)
        if high < low:
            high = low
        multiple = spec.multiple_of
        if multiple:
            first, last = math.ceil(low / multiple), math.floor(high / multiple)
            for _ in range(8):
                k = rng.randint(first, max(first, last))
                value = round(k * multiple, 6)
                if not integer and is_multiple(value, multiple):
                    return value
                if integer and float(value).is_integer():
                    return int(value)
            return int(low) if integer else float(math.ceil(low))
        if integer:
            return rng.randint(int(low), int(high))
        # halves: a multiple of every decimal step a schema may ask for (0.1, 0.01...)
        return (
            rng.randint(
                math.ceil(low * 2), max(math.ceil(low * 2), math.floor(high * 2))
            )
            / 2
        )


_RFC3339 = re.compile(
    r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$"
)
_ID_NAME = re.compile(r"^(id|ids|ID|IDs)$|[a-z0-9](Id|ID|Ids|IDs)$|_ids?$")
#: Boolean fields that say an action succeeded (``success: true``).
SUCCESS_FLAGS: Final = frozenset({"success", "succeeded", "successful", "ok"})
_ERROR_NAME = re.compile(r"(^|_)(error|errors|failure|fail)|(Error|Failure)", re.I)


def is_id_name(name: str) -> bool:
    """Whether a field or parameter name says it holds ids (``id``, ``sessionId``,
    ``user_id``, ``chargePointIds``) rather than a measure."""
    return bool(_ID_NAME.search(name))


def _consistent(shape: Model, value: dict[str, Any]) -> dict[str, Any]:
    """An invented object that does not contradict itself.

    A success flag (``success``, ``ok``...) that is true comes without error details
    (``errorCode``, ``errorMessage``, ``failureReason``...): an optional one is left
    out, a nullable one is null; when one must be there, the flag is false instead.
    """
    flags = [f for f in shape.fields if f.name.lower() in SUCCESS_FLAGS]
    flag = next((f for f in flags if f.type.kind == "bool" and f.name in value), None)
    if flag is None or value[flag.name] is not True:
        return value
    errors = [
        f
        for f in shape.fields
        if f is not flag and f.name in value and _ERROR_NAME.search(f.name)
    ]
    if any(f.required and not f.type.nullable for f in errors):
        value[flag.name] = False
        return value
    for f in errors:
        if f.required:
            value[f.name] = None
        else:
            del value[f.name]
    return value


def unproducible_patterns(fields: Sequence[Field]) -> list[str]:
    """The patterns of ``fields`` no value can be invented for (sorted, once each)."""
    out: set[str] = set()
    for f in fields:
        if f.pattern is None or f.pattern in out:
            continue
        if any(
            _matches(f.pattern, sample) and _fits_length(sample, f)
            for sample in _PATTERN_SAMPLES
        ):
            continue
        rng = random.Random(f.pattern)
        found = pattern_example(
            f.pattern, rng, min_length=f.min_length, max_length=f.max_length
        )
        if found is None:
            out.add(f.pattern)
    return sorted(out)


def _fits_length(text: str, spec: Field) -> bool:
    if spec.min_length is not None and len(text) < spec.min_length:
        return False
    return spec.max_length is None or len(text) <= spec.max_length


def _copy_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value


def project(checker: Checker, base: Any, record: Mapping[str, Any], t: Type) -> Any:
    """``base`` (an invented value of type ``t``) with the stored ``record`` laid over it.

    Only the stored values that fit the field they land on are used, so a record
    written through one version of an endpoint reads back validly through another.
    """
    if t.kind == "union":
        return base
    shape = checker.schemas.models.get(t.name) if t.kind == "model" else None
    if shape is None or not isinstance(base, dict):
        return base
    result = dict(base)
    for f in shape.fields:
        if f.name not in record:
            continue
        value = record[f.name]
        if (
            f.type.kind == "model"
            and isinstance(value, dict)
            and isinstance(result.get(f.name), dict)
        ):
            result[f.name] = project(checker, result[f.name], value, f.type)
        elif checker.ok(value, f.type, f):
            result[f.name] = _normalise(value, f.type)
    return result


def _normalise(value: Any, t: Type) -> Any:
    if t.kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    return _copy_json(value)
