"""How the stub reads a query string: PHP's ``a[b][]=1`` keys (:func:`parse_php_query`)
and OpenAPI's parameter styles (:func:`read_query`), with bounded nesting: what it
cannot read at all is a :class:`MalformedRequest` (answered 400).

Part of the stub runtime (``stub_engine`` re-exports the public names).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .stub_schema import Field, Schemas, Type

__all__ = [
    "MAX_QUERY_DEPTH",
    "MAX_JSON_DEPTH",
    "MalformedRequest",
    "parse_php_query",
    "read_query",
]

#: Deepest ``a[b][c]...`` key and deepest JSON body the stub reads (deeper: 400).
MAX_QUERY_DEPTH = 32
MAX_JSON_DEPTH = 128


class MalformedRequest(ValueError):
    """A request the stub cannot read at all: answered 400, never a traceback."""


_BRACKETS = re.compile(r"\[([^\[\]]*)\]")
_PHP_KEY = re.compile(r"^([^\[\]]+)((?:\[[^\[\]]*\])*)$")


def parse_php_query(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """PHP's reading of a query: ``a[b][]=1&a[b][]=2&c=3`` -> ``{a: {b: [1, 2]}, c: 3}``.

    Values stay text; objects whose keys are all digits become lists.
    """
    root: dict[str, Any] = {}
    for key, value in pairs:
        found = _PHP_KEY.match(key)
        if found is None:
            root[key] = value
            continue
        parts = [found.group(1), *_BRACKETS.findall(found.group(2))]
        if len(parts) > MAX_QUERY_DEPTH:
            raise MalformedRequest(
                f"The query key {key[:40]!r}... nests deeper than {MAX_QUERY_DEPTH}."
            )
        node = root
        for index, part in enumerate(parts):
            if part == "":
                part = str(len(node))
            if index == len(parts) - 1:
                node[part] = value
                break
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
    return {name: _listify(value) for name, value in root.items()}


_DELIMITERS = {"form": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


def _structure(t: Type) -> str:
    """ "list" or "object" for a parameter of array or object type, else ""."""
    if t.kind == "union":
        found = {_structure(item) for item in t.items} - {""}
        return found.pop() if len(found) == 1 else ""
    if t.kind in ("list", "tuple"):
        return "list"
    if t.kind in ("model", "dict"):
        return "object"
    return ""


def _object_keys(t: Type, schemas: Schemas | None) -> set[str] | None:
    """The property names an object parameter may have (None: any name)."""
    if t.kind == "union":
        names: set[str] = set()
        for item in t.items:
            found = _object_keys(item, schemas)
            if found is None:
                return None
            names |= found
        return names
    shape = schemas.models.get(t.name) if schemas is not None else None
    if t.kind != "model" or shape is None or shape.extra is not None:
        return None
    return set(shape.by_name)


def read_query(
    specs: Sequence[Field],
    pairs: Sequence[tuple[str, str]],
    schemas: Schemas | None = None,
) -> dict[str, Any]:
    """The query's values by parameter name, read back the way each was sent.

    PHP keys (``a[b]=1``, ``a[]=1``) are read as PHP does; a ``form``,
    ``spaceDelimited`` or ``pipeDelimited`` parameter as OpenAPI defines them: an
    exploded array repeats its name (``id=1&id=2``), an exploded object sends its
    properties as parameters (``lat=1&lon=2``), and without ``explode`` an array is
    joined by the style's delimiter (``id=1,2``) and an object is ``key,value`` pairs
    (``point=lat,1,lon,2``).
    """
    sent = parse_php_query(pairs)
    declared = {spec.name for spec in specs}
    plain: dict[str, list[str]] = {}
    for key, value in pairs:
        plain.setdefault(key, []).append(value)
    for spec in specs:
        shape = _structure(spec.type)
        if spec.style not in _DELIMITERS or not shape:
            continue
        delimiter = _DELIMITERS[spec.style]
        if shape == "list":
            values = plain.get(spec.name)
            if values is None:
                continue
            if spec.explode:
                sent[spec.name] = list(values)
            else:
                text = values[-1]
                sent[spec.name] = text.split(delimiter) if text else []
        elif spec.explode:
            keys = _object_keys(spec.type, schemas)
            found = {
                key: values[-1]
                for key, values in plain.items()
                if key not in declared
                and (keys is None or key in keys)
                and "[" not in key
            }
            if found:
                for key in found:
                    sent.pop(key, None)
                sent[spec.name] = found
        elif spec.name in plain:
            items = plain[spec.name][-1].split(delimiter)
            if len(items) % 2:
                sent[spec.name] = plain[spec.name][-1]  # not pairs: reported as invalid
            else:
                sent[spec.name] = dict(zip(items[::2], items[1::2]))
    return sent


def _listify(node: Any) -> Any:
    if isinstance(node, dict):
        converted = {k: _listify(v) for k, v in node.items()}
        if converted and all(
            k.isascii() and k.isdigit() and len(k) < 10 for k in converted
        ):
            return [converted[k] for k in sorted(converted, key=int)]
        return converted
    if isinstance(node, list):
        return [_listify(v) for v in node]
    return node
