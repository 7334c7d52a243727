"""Synthetic specs for the linearity benchmark: the real spec, replicated.

Copy 1 is the spec itself; copy ``k`` (k >= 2) is a renamed clone, so nothing in it is
shared with the other copies and every copy costs the generator as much as the first:

* paths get a ``/c<k>`` prefix, operationIds, callback names and component names an
  ``X<k>`` suffix (``$ref`` values follow), tags a ``c<k>`` word (so a new resource);
* object properties (except the ``data``/``links``/``meta`` envelope) and string enum
  values get the suffix too, so the normaliser cannot merge a copy's models or enums
  with the original's.

The result lives in memory or a temporary file only; nothing of the spec is committed.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_ENVELOPE = frozenset({"data", "links", "meta"})
_KEEP_COMPONENTS = frozenset({"securitySchemes"})  # referenced by name, not by $ref


def count_operations(doc: dict[str, Any]) -> int:
    return sum(
        1
        for item in (doc.get("paths") or {}).values()
        if isinstance(item, dict)
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )


def _prop(name: str, suffix: str) -> str:
    return name if name in _ENVELOPE else f"{name}{suffix}"


def _tag(tag: str, k: int) -> str:
    head, sep, tail = tag.partition(" / ")
    return f"{head}{sep}c{k} {tail}" if sep else f"c{k} {tag}"


def _clone(node: Any, k: int) -> Any:
    """A renamed copy of ``node`` (any part of the document) for copy ``k``."""
    suffix = f"X{k}"
    if isinstance(node, list):
        return [_clone(item, k) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    has_enum = isinstance(node.get("enum"), list)
    for key, value in node.items():
        if (
            key == "$ref"
            and isinstance(value, str)
            and value.startswith("#/components/")
        ):
            parts = value.split("/", 3)
            out[key] = f"{value}{suffix}" if len(parts) == 4 else value
        elif key == "properties" and isinstance(value, dict):
            out[key] = {
                _prop(str(name), suffix): _clone(sub, k) for name, sub in value.items()
            }
        elif key == "required" and isinstance(value, list):
            out[key] = [_prop(x, suffix) if isinstance(x, str) else x for x in value]
        elif key in ("enum", "default") and has_enum:
            if isinstance(value, list):
                out[key] = [
                    f"{x}-{suffix.lower()}" if isinstance(x, str) else x for x in value
                ]
            else:
                out[key] = (
                    f"{value}-{suffix.lower()}" if isinstance(value, str) else value
                )
        elif key == "operationId" and isinstance(value, str):
            out[key] = f"{value}{suffix}"
        elif key == "tags" and isinstance(value, list):
            out[key] = [_tag(t, k) if isinstance(t, str) else t for t in value]
        elif key == "callbacks" and isinstance(value, dict):
            out[key] = {
                f"{name}{suffix}": _clone(sub, k) for name, sub in value.items()
            }
        elif key == "discriminator" and isinstance(value, dict):
            out[key] = {
                "propertyName": _prop(str(value.get("propertyName", "")), suffix),
                **(
                    {"mapping": _clone_mapping(value["mapping"], suffix)}
                    if isinstance(value.get("mapping"), dict)
                    else {}
                ),
            }
        else:
            out[key] = _clone(value, k)
    return out


def _clone_mapping(mapping: dict[str, Any], suffix: str) -> dict[str, Any]:
    return {
        name: (
            f"{ref}{suffix}"
            if isinstance(ref, str) and ref.startswith("#/components/")
            else ref
        )
        for name, ref in mapping.items()
    }


def replicate(
    doc: dict[str, Any], copies: int = 1, *, operations: int | None = None
) -> dict[str, Any]:
    """``doc`` with ``copies`` disjoint copies of its paths and components.

    With ``operations``, copies are added until there are at least that many operations
    and the last copy is cut so that there are exactly that many.
    """
    out = copy.deepcopy(doc)
    paths: dict[str, Any] = out.setdefault("paths", {})
    components: dict[str, Any] = out.setdefault("components", {})
    tags: list[Any] = (
        out.setdefault("tags", []) if isinstance(out.get("tags"), list) else []
    )
    per_copy = count_operations(doc)
    if operations is not None:
        copies = max(1, -(-operations // per_copy))
    for k in range(2, copies + 1):
        for route, item in doc.get("paths", {}).items():
            paths[f"/c{k}{route}"] = _clone(item, k)
        for kind, entries in doc.get("components", {}).items():
            if kind in _KEEP_COMPONENTS or not isinstance(entries, dict):
                continue
            target = components.setdefault(kind, {})
            for name, value in entries.items():
                target[f"{name}X{k}"] = _clone(value, k)
        for tag in doc.get("tags") or []:
            if isinstance(tag, dict) and isinstance(tag.get("name"), str):
                tags.append({**tag, "name": _tag(tag["name"], k)})
    if operations is not None:
        _trim(paths, operations)
    return out


def _trim(paths: dict[str, Any], operations: int) -> None:
    """Drop operations from the end until exactly ``operations`` remain."""
    excess = (
        sum(
            1
            for item in paths.values()
            for m in HTTP_METHODS
            if isinstance(item, dict) and isinstance(item.get(m), dict)
        )
        - operations
    )
    for route in reversed(list(paths)):
        if excess <= 0:
            break
        item = paths[route]
        for method in reversed(HTTP_METHODS):
            if excess > 0 and isinstance(item.get(method), dict):
                del item[method]
                excess -= 1
        if not any(isinstance(item.get(m), dict) for m in HTTP_METHODS):
            del paths[route]


def write_spec(doc: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(doc, separators=(",", ":")), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    """``python synth.py SPEC OUT (--copies N | --operations N)``: write a synthetic spec."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("spec", type=Path)
    parser.add_argument("out", type=Path)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--copies", type=int)
    group.add_argument("--operations", type=int)
    args = parser.parse_args(argv)
    doc = json.loads(args.spec.read_text(encoding="utf-8"))
    result = replicate(doc, args.copies or 1, operations=args.operations)
    write_spec(result, args.out)
    print(
        json.dumps(
            {"operations": count_operations(result), "bytes": args.out.stat().st_size}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
