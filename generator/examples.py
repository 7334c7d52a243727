"""Usage examples for the reference docs: a call of each method with valid arguments.

Values are synthesised from the IR, deterministically: the first enum member, ``1`` for
integers, ISO strings for dates, required fields only (recursively) for bodies. The
examples are executed against the stub server in the project's tests, so they stay true.
"""

from __future__ import annotations

from typing import Any

from . import pyfmt
from .ir import MISSING, Api, EnumType, Model, Operation, TypeRef

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


def _fits(example: Any, t: TypeRef) -> bool:
    expected = {"str": str, "int": int, "float": (int, float), "bool": bool}.get(t.name)
    return expected is not None and isinstance(example, expected) and not (t.name != "bool" and isinstance(example, bool))


def value_node(value: Any, prefix: str = "") -> str | pyfmt.Group:
    """A literal for a JSON-like value as a layout node (dicts and lists may split)."""
    if isinstance(value, dict) and value:
        items: list[str | pyfmt.Group] = [value_node(v, f"{pyfmt.py_str(str(k))}: ") for k, v in value.items()]
        return pyfmt.Group(prefix + "{", items, "}", "collection")
    if isinstance(value, list) and value:
        return pyfmt.Group(prefix + "[", [value_node(v) for v in value], "]", "collection")
    return prefix + pyfmt.py_value(value)


def call_example(op: Operation, values: ExampleValues, client: str = "client") -> str:
    """``client.resource.method(args)`` with valid arguments, laid out as black would."""
    args: list[str | pyfmt.Group] = []
    for p in op.parameters:
        if p.location == "path":
            args.append(pyfmt.py_value(values.value(p.type)))
    for p in op.parameters:
        if p.location != "path" and p.required:
            args.append(f"{p.name}={pyfmt.py_value(values.value(p.type))}")
    if op.body is not None and op.body.required:
        sample = values.value(op.body.type) if op.body.type.kind != "model" else values.body(op.body.type.name)
        args.append(value_node(sample, "body="))
    target = f"{client}.{op.resource}.{op.method}("
    if op.pagination:
        return pyfmt.layout(pyfmt.Group(target, args, ")"), 0, "for item in ") + ":\n    print(item)"
    if op.result is None:
        return pyfmt.layout(pyfmt.Group(target, args, ")"), 0)
    return pyfmt.layout(pyfmt.Group(target, args, ")"), 0, "result = ") + "\nprint(result)"
