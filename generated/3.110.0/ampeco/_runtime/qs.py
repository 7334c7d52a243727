"""Wire encoding of parameters, in the PHP style Laravel-like backends parse.

Pure functions, no I/O:

* ``deepObject`` objects become ``name[key]=v`` (nested: ``name[a][b]=v``) and arrays,
  which OpenAPI leaves undefined for that style, ``name[]=a&name[]=b`` the way PHP reads
  them (``filter`` and ``include`` are declared so); inside objects arrays of scalars
  are ``filter[ids][]=3`` and arrays holding objects or arrays are indexed
  (``name[0][a]=1``) so PHP keeps their elements apart;
* the ``form`` style (the default) follows OpenAPI: an exploded array repeats its name
  (``id=1&id=2``), an exploded object sends its properties as parameters (``a=1&b=2``);
  without ``explode`` an array is joined by the style's delimiter (also for
  spaceDelimited and pipeDelimited) and an object becomes ``name=a,1,b,2``;
* a value of a parameter the operation does not declare is sent as ``deepObject``;
* booleans are ``true``/``false``, datetimes and dates ISO 8601 (an aware datetime keeps
  its offset), ``Decimal`` plain digits, enums their value, pydantic models their alias
  dump of the fields the caller set; ``None`` and ``NOT_GIVEN`` are left out everywhere;
* keys and values are percent-encoded with nothing kept safe except RFC 3986's unreserved
  characters, so brackets travel as ``%5B``/``%5D`` and ``+`` as ``%2B``.

Request bodies that are not JSON are flattened here too: ``application/x-www-form-urlencoded``
bodies the same PHP way as query objects (:func:`encode_form`), ``multipart/form-data``
bodies into the parts httpx renders (:func:`multipart_fields`).
"""

from __future__ import annotations

import enum
import math
import re
import sys
import uuid
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from .operation import Encoding, Operation, Param
from .types import NotGiven

__all__ = [
    "format_scalar",
    "query_pairs",
    "encode_pairs",
    "encode_query",
    "expand_path",
    "format_header_value",
    "encode_cookies",
    "form_pairs",
    "encode_form",
    "is_file_value",
    "multipart_fields",
]

_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def _omitted(value: Any) -> bool:
    return value is None or isinstance(value, NotGiven)


def format_scalar(value: Any) -> str:
    """Render one scalar the way the API expects it in a URL (before percent-encoding)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return format_scalar(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(int(value))
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot send non-finite number {value!r}")
        return repr(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"cannot send non-finite number {value!r}")
        return format(value, "f")
    if isinstance(value, (datetime, date, time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode("utf-8")
    return str(value)


def _is_model(value: Any) -> bool:
    """Whether ``value`` is a pydantic model (without importing pydantic to find out)."""
    pydantic = sys.modules.get("pydantic")
    return pydantic is not None and isinstance(value, pydantic.BaseModel)


def _dump_model(value: Any) -> Any:
    if _is_model(value):
        return value.model_dump(mode="python", by_alias=True, exclude_unset=True)
    return value


def _is_sequence(value: Any) -> bool:
    return isinstance(value, (list, tuple, set, frozenset))


def _items(value: Any) -> Sequence[Any]:
    if isinstance(value, (set, frozenset)):
        # Sets have no order of their own; sort so the URL is deterministic.
        return sorted(value, key=format_scalar)
    seq: Sequence[Any] = value
    return seq


def _is_scalar(value: Any) -> bool:
    return not (isinstance(value, Mapping) or _is_model(value) or _is_sequence(value))


def _add_nested(pairs: list[tuple[str, str]], prefix: str, value: Any) -> None:
    value = _dump_model(value)
    if _omitted(value):
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _add_nested(pairs, f"{prefix}[{format_scalar(key)}]", item)
    elif _is_sequence(value):
        items = _items(value)
        if all(_is_scalar(item) for item in items):
            for item in items:
                if not _omitted(item):
                    pairs.append((f"{prefix}[]", format_scalar(item)))
        else:
            for index, item in enumerate(items):
                _add_nested(pairs, f"{prefix}[{index}]", item)
    else:
        pairs.append((prefix, format_scalar(value)))


def _add_param(
    pairs: list[tuple[str, str]], name: str, value: Any, param: Param | None
) -> None:
    value = _dump_model(value)
    if _omitted(value):
        return
    style = param.effective_style if param is not None else "deepObject"
    if style not in _DELIMITERS or _is_scalar(value):
        _add_nested(pairs, name, value)
        return
    explode = param is not None and param.effective_explode
    if isinstance(value, Mapping):
        members = [(k, v) for k, v in value.items() if not _omitted(v)]
        if explode:  # each property is a parameter of its own
            for key, item in members:
                _add_nested(pairs, format_scalar(key), item)
        elif members:
            flat = [format_scalar(part) for member in members for part in member]
            pairs.append((name, ",".join(flat)))
        return
    items = [item for item in _items(value) if not _omitted(item)]
    if explode:
        for item in items:
            _add_nested(pairs, name, item)
    elif items:
        joined = _DELIMITERS[style].join(format_scalar(item) for item in items)
        pairs.append((name, joined))


def query_pairs(
    values: Mapping[str, Any], op: Operation | None = None
) -> list[tuple[str, str]]:
    """Flatten query parameters (keyed by wire name) into decoded ``(key, value)`` pairs.

    The order of ``values`` is kept; ``op`` supplies each parameter's declared style.
    """
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        param = op.param("query", name) if op is not None else None
        _add_param(pairs, name, value, param)
    return pairs


def encode_pairs(pairs: Iterable[tuple[str, str]]) -> str:
    """Percent-encode decoded pairs into a raw query string (no leading ``?``)."""
    return "&".join(
        f"{quote(key, safe='')}={quote(val, safe='')}" for key, val in pairs
    )


def encode_query(values: Mapping[str, Any], op: Operation | None = None) -> str:
    """Query parameters as the raw, percent-encoded string that goes on the wire."""
    return encode_pairs(query_pairs(values, op))


def _encode_segment(value: Any) -> str:
    text = format_scalar(value)
    if text == "":
        raise ValueError("a path parameter must not be empty")
    encoded = quote(text, safe="")
    if encoded in (".", ".."):
        # A bare dot segment would be collapsed by URL normalisation; keep it literal.
        encoded = encoded.replace(".", "%2E")
    return encoded


_templates: dict[str, list[str]] = {}
_MAX_TEMPLATES = 4096


def _split_template(template: str) -> list[str]:
    """``"/a/{x}/b"`` -> ``["/a/", "x", "/b"]``: literals at even, names at odd indexes."""
    parts = _templates.get(template)
    if parts is None:
        parts = _PLACEHOLDER.split(template)
        if len(_templates) < _MAX_TEMPLATES:  # the operations' paths, a fixed set
            _templates[template] = parts
    return parts


def _path_value(name: str, values: Mapping[str, Any]) -> str:
    value = _dump_model(values.get(name))
    if _omitted(value):
        raise ValueError(f"missing required path parameter {name!r}")
    if _is_sequence(value):
        return ",".join(_encode_segment(item) for item in _items(value))
    return _encode_segment(value)


def expand_path(template: str, values: Mapping[str, Any]) -> str:
    """Substitute ``{name}`` placeholders with percent-encoded values.

    A ``/`` inside a value becomes ``%2F`` and stays within its segment.
    """
    parts = _split_template(template)
    if len(parts) == 1:
        return template
    return "".join(
        _path_value(part, values) if index % 2 else part
        for index, part in enumerate(parts)
    )


def format_header_value(value: Any, param: Param | None = None) -> str | None:
    """A header parameter in OpenAPI's simple style, or ``None`` when it is unset."""
    value = _dump_model(value)
    if _omitted(value):
        return None
    explode = param.effective_explode if param is not None else False
    if isinstance(value, Mapping):
        parts = []
        for key, item in value.items():
            if _omitted(item):
                continue
            if explode:
                parts.append(f"{format_scalar(key)}={format_scalar(item)}")
            else:
                parts.extend((format_scalar(key), format_scalar(item)))
        return ",".join(parts) if parts else None
    if _is_sequence(value):
        items = [format_scalar(item) for item in _items(value) if not _omitted(item)]
        return ",".join(items) if items else None
    return format_scalar(value)


def encode_cookies(values: Mapping[str, Any]) -> str | None:
    """Cookie parameters as one ``Cookie`` header value (``None`` when all are unset)."""
    parts = []
    for name, value in values.items():
        text = format_header_value(value)
        if text is not None:
            parts.append(f"{name}={quote(text, safe='')}")
    return "; ".join(parts) if parts else None


def _body_mapping(body: Any, kind: str) -> Mapping[Any, Any]:
    values = _dump_model(body)
    if not isinstance(values, Mapping):
        raise TypeError(
            f"A {kind} body must be a model or a mapping, not {type(body).__name__}"
        )
    return values


def _add_deep(pairs: list[tuple[str, str]], prefix: str, value: Any) -> None:
    """``deepObject`` as a form body's ``encoding`` declares it: objects ``a[b]=x`` and
    arrays indexed at every depth (``a[b][0]=x``), so nothing is left to PHP's ``[]``.
    """
    value = _dump_model(value)
    if _omitted(value):
        return
    if isinstance(value, Mapping):
        for key, item in value.items():
            _add_deep(pairs, f"{prefix}[{format_scalar(key)}]", item)
    elif _is_sequence(value):
        for index, item in enumerate(_items(value)):
            _add_deep(pairs, f"{prefix}[{index}]", item)
    else:
        pairs.append((prefix, format_scalar(value)))


def _add_encoded(
    pairs: list[tuple[str, str]], name: str, value: Any, encoding: Encoding
) -> None:
    """One form property with its declared ``encoding``: a ``content_type`` of JSON
    sends the value as JSON text; ``deepObject`` nests with indexes; ``form`` (and the
    delimited styles) follow OpenAPI's explode rules. An empty array of a required or
    styled property is sent as ``name=``: present, and empty."""
    value = _dump_model(value)
    if _omitted(value):
        return
    if encoding.content_type and "json" in encoding.content_type.lower():
        from .models import encode_json

        pairs.append((name, encode_json(value).decode("utf-8")))
        return
    if _is_sequence(value) and not _items(value):
        pairs.append((name, ""))
        return
    style = encoding.style or "form"
    if style == "deepObject":
        _add_deep(pairs, name, value)
        return
    explode = encoding.explode if encoding.explode is not None else style == "form"
    _add_param(pairs, name, value, Param(name, "query", style, explode))


def _required_nulls(body: Any, model: Any = None) -> set[str]:
    """The wire names of the required fields the caller set to None, in a model body or
    in a mapping given for ``model``: form and multipart encodings cannot leave them
    out, so they go as empty values."""
    if _is_model(body):
        model = type(body)
    elif model is None or not isinstance(body, Mapping):
        return set()
    fields = getattr(model, "model_fields", None)
    if not isinstance(fields, Mapping):
        return set()
    names = set()
    for name, info in fields.items():
        if not info.is_required():
            continue
        wire = info.serialization_alias or info.alias or name
        value = getattr(body, name, 0) if _is_model(body) else body.get(wire, 0)
        if value is None:
            names.add(wire)
    return names


def form_pairs(
    body: Any, encoding: Mapping[str, Encoding] | None = None, model: Any = None
) -> list[tuple[str, str]]:
    """A form body (model or mapping) as decoded pairs.

    Fields go by alias, only those the caller set; ``None`` is left out, booleans are
    ``true``/``false``; a required field of a model set to ``None`` is sent empty
    (``name=``). A property with an ``encoding`` (OpenAPI's object, by property
    name) is sent as it declares (see :func:`_add_encoded`). Otherwise, as OpenAPI's
    default form encoding says, an array of scalars repeats its name
    (``tag=a&tag=b``); objects are sent ``name[key]=v`` and arrays of objects indexed
    (``items[0][id]=1``), as in a query. ``model``: the body's model, when ``body`` is a
    mapping given for it (its required fields set to None are sent empty too).
    """
    pairs: list[tuple[str, str]] = []
    empty = _required_nulls(body, model)
    for name, value in _body_mapping(body, "form").items():
        declared = (encoding or {}).get(str(name))
        if value is None and name in empty:
            pairs.append((format_scalar(name), ""))
            continue
        if declared is not None:
            _add_encoded(pairs, format_scalar(name), value, declared)
            continue
        value = _dump_model(value)
        if _is_sequence(value) and all(_is_scalar(item) for item in _items(value)):
            for item in _items(value):
                _add_nested(pairs, format_scalar(name), item)
        else:
            _add_nested(pairs, format_scalar(name), value)
    return pairs


def encode_form(
    body: Any, encoding: Mapping[str, Encoding] | None = None, model: Any = None
) -> bytes:
    """An ``application/x-www-form-urlencoded`` body, percent-encoded like a query."""
    return encode_pairs(form_pairs(body, encoding, model)).encode("ascii")


def _is_file_content(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, str)) or hasattr(
        value, "read"
    )


def is_file_value(value: Any) -> bool:
    """Whether a multipart value is a file: bytes, a file object or a file tuple.

    A file tuple is ``(filename, content)`` or ``(filename, content, content_type)``
    with a ``str`` (or ``None``) filename and bytes, text or a file object as content.
    """
    if isinstance(value, (bytes, bytearray, memoryview)) or hasattr(value, "read"):
        return True
    return (
        isinstance(value, tuple)
        and len(value) in (2, 3)
        and (value[0] is None or isinstance(value[0], str))
        and _is_file_content(value[1])
        and (len(value) == 2 or value[2] is None or isinstance(value[2], str))
    )


def _file_part(value: Any) -> Any:
    """A file value as httpx's ``files=`` wants it (bytes-like objects as ``bytes``)."""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, tuple) and isinstance(value[1], (bytearray, memoryview)):
        return (value[0], bytes(value[1]), *value[2:])
    return value


def multipart_fields(
    body: Any, encoding: Mapping[str, Encoding] | None = None, model: Any = None
) -> list[tuple[str, Any]]:
    """A multipart body (model or mapping) as httpx ``files=`` entries, in order.

    Files (see :func:`is_file_value`) become file parts, a list of files one part
    each; every other value a text part without a filename: scalars as in a query,
    objects and arrays as JSON text. ``None`` is left out (a required field of a
    model, or of the mapping given for ``model``, set to ``None`` is an empty part).
    A property whose ``encoding`` names a
    ``content_type`` gets that Content-Type on its part (JSON text for a JSON type,
    whatever the value).
    """
    fields: list[tuple[str, Any]] = []
    empty = _required_nulls(body, model)
    for key, value in _body_mapping(body, "multipart").items():
        name = format_scalar(key)
        if value is None and key in empty:
            fields.append((name, (None, b"")))
            continue
        if _omitted(value):
            continue
        declared = (encoding or {}).get(str(key))
        if declared is not None and declared.content_type and not is_file_value(value):
            if "json" in declared.content_type.lower():
                from .models import encode_json

                data = encode_json(value)
            else:
                data = format_scalar(_dump_model(value)).encode("utf-8")
            fields.append((name, (None, data, declared.content_type)))
            continue
        if is_file_value(value):
            fields.append((name, _file_part(value)))
        elif (
            isinstance(value, (list, tuple))
            and value
            and all(is_file_value(item) for item in value)
        ):
            fields.extend((name, _file_part(item)) for item in value)
        elif isinstance(value, Mapping) or _is_model(value) or _is_sequence(value):
            from .models import encode_json

            fields.append((name, (None, encode_json(value))))
        else:
            fields.append((name, (None, format_scalar(value).encode("utf-8"))))
    return fields
