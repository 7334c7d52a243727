"""Stable names: adding or removing unrelated operations never renames what still exists.

Variants of the real spec drop random operations, or add copies of operations (AMPECO's
``...Deprecated`` pattern) and brand-new ones; the diff's SDK section then lists every
class, method, argument, field or enum member whose name changed for a thing that exists
in both. Methods, resources, arguments and fields hold by the naming rules alone; class
names do not (their contests are settled by site counts and alphabetical ties), which the
``xfail(strict=True)`` tests record for the rules alone. ``generator.versions.lock`` fixes
that, and ``generate`` applies ``specs/names.lock.json`` to every manifest version: with
the lock of the first version applied, nothing is renamed.
"""

from __future__ import annotations

import copy
import json
import random

import pytest

from generator.versions.diff import diff_apis
from generator.load.document import HTTP_METHODS, load
from generator.versions.lock import apply_lock, lock_text, make_lock, merge_lock, read_lock
from generator.normalise.normaliser import normalise
from generator.emit.package import render

from .conftest import V1, V2, V3, build, find_operation

RENAMES = {
    "sdk-class-renamed",
    "sdk-enum-renamed",
    "sdk-method-renamed",
    "sdk-resource-renamed",
    "sdk-field-renamed",
    "sdk-parameter-renamed",
    "sdk-parameter-position-changed",
    "sdk-enum-member-renamed",
}
CLASS_RENAMES = {"sdk-class-renamed", "sdk-enum-renamed"}
SEEDS = (0, 1)
COUNT = 20


def operations(data):
    return sorted((route, method) for route, item in data["paths"].items() for method in item if method in HTTP_METHODS)


def drop_operations(data, count, seed):
    for route, method in random.Random(seed).sample(operations(data), count):
        del data["paths"][route][method]
    return data


def add_operations(data, count, seed):
    """``count`` copies of random operations at new paths, and ``count`` brand-new resources."""
    rng = random.Random(seed)
    for index, (route, method) in enumerate(rng.sample(operations(data), count)):
        item = data["paths"][route]
        op = copy.deepcopy(item[method])
        op["operationId"] += f"Extra{index}"
        data["paths"][f"{route}/extra{index}"] = {method: op, **({"parameters": item["parameters"]} if "parameters" in item else {})}
    for index in range(count):
        item_schema = {
            "type": "object",
            "properties": {"id": {"type": "integer"}, f"field{index}": {"type": "string", "enum": ["a", "b", f"v{index}"]}},
        }
        data["paths"][f"/public-api/resources/widgets{index}/v1.0"] = {
            "get": {
                "operationId": f"widget{index}sListing",
                "tags": [f"resource / widget{index}s"],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"data": {"type": "array", "items": item_schema}, "links": {"type": "object"}, "meta": {"type": "object"}},
                                }
                            }
                        },
                    }
                },
            }
        }
    return data


@pytest.fixture(scope="module")
def variants(real_entry):
    raw = real_entry.path.read_bytes()
    out = {}
    for seed in SEEDS:
        out[("drop", seed)] = build(drop_operations(json.loads(raw), COUNT, seed))
        out[("add", seed)] = build(add_operations(json.loads(raw), COUNT, seed))
    return out


@pytest.fixture(scope="module")
def real_lock(real_api):
    return make_lock(real_api)


def renamed(report, kinds=RENAMES):
    return sorted((c.kind, c.old, c.new) for c in report.changes if c.kind in kinds)


@pytest.mark.parametrize("mode", ["drop", "add"])
@pytest.mark.parametrize("seed", SEEDS)
def test_methods_resources_arguments_and_fields_keep_their_names(real_api, variants, mode, seed):
    report = diff_apis(real_api, variants[(mode, seed)])
    assert renamed(report, RENAMES - CLASS_RENAMES) == []
    if mode == "add":
        assert not [c for c in report.changes if c.section != "sdk" and c.kind != "operation-added"]
    else:
        assert {c.kind for c in report.changes if c.section != "sdk"} == {"operation-removed"}


@pytest.mark.xfail(
    strict=True,
    reason="class names come from usage sites; dropping an operation removes sites and a contest "
    "(site counts, then alphabetical) can tip: ~10-30 classes renamed per 20 operations dropped. "
    "The pipeline applies specs/names.lock.json to manifest versions (tests below).",
)
@pytest.mark.parametrize("seed", SEEDS)
def test_class_names_survive_dropping_operations(real_api, variants, seed):
    assert renamed(diff_apis(real_api, variants[("drop", seed)]), CLASS_RENAMES) == []


@pytest.mark.xfail(
    strict=True,
    reason="copying an operation (AMPECO's ...Deprecated pattern) adds sites to shared schemas and "
    "ties go alphabetically: ~10-20 classes renamed per 20 copies. The names lock fixes it (tests below).",
)
@pytest.mark.parametrize("seed", SEEDS)
def test_class_names_survive_adding_operations(real_api, variants, seed):
    assert renamed(diff_apis(real_api, variants[("add", seed)]), CLASS_RENAMES) == []


@pytest.fixture(scope="module")
def colliding(real_entry):
    """The real spec plus ``evsesRead``, whose method name (``read``) ``evseRead`` already has."""
    data = json.loads(real_entry.path.read_bytes())
    route, _, operation = find_operation(data, "evseRead")
    copied = copy.deepcopy(operation)
    copied["operationId"] = "evsesRead"
    data["paths"]["/public-api/resources/evses/v3.0/{evse}"] = {"get": copied, "parameters": data["paths"][route].get("parameters", [])}
    return build(data)


@pytest.mark.xfail(
    strict=True,
    reason="a new operation whose method name collides with an existing one (evsesRead vs evseRead, "
    "both 'read') makes both take their full names: evses.read becomes evses.evse_read. "
    "The methods part of the names lock fixes it (tests below).",
)
def test_a_colliding_new_method_does_not_rename_the_existing_one(real_api, colliding):
    assert renamed(diff_apis(real_api, colliding)) == []


# -- with the names lock ---------------------------------------------------------------------
def test_the_lock_of_a_version_changes_nothing_in_it(real_api, real_lock, tmp_path):
    assert apply_lock(real_api, real_lock) is real_api
    path = tmp_path / "names.lock.json"
    path.write_text(lock_text(real_lock))
    assert read_lock(path) == real_lock
    assert lock_text(read_lock(path)) == path.read_text()  # stable text, reviewable diffs


@pytest.mark.parametrize("mode", ["drop", "add"])
@pytest.mark.parametrize("seed", SEEDS)
def test_with_the_lock_nothing_is_renamed(real_api, real_lock, variants, mode, seed):
    locked = apply_lock(variants[(mode, seed)], real_lock)
    assert renamed(diff_apis(real_api, locked)) == []
    # the classes that exist in both versions have exactly the old names
    before = {m.name for m in real_api.models} | {e.name for e in real_api.enums}
    after = {m.name for m in locked.models} | {e.name for e in locked.enums}
    if mode == "drop":
        assert after <= before  # nothing new appears when operations are only removed


def test_with_the_lock_a_colliding_method_keeps_its_name(real_api, real_lock, colliding):
    locked = apply_lock(colliding, real_lock)
    assert renamed(diff_apis(real_api, locked)) == []
    methods = {o.operation_id: f"{o.resource}.{o.method}" for o in locked.operations}
    assert methods["evseRead"] == "evses.read" and methods["evsesRead"] == "evses.evses_read"


def test_the_lock_across_the_fixture_versions_and_the_output_still_renders():
    v1, v2, v3 = (normalise(load(path, validate=False)) for path in (V1, V2, V3))
    lock = make_lock(v1)
    locked_v2 = apply_lock(v2, lock)
    # the body of the operation whose operationId changed keeps its class name (same endpoint)
    report = diff_apis(v1, locked_v2)
    assert not [c for c in report.changes if c.kind in CLASS_RENAMES]
    assert next(o for o in locked_v2.operations if o.operation_id == "chargePointEdit").body.type.name == "ChargePointUpdateRequest"
    lock = merge_lock(lock, locked_v2)
    locked_v3 = apply_lock(v3, lock)
    assert not [c for c in diff_apis(locked_v2, locked_v3).changes if c.kind in CLASS_RENAMES]
    files = render(locked_v3, "3.0.0")
    for rel, text in files.items():
        if rel.endswith(".py"):
            compile(text, rel, "exec")
    assert any(rel.endswith("charge_point_update_request.py") for rel in files)
