"""``allOf``: parts merged into one schema, a ``$ref`` read as its target written in its
place; and the questions asked of a schema as if written inline (its flat keywords,
whether it admits null)."""

from __future__ import annotations

from typing import Any

from .state import State


def flatten(state: State, schema: Any, where: tuple[Any, ...]) -> dict[str, Any]:
    """A schema's keywords as one mapping, as if written inline: $refs followed (a
    keyword beside a $ref wins over the target's) and allOf parts merged."""
    if not isinstance(schema, dict):
        return {}
    if not isinstance(schema.get("$ref"), str) and "allOf" not in schema:
        return schema
    merged = merge_all_of(state, schema, where)
    if merged is not None:
        return merged
    resolved = state.deref(schema, where)
    return resolved if isinstance(resolved, dict) else {}


def merge_all_of(state: State, schema: dict[str, Any], where: tuple[Any, ...]) -> dict[str, Any] | None:
    """Merge allOf parts into one schema, or None when they cannot be merged. A $ref
    anywhere (the schema, a part, a chain of them) is read as its target written in its
    place, with the keywords beside the $ref applying after the target's."""
    parts: list[dict[str, Any]] = []

    def collect(node: dict[str, Any], at: tuple[Any, ...], depth: int = 0) -> bool:
        if depth > 100:
            return False
        if isinstance(node.get("$ref"), str):
            try:
                target = state.resolver.lookup(node["$ref"])[0]
            except KeyError as exc:
                state.problem(str(exc.args[0]), at)
                return False
            if not isinstance(target, dict) or not collect(target, at, depth + 1):
                return False
            node = {k: v for k, v in node.items() if k != "$ref"}
        for index, part in enumerate(node.get("allOf") or []):
            if not isinstance(part, dict):
                return False
            if not collect(part, (*at, "allOf", index), depth + 1):
                return False
        rest = {k: v for k, v in node.items() if k != "allOf"}
        if rest:
            parts.append(rest)
        return True

    if not collect(schema, where):
        return None
    for index, part in enumerate(parts):
        for keyword in ("oneOf", "anyOf"):
            options = part.get(keyword)
            if isinstance(options, list) and options:
                # allOf[X, oneOf[A, B]] is oneOf[allOf[X, A], allOf[X, B]]
                others = parts[:index] + [{k: v for k, v in part.items() if k != keyword}] + parts[index + 1 :]
                others = [p for p in others if p]
                outer: dict[str, Any] = {k: schema[k] for k in ("title", "description", "nullable") if k in schema}
                return {**outer, keyword: [{"allOf": [*others, option]} for option in options]}
    objects = [p for p in parts if p.get("type") == "object" or "properties" in p]
    if not objects:
        if len(parts) == 1:
            return parts[0]
        merged_simple: dict[str, Any] = {}
        for part in parts:
            merged_simple.update(part)
        return merged_simple
    merged: dict[str, Any] = {"type": "object", "properties": {}}
    required: list[str] = []
    for part in parts:
        for key, value in part.items():
            if key == "properties" and isinstance(value, dict):
                for name, prop in value.items():
                    earlier = merged["properties"].get(name)
                    merged["properties"][name] = prop if earlier is None else _combine(state, earlier, prop, where)
            elif key == "required" and isinstance(value, list):
                required.extend(r for r in value if r not in required)
            elif key in ("description", "title"):
                merged[key] = value  # the outermost schema's own words come last
            elif key != "type":
                merged[key] = value
    if required:
        merged["required"] = required
    return merged


def _combine(state: State, first: Any, second: Any, where: tuple[Any, ...]) -> Any:
    """One property declared by two allOf parts: both apply (objects merge, arrays
    merge their items, otherwise the later declaration's keywords win)."""
    a = state.deref(first, where) if isinstance(first, dict) else first
    b = state.deref(second, where) if isinstance(second, dict) else second
    if not isinstance(a, dict) or not isinstance(b, dict):
        return second
    objects = [x for x in (a, b) if x.get("type") == "object" or "properties" in x or "allOf" in x]
    if len(objects) == 2:
        return {"allOf": [a, b]}
    if a.get("type") == "array" and b.get("type") == "array" and isinstance(a.get("items"), dict) and isinstance(b.get("items"), dict):
        return {**a, **b, "items": _combine(state, a["items"], b["items"], where)}
    return {**a, **b}


def nullable_deep(state: State, schema: Any, where: tuple[Any, ...]) -> bool:
    """Whether a schema admits null, through references and allOf."""
    flat = merge_all_of(state, schema, where) if isinstance(schema, dict) else None
    flat = flat if isinstance(flat, dict) else schema
    if not isinstance(flat, dict):
        return False
    types = flat.get("type")
    values = flat.get("enum")
    return (
        flat.get("nullable") is True
        or (isinstance(types, list) and "null" in types)
        or types == "null"
        or (isinstance(values, list) and None in values)
        or ("const" in flat and flat["const"] is None)
    )


def nullable_of(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("nullable") is True
