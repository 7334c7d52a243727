"""Versions of the real AMPECO spec derived at test time, one kind of change each.

Every transform takes the raw data of the previous version and returns the next one; the
chain (``CHAIN``) applies them in turn, so version n holds every change of versions 1..n.
Nothing derived is ever written into the repository: ``write_repository`` builds a
throw-away repository (manifest, specs folder) under a temporary folder.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any, Callable

Data = dict[str, Any]

TAXES = "/public-api/resources/taxes/v2.0"
TAX = TAXES + "/{tax}"
# the hardware status enum the deprecated EVSE operations use: EvseHardwareStatus less "occupied"
DEPRECATED_HARDWARE_STATUS = ["available", "preparing", "charging", "suspendedEV", "suspendedEVSE", "finishing", "reserved", "unavailable", "faulted"]


def _walk(node: Any) -> Any:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def _tax_objects(data: Data) -> list[Data]:
    """The Tax record in each response of the taxes operations (``data`` or ``data[]``)."""
    found = []
    for route in sorted(r for r in data["paths"] if r == TAXES or r.startswith(TAXES + "/{")):
        for method, op in data["paths"][route].items():
            if method == "parameters":
                continue
            for response in op.get("responses", {}).values():
                schema = response.get("content", {}).get("application/json", {}).get("schema", {})
                record = schema.get("properties", {}).get("data")
                if record is None:
                    continue
                found.append(record["items"] if record.get("type") == "array" else record)
    return found


def add_operations_and_fields(data: Data) -> Data:
    """A new resource (widgets: listing and read), an optional ``note`` in every Tax record
    the taxes operations return, and an optional ``note`` in taxCreate's body."""
    widget = {"type": "object", "properties": {"id": {"type": "integer"}, "label": {"type": "string"}}, "required": ["id"]}

    def answer(schema: Data) -> Data:
        return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}

    page = {"type": "object", "properties": {"data": {"type": "array", "items": widget}, "links": {"type": "object"}, "meta": {"type": "object"}}}
    data["paths"]["/public-api/resources/widgets/v1.0"] = {
        "get": {"operationId": "widgetsListing", "tags": ["resource / widgets"], "summary": "Widgets / Listing", "responses": answer(page)}
    }
    data["paths"]["/public-api/resources/widgets/v1.0/{widget}"] = {
        "parameters": [{"in": "path", "name": "widget", "required": True, "schema": {"type": "integer"}}],
        "get": {
            "operationId": "widgetRead",
            "tags": ["resource / widgets"],
            "summary": "Widget / Read",
            "responses": answer({"type": "object", "properties": {"data": widget}}),
        },
    }
    for record in _tax_objects(data):
        record["properties"]["note"] = {"type": "string"}
    body = data["paths"][TAXES]["post"]["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["note"] = {"type": "string"}
    return data


def remove_operation(data: Data) -> Data:
    """taxDelete is gone."""
    del data["paths"][TAX]["delete"]
    return data


def merge_enum(data: Data) -> Data:
    """The deprecated EVSE operations' hardware status gains "occupied": the same enum as the
    live operations' EvseHardwareStatus, so the two classes merge."""
    for node in _walk(data):
        if node.get("enum") == DEPRECATED_HARDWARE_STATUS:
            node["enum"] = [*DEPRECATED_HARDWARE_STATUS, "occupied"]
    return data


def split_schema(data: Data) -> Data:
    """taxRead's record gains an optional ``region`` the other taxes operations lack: the Tax
    class splits in two."""
    record = data["paths"][TAX]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]
    data["paths"][TAX]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"] = copy.deepcopy(record)
    data["paths"][TAX]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["properties"]["data"]["properties"]["region"] = {"type": "string"}
    return data


def rename_path_parameter(data: Data) -> Data:
    """``{tax}`` becomes ``{taxId}``: the same requests on the wire."""
    item = data["paths"].pop(TAX)
    for parameter in item.get("parameters", []):
        if parameter.get("in") == "path" and parameter.get("name") == "tax":
            parameter["name"] = "taxId"
    data["paths"][TAXES + "/{taxId}"] = item
    return data


CHAIN: list[tuple[str, Callable[[Data], Data]]] = [
    ("1.0.0", lambda data: data),
    ("1.1.0", add_operations_and_fields),
    ("1.2.0", remove_operation),
    ("1.3.0", merge_enum),
    ("1.4.0", split_schema),
    ("1.5.0", rename_path_parameter),
]


def derive(raw: bytes, chain: list[tuple[str, Callable[[Data], Data]]] = CHAIN) -> dict[str, bytes]:
    """version -> spec bytes: each version the previous one transformed."""
    data = json.loads(raw)
    out = {}
    for version, transform in chain:
        data = transform(copy.deepcopy(data))
        data["info"]["version"] = version
        out[version] = json.dumps(data, indent=1, sort_keys=True).encode()
    return out


def write_repository(root: Path, specs: dict[str, bytes]) -> Path:
    """A repository under ``root`` whose manifest lists ``specs`` (pinned); its manifest path."""
    (root / "specs").mkdir(parents=True, exist_ok=True)
    lines = ['[settings]\nspecs_dir = "specs-data"\n']
    for version, raw in specs.items():
        target = root / "specs-data" / "ampeco" / version / "openapi.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)
        lines.append(f'\n[versions."{version}"]\nfile = "ampeco/{version}/openapi.json"\nsha256 = "{hashlib.sha256(raw).hexdigest()}"\n')
    manifest = root / "specs" / "versions.toml"
    manifest.write_text("".join(lines))
    return manifest


# -- more kinds of release, for long chains (benchmarks/versions.py) --------------------------
HTTP = ("get", "put", "post", "delete", "patch")


def _operations(data: Data) -> list[tuple[str, str]]:
    return sorted((route, method) for route, item in data["paths"].items() for method in item if method in HTTP and "/taxes/" not in route)


def drop_operations(count: int, seed: int) -> Callable[[Data], Data]:
    """``count`` operations (chosen by ``seed``, never the taxes ones) are gone."""

    def transform(data: Data) -> Data:
        import random

        for route, method in random.Random(seed).sample(_operations(data), count):
            del data["paths"][route][method]
        return data

    return transform


def deprecate_copies(count: int, seed: int) -> Callable[[Data], Data]:
    """AMPECO's pattern: ``count`` operations get a new version at a new path, the old one
    kept as ``...Deprecated`` (which adds naming sites to every schema they share)."""

    def transform(data: Data) -> Data:
        import random

        for route, method in random.Random(seed).sample(_operations(data), count):
            item = data["paths"][route]
            old = item[method]
            new = copy.deepcopy(old)
            old["operationId"] = old["operationId"] + f"Deprecated{seed}"
            old["deprecated"] = True
            target = data["paths"].setdefault(route.replace("/public-api/", f"/public-api/v{seed}/", 1), {})
            if "parameters" in item:
                target["parameters"] = copy.deepcopy(item["parameters"])
            target[method] = new
        return data

    return transform


def add_resource(index: int) -> Callable[[Data], Data]:
    """A brand-new resource ``gadgets<index>`` with a listing, and a field on every Tax record."""

    def transform(data: Data) -> Data:
        item = {"type": "object", "properties": {"id": {"type": "integer"}, f"size{index}": {"type": "string", "enum": ["s", "m", f"x{index}"]}}}
        page = {"type": "object", "properties": {"data": {"type": "array", "items": item}, "links": {"type": "object"}, "meta": {"type": "object"}}}
        data["paths"][f"/public-api/resources/gadgets{index}/v1.0"] = {
            "get": {
                "operationId": f"gadgets{index}Listing",
                "tags": [f"resource / gadgets{index}"],
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": page}}}},
            }
        }
        for record in _tax_objects(data):
            record["properties"][f"extra{index}"] = {"type": "integer"}
        return data

    return transform


def long_chain(length: int = 20) -> list[tuple[str, Callable[[Data], Data]]]:
    """``CHAIN``, then releases cycling through new resources, dropped operations and
    deprecated copies, up to ``length`` versions."""
    chain = list(CHAIN)
    kinds = (add_resource, lambda i: drop_operations(3, i), lambda i: deprecate_copies(3, i))
    index = 0
    while len(chain) < length:
        chain.append((f"2.{index}.0", kinds[index % 3](index)))
        index += 1
    return chain[:length]
