"""`$ref` = inline (issue 14): the real spec rewritten into `$ref` form reads the same.

``tests/ref_form.py`` hoists the real 3.110.0 spec's repeated inline objects and enums into
components named as AMPECO's newer lines name them (``1``, ``allOf-1``, ``read``,
``Partner-read``) and makes every use a ``$ref``, wrappers and chains included. The IR of
that document must equal the inline document's: classes, fields, types, nullability,
request/response split, enums, defaults, descriptions, operations.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from generator.model.ir import Api, TypeRef, evolve
from generator.naming import component_class_name
from generator.pipeline import build_api, deep_recursion, generate

from .ref_form import PREFIX, hoisted_names, to_ref_form


@pytest.fixture(scope="module")
def inline_spec(real_entry) -> dict:
    return json.loads(real_entry.path.read_text())


@pytest.fixture(scope="module")
def ref_specs(inline_spec, tmp_path_factory) -> dict[str, Path]:
    """The rewritten spec, with AMPECO's view names and with numbers only, as files."""
    folder = tmp_path_factory.mktemp("ref-form")
    out = {}
    for label, view_names in (("ampeco", True), ("numbers", False)):
        path = folder / f"{label}.json"
        path.write_text(json.dumps(to_ref_form(inline_spec, view_names=view_names)))
        out[label] = path
    return out


@pytest.fixture(scope="module")
def inline_api(real_entry) -> Api:
    with deep_recursion():
        return build_api(real_entry.path, sha256=real_entry.sha256)


def _expand(node: Any, original: Any, components: dict[str, Any], hoisted: set[str]) -> Any:
    """``node`` with the transform's ``$ref``s and ``allOf`` wrappers written back inline,
    guided by ``original`` (a wrapper stands where the input had no ``allOf``)."""
    for _ in range(100):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].removeprefix(PREFIX) in hoisted:
            node = copy.deepcopy(components[node["$ref"].removeprefix(PREFIX)])
            continue
        if isinstance(node, dict) and isinstance(original, dict) and "allOf" in node and "allOf" not in original:
            (part,) = node["allOf"]
            node = {**_expand(part, original, components, hoisted), **{k: v for k, v in node.items() if k != "allOf"}}
            continue
        break
    if isinstance(node, dict) and isinstance(original, dict):
        return {k: _expand(v, original.get(k), components, hoisted) for k, v in node.items()}
    if isinstance(node, list) and isinstance(original, list) and len(node) == len(original):
        return [_expand(v, o, components, hoisted) for v, o in zip(node, original)]
    return node


def test_transform_hoists_with_ampeco_names_and_dereferences_to_the_input(inline_spec):
    before = copy.deepcopy(inline_spec)
    ref = to_ref_form(inline_spec)
    assert inline_spec == before  # the input is left alone
    added = hoisted_names(inline_spec, ref)
    schemas = ref["components"]["schemas"]
    assert {"1", "2", "allOf-1", "read"} <= set(added)
    assert any(name.endswith("-read") and name != "read" for name in added)
    assert len(added) > 500
    # chains: a component that is an allOf of a $ref, itself reached by $ref
    text = json.dumps(ref)
    wrappers = [n for n in added if n.startswith("allOf-")]
    assert all(list(schemas[n]["allOf"][0]) == ["$ref"] for n in wrappers)
    assert all(f'"$ref": "{PREFIX}{n}"' in text for n in wrappers[:20])
    assert text.count('"$ref"') > 3000 and json.dumps(inline_spec).count('"$ref"') == 0
    # and once the added components are written back in place, it is the input again
    trimmed = {**ref, "components": {**ref["components"], "schemas": {n: schemas[n] for n in inline_spec["components"]["schemas"]}}}
    expanded = _expand(trimmed, inline_spec, schemas, set(added))
    assert json.dumps(expanded, sort_keys=True) == json.dumps(inline_spec, sort_keys=True)


def test_numbered_ref_form_gives_the_same_ir_and_model_files(ref_specs, inline_api, real_entry):
    """Components named ``1``, ``2``, ``allOf-1``: nothing to name a class after, so the
    IR is the inline one exactly, names included, and so are the generated models."""
    with deep_recursion():
        ref_api = build_api(ref_specs["numbers"], validate=False)
    _assert_same_api(inline_api, ref_api)
    assert ref_api == inline_api
    inline_files = generate(real_entry.path, sha256=real_entry.sha256).files
    ref_files = generate(ref_specs["numbers"], validate=False).files
    models = sorted(p for p in inline_files if p.startswith("ampeco/models/"))
    assert len(models) > 500
    assert sorted(p for p in ref_files if p.startswith("ampeco/models/")) == models
    different = [p for p in models if inline_files[p] != ref_files[p]]
    assert different == []


def test_ref_form_with_view_names_is_the_same_ir_up_to_class_names(ref_specs, inline_api, inline_spec):
    """``read`` and ``Partner-read`` are names a person could give (issue 8 keeps them:
    ``PartnerRead``), so those classes, and what is nested in them, may be named after
    them; everything else (structure, fields, types, nullability, the request/response
    split, enums, defaults, descriptions, operations) is the inline IR's."""
    with deep_recursion():
        ref_api = build_api(ref_specs["ampeco"], validate=False)
    mapping = _class_mapping(inline_api, ref_api)
    renamed = {a: b for a, b in mapping.items() if a != b}
    # the view components name their classes: the renames start there
    views = {component_class_name(n) for n in hoisted_names(inline_spec, to_ref_form(inline_spec)) if n.endswith("read")}
    assert views & set(renamed.values()), "the view names name no class: the test no longer tests them"
    _assert_same_api(inline_api, _rename_api(ref_api, {b: a for a, b in mapping.items()}))


def test_ref_form_through_the_names_lock_is_the_same_sdk_and_an_empty_report(ref_specs, real_entry):
    """What a user sees when AMPECO republishes 3.110.0 in `$ref` form, view names and all:
    the names lock (the entry of the spec's own ``info.version``) names every class as the
    released SDK does, so every generated file is the same and the change report is empty."""
    from generator.versions.diff import diff_apis

    lock = Path(__file__).resolve().parents[1] / "specs" / "names.lock.json"
    with deep_recursion():
        released = generate(real_entry.path, sha256=real_entry.sha256, names_lock=lock, version="3.110.0")
        republished = generate(ref_specs["ampeco"], validate=False, names_lock=lock)
    report = diff_apis(released.api, republished.api)
    assert report.changes == ()
    assert sorted(republished.files) == sorted(released.files)
    assert [p for p in released.files if released.files[p] != republished.files[p]] == []


# -- structural comparison ------------------------------------------------------------------


def _assert_same_api(expected: Api, actual: Api) -> None:
    """Equal IRs, compared part by part so a failure names the first class that differs."""
    models_a = {m.name: m for m in expected.models}
    models_b = {m.name: m for m in actual.models}
    assert sorted(models_b) == sorted(models_a)
    for name, model in models_a.items():
        assert models_b[name] == model, name
    assert {e.name: e for e in actual.enums} == {e.name: e for e in expected.enums}
    ops_a = {o.operation_id: o for o in expected.operations}
    ops_b = {o.operation_id: o for o in actual.operations}
    assert sorted(ops_b) == sorted(ops_a)
    for op_id, op in ops_a.items():
        assert ops_b[op_id] == op, op_id
    assert actual.webhooks == expected.webhooks
    assert actual == expected


def _class_mapping(a: Api, b: Api) -> dict[str, str]:
    """Class names of ``a`` -> those of ``b``, found by walking both IRs in step from the
    operations (a class must map to one class, and no two to the same)."""
    models_a = {m.name: m for m in a.models}
    models_b = {m.name: m for m in b.models}
    mapping: dict[str, str] = {}

    def match(x: TypeRef | None, y: TypeRef | None) -> None:
        if x is None or y is None:
            assert x is y
            return
        assert (x.kind, len(x.items)) == (y.kind, len(y.items)), (x, y)
        for p, q in zip(x.items, y.items):
            match(p, q)
        if x.kind not in ("model", "enum"):
            assert x.name == y.name
            return
        if x.name in mapping:
            assert mapping[x.name] == y.name, (x.name, mapping[x.name], y.name)
            return
        mapping[x.name] = y.name
        if x.kind == "model":
            ma, mb = models_a[x.name], models_b[y.name]
            assert [f.wire_name for f in ma.fields] == [f.wire_name for f in mb.fields], x.name
            for fa, fb in zip(ma.fields, mb.fields):
                match(fa.type, fb.type)
            match(ma.extra, mb.extra)

    ops_b = {o.operation_id: o for o in b.operations}
    for op in a.operations:
        other = ops_b[op.operation_id]
        for p, q in zip(op.parameters, other.parameters):
            match(p.type, q.type)
        match(op.body.type if op.body else None, other.body.type if other.body else None)
        for r, s in zip(op.responses, other.responses):
            match(r.type, s.type)
        match(op.result, other.result)
        match(op.item_type, other.item_type)
    for w, v in zip(a.webhooks, b.webhooks):
        match(w.body.type if w.body else None, v.body.type if v.body else None)
    # classes of components no operation uses: matched by their fields' wire names
    def shape(m) -> tuple:
        return tuple(f.wire_name for f in m.fields)

    left = {shape(models_a[n]): n for n in models_a if n not in mapping}
    right = {shape(models_b[n]): n for n in models_b if n not in set(mapping.values())}
    assert sorted(left) == sorted(right) and len(left) == len([n for n in models_a if n not in mapping])
    for key, name in left.items():
        match(TypeRef("model", name), TypeRef("model", right[key]))
    for e, f in zip(sorted(x.name for x in a.enums if x.name not in mapping), sorted(x.name for x in b.enums if x.name not in set(mapping.values()))):
        mapping[e] = f
    assert len(set(mapping.values())) == len(mapping)
    return mapping


def _rename_api(api: Api, names: dict[str, str]) -> Api:
    """``api`` with its classes renamed (models and enums re-sorted as the IR sorts them)."""

    def walk(value: Any) -> Any:
        if isinstance(value, TypeRef):
            return TypeRef(value.kind, names.get(value.name, value.name) if value.kind in ("model", "enum") else value.name,
                           tuple(walk(i) for i in value.items), value.nullable, value.discriminator, value.tags)
        if isinstance(value, tuple) and hasattr(value, "_fields"):  # a record of the IR
            changes = {name: walk(getattr(value, name)) for name in value._fields}
            if type(value).__name__ in ("Model", "EnumType"):
                changes["name"] = names.get(value.name, value.name)
            return evolve(value, **changes)
        if isinstance(value, tuple):
            return tuple(walk(v) for v in value)
        return value

    renamed = walk(api)
    return evolve(
        renamed,
        models=tuple(sorted(renamed.models, key=lambda m: m.name)),
        enums=tuple(sorted(renamed.enums, key=lambda e: e.name)),
    )
