"""Validation against the raw OpenAPI 3.0 document with ``jsonschema``.

OpenAPI 3.0 schemas are JSON Schema draft 4 plus ``nullable``; ``to_json_schema``
turns ``nullable: true`` into a ``null`` alternative so a draft 4 validator reads
them. ``SpecValidator`` checks a response body against the schema the spec gives an
operation for a status (and a request body against its request schema).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

URN = "urn:ampeco-spec"


def to_json_schema(node: Any, direction: str = "response", relax_one_of: bool = True) -> Any:
    """A copy of ``node`` with every ``nullable: true`` schema also accepting null.

    Only the boolean keyword is touched, so a property *named* ``nullable`` (whose
    value is a schema object) is left alone. ``oneOf`` is read as ``anyOf`` unless
    ``relax_one_of`` is false (see below). As OpenAPI says, a required ``readOnly``
    property is required in responses only, a ``writeOnly`` one in requests only.
    """
    if isinstance(node, list):
        return [to_json_schema(item, direction, relax_one_of) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: to_json_schema(value, direction, relax_one_of) for key, value in node.items() if not (key == "nullable" and isinstance(value, bool))}
    if relax_one_of and isinstance(node.get("oneOf"), list):
        # AMPECO's oneOf alternatives are open objects whose properties overlap (a
        # Hubject and an OCPI roaming provider differ only in optional fields), so a
        # real payload matches several; read oneOf as anyOf
        out["anyOf"] = out.pop("oneOf")
    props = node.get("properties")
    if isinstance(props, dict) and isinstance(node.get("required"), list):
        skip = "readOnly" if direction == "request" else "writeOnly"
        out["required"] = [r for r in node["required"] if not (isinstance(props.get(r), dict) and props[r].get(skip) is True)]
    if node.get("nullable") is not True:
        return out
    kind = out.get("type")
    if isinstance(kind, str):
        out["type"] = [kind, "null"]
        if isinstance(out.get("enum"), list) and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    if isinstance(kind, list):
        if "null" not in kind:
            out["type"] = [*kind, "null"]
        return out
    return {"anyOf": [out, {"type": "null"}]}


def _pointer(*parts: str) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _formats() -> jsonschema.FormatChecker:
    checker = jsonschema.FormatChecker(())

    @checker.checks("date-time", raises=ValueError)
    def is_datetime(value: object) -> bool:
        if not isinstance(value, str):
            return True
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        return parsed.tzinfo is not None

    @checker.checks("date", raises=ValueError)
    def is_date(value: object) -> bool:
        if not isinstance(value, str):
            return True
        date.fromisoformat(value)
        return True

    return checker


class SpecValidator:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.registries = {
            direction: Registry().with_resource(URN, Resource.from_contents(to_json_schema(document, direction), default_specification=DRAFT4))
            for direction in ("request", "response")
        }
        self.formats = _formats()
        self._validators: dict[tuple[str, str], jsonschema.Draft4Validator] = {}

    def _resolve(self, node: Any) -> tuple[Any, str | None]:
        """``node`` with a ``$ref`` followed, and the pointer of where it lives."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str):
            return node, None
        target: Any = self.document
        for part in ref.lstrip("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        return target, ref.lstrip("#")

    def _validator(self, pointer: str, direction: str = "response") -> jsonschema.Draft4Validator:
        found = self._validators.get((pointer, direction))
        if found is None:
            registry = self.registries[direction]
            found = jsonschema.Draft4Validator({"$ref": f"{URN}#{pointer}"}, registry=registry, format_checker=self.formats)
            self._validators[(pointer, direction)] = found
        return found

    def response_schema_pointer(self, path: str, method: str, status: int) -> str | None:
        """Where the JSON schema of a response lives, or None when it has no body."""
        responses = self.document["paths"][path][method.lower()]["responses"]
        key = str(status) if str(status) in responses else "default"
        response, ref = self._resolve(responses[key])
        content = (response.get("content") or {}).get("application/json")
        if content is None or "schema" not in content:
            return None
        base = ref or _pointer("paths", path, method.lower(), "responses", key)
        return base + _pointer("content", "application/json", "schema")

    def response_errors(self, path: str, method: str, status: int, body: Any) -> list[str]:
        pointer = self.response_schema_pointer(path, method, status)
        if pointer is None:
            return [] if body is None else [f"the spec declares no body for {status}, got one"]
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in self._validator(pointer).iter_errors(body)]

    def request_errors(self, path: str, method: str, body: Any) -> list[str]:
        operation = self.document["paths"][path][method.lower()]
        request, ref = self._resolve(operation["requestBody"])
        base = ref or _pointer("paths", path, method.lower(), "requestBody")
        pointer = base + _pointer("content", "application/json", "schema")
        return [f"{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in self._validator(pointer, "request").iter_errors(body)]
