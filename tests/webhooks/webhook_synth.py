"""Build example payloads straight from the spec's JSON Schemas (independent of the IR).

``synthesise(schema, doc)`` returns a deterministic JSON value that satisfies the schema:
every property when ``full``, else only the required ones. Enough of OpenAPI 3.0's
schema language for AMPECO's notification payloads: ``$ref``, ``allOf`` / ``anyOf`` /
``oneOf``, enums, formats, length and range limits, arrays and maps.
"""

from __future__ import annotations

from typing import Any

_FORMATS = {
    "date-time": "2024-05-01T12:30:00Z",
    "datetime": "2024-05-01T12:30:00Z",
    "date": "2024-05-01",
    "time": "12:30:00",
    "email": "driver@example.com",
    "uri": "https://example.com/x",
    "url": "https://example.com/x",
    "uuid": "123e4567-e89b-12d3-a456-426614174000",
}


def resolve(schema: Any, doc: dict[str, Any]) -> Any:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        assert ref.startswith("#/"), ref
        node: Any = doc
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
        seen += 1
        assert seen < 50, "reference loop"
    return schema


def _merge(parts: list[dict[str, Any]]) -> dict[str, Any]:
    merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
    for part in parts:
        for key, value in part.items():
            if key == "properties":
                for name, prop in value.items():  # allOf: both declarations apply
                    earlier = merged["properties"].get(name)
                    merged["properties"][name] = prop if earlier is None else {"allOf": [earlier, prop]}
            elif key == "required":
                merged["required"] += [r for r in value if r not in merged["required"]]
            elif key not in ("allOf",):
                merged.setdefault(key, value)
    return merged


def _flatten(schema: dict[str, Any], doc: dict[str, Any]) -> dict[str, Any]:
    schema = resolve(schema, doc)
    if "allOf" in schema:
        parts = [_flatten(p, doc) for p in schema["allOf"]]
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        if all(p.get("type") == "array" for p in parts):  # arrays in allOf: their items combine
            return {"type": "array", "items": {"allOf": [p.get("items", {}) for p in parts]}}
        if not any(p.get("type") == "object" or "properties" in p for p in parts):  # scalars: keywords add up
            combined: dict[str, Any] = dict(rest)
            for part in parts:
                combined.update(part)
            return combined
        return _merge([rest, *parts])
    return schema


def synthesise(schema: Any, doc: dict[str, Any], *, full: bool = True, depth: int = 0) -> Any:
    schema = _flatten(schema, doc) if isinstance(schema, dict) else {}
    assert depth < 30, "schema too deep"
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return synthesise(schema[key][0], doc, full=full, depth=depth + 1)
    enum = [v for v in schema.get("enum", []) if v is not None]
    if enum:
        return enum[0]
    kind = schema.get("type")
    if kind is None:
        kind = "object" if "properties" in schema else "string"
    if kind == "object":
        out: dict[str, Any] = {}
        required = set(schema.get("required", []))
        declared = schema.get("properties", {})
        for name in sorted(required - set(declared)):  # required but undescribed: any value
            out[name] = "value"
        for name, prop in declared.items():
            prop = resolve(prop, doc)
            if prop.get("writeOnly"):
                continue
            if full or name in required:
                out[name] = synthesise(prop, doc, full=full, depth=depth + 1)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and full and not out:
            out["key"] = synthesise(extra, doc, full=full, depth=depth + 1)
        return out
    if kind == "array":
        count = max(1, schema.get("minItems", 1))
        return [synthesise(schema.get("items", {}), doc, full=full, depth=depth + 1) for _ in range(count)]
    if kind == "boolean":
        return True
    if kind == "integer":
        low = schema.get("minimum", 1)
        high = schema.get("maximum", low + 10)
        return int(min(max(low, 1), high))
    if kind == "number":
        low = schema.get("minimum", 2)
        high = schema.get("maximum", low + 10)
        value = 2 if "multipleOf" in schema else 2.5
        return min(max(low, value), high)
    # strings
    if isinstance(schema.get("example"), str) and ("pattern" in schema or "format" not in schema):
        text = schema["example"]
    elif schema.get("format") in _FORMATS:
        return _FORMATS[schema["format"]]
    else:
        text = "text"
    low, high = schema.get("minLength", 0), schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if high is not None and len(text) > high:
        text = text[:high]
    return text


def notification_callbacks(doc: dict[str, Any]) -> list[tuple[str, str, bool, dict[str, Any]]]:
    """(operationId, callback name, deprecated, body schema) of every notification callback."""
    out = []
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if not isinstance(op, dict) or "callbacks" not in op:
                continue
            for name, callback in op["callbacks"].items():
                callback = resolve(callback, doc)
                for expression in callback.values():
                    for cb_method, cb_op in resolve(expression, doc).items():
                        if cb_method.lower() != "post":
                            continue
                        body = resolve(cb_op["requestBody"], doc)
                        schema = body["content"]["application/json"]["schema"]
                        out.append((op["operationId"], name, bool(op.get("deprecated")), schema))
    return sorted(out, key=lambda entry: (entry[0], entry[1]))
