"""The normaliser: types, dedup, naming and operations, on the fixture and the real spec."""

from __future__ import annotations

import copy
import json
import random
from collections import Counter
from pathlib import Path

import pytest
import yaml

from generator.model.ir import MISSING, TypeRef
from generator.load.document import Document, Resolver
from generator.normalise.normaliser import normalise

from .conftest import FIXTURES


def document(data: dict, name: str = "spec.json") -> Document:
    path = Path("/virtual") / name
    return Document(path=path, data=data, sha256="", resolver=Resolver(path, data))


@pytest.fixture(scope="module")
def mini_data() -> dict:
    return yaml.safe_load((FIXTURES / "mini.yaml").read_text())


@pytest.fixture(scope="module")
def mini(mini_data):
    return normalise(document(mini_data))


def model(api, name):
    return next(m for m in api.models if m.name == name)


def op(api, op_id):
    return next(o for o in api.operations if o.operation_id == op_id)


def test_operations_resources_and_methods(mini):
    assert [r.name for r in mini.resources] == ["evses"]
    methods = {o.operation_id: o.method for o in mini.operations}
    assert methods == {
        "evseCreate": "create",
        "evseDelete": "delete",
        "evseRead": "read",
        "evseStartChargingWithEvseId": "start_charging_with_evse_id",
        "evsesListing": "listing",
        "evsesListingDeprecated": "listing_deprecated",
    }


def test_parameters_keep_location_style_and_path_order(mini):
    listing = op(mini, "evsesListing")
    by_name = {p.wire_name: p for p in listing.parameters}
    assert by_name["filter"].style == "deepObject" and by_name["filter"].location == "query"
    assert by_name["per_page"].style == "form" and by_name["per_page"].explode is True
    assert by_name["per_page"].default == 100 and by_name["per_page"].constraints.maximum == 100
    read = op(mini, "evseRead")  # path-level parameter inherited by the operation
    assert [(p.name, p.location, p.required) for p in read.parameters] == [("evse", "path", True)]


def test_pagination_and_result_types(mini):
    assert op(mini, "evsesListing").pagination == "cursor"
    assert op(mini, "evsesListingDeprecated").pagination == "page"
    assert op(mini, "evsesListing").item_type == TypeRef("model", "Evse")
    read = op(mini, "evseRead")
    assert read.result == TypeRef("model", "Evse") and read.unwrap == "data"
    assert op(mini, "evseDelete").result is None
    assert op(mini, "evseDelete").success_statuses == (204,)


def test_allof_merged_and_deduplicated_with_the_inline_copy(mini):
    # listing items (allOf of two parts), the create response and the read response are
    # the same structure once merged: one class
    evse = model(mini, "Evse")
    assert [f.wire_name for f in evse.fields] == ["chargePointId", "id", "status", "lastUpdatedAt", "maxPower", "website"]
    assert op(mini, "evseCreate").result == TypeRef("model", "Evse")


def test_read_only_and_write_only(mini):
    request = model(mini, "EvseCreateRequest")
    assert [f.wire_name for f in request.fields] == ["chargePointId", "status", "secret"]  # no readOnly id
    assert "secret" not in [f.wire_name for f in model(mini, "Evse").fields]  # writeOnly left out
    assert request.direction == "request"


def test_formats(mini):
    fields = {f.wire_name: f for f in model(mini, "Evse").fields}
    assert fields["lastUpdatedAt"].type == TypeRef("primitive", "datetime")  # the spec's "datatime"
    assert fields["maxPower"].type == TypeRef("primitive", "Decimal", nullable=True)
    assert fields["website"].type == TypeRef("primitive", "str") and fields["website"].format == "url"
    filter_fields = {f.wire_name: f for f in model(mini, "EvsesListingFilter").fields}
    assert filter_fields["chargePointId"].type == TypeRef("primitive", "str")  # string with format integer
    assert filter_fields["roamingOperatorIds"].type == TypeRef("list", items=(TypeRef("primitive", "int"),))
    assert fields["chargePointId"].required and not fields["id"].required


def test_enums_shared_and_union_of_enums_merged(mini):
    enums = {e.name: e for e in mini.enums}
    assert [m.value for m in enums["EvseStatus"].members] == ["enabled", "disabled", "out of order"]
    assert [m.name for m in enums["EvseStatus"].members] == ["ENABLED", "DISABLED", "OUT_OF_ORDER"]
    state = next(f for f in model(mini, "EvseDeprecated").fields if f.wire_name == "state")
    merged = enums[state.type.name]
    assert [m.value for m in merged.members] == ["AL", "AK", "XX"]
    assert "UsState" not in enums and "OtherRegion" not in enums  # absorbed, not emitted


def test_error_bodies_named_by_status(mini):
    names = {m.name for m in mini.models}
    assert {"UnauthorizedErrorBody", "ValidationErrorBody"} <= names
    errors = next(f for f in model(mini, "ValidationErrorBody").fields if f.wire_name == "errors")
    assert errors.type == TypeRef("dict", items=(TypeRef("list", items=(TypeRef("primitive", "str"),)),))


def test_deprecated_operation_points_at_its_replacement(mini):
    assert op(mini, "evsesListingDeprecated").replacement == "evses.listing"
    assert op(mini, "evsesListing").replacement == ""


def test_callbacks_become_webhooks(mini):
    (hook,) = mini.webhooks
    assert hook.name == "session.start.stop.notification" and hook.operation_id == "evseStartChargingWithEvseId"
    assert hook.body.type == TypeRef("model", "SessionStartStopNotification")


def test_names_do_not_depend_on_document_order(mini_data, mini):
    shuffled = copy.deepcopy(mini_data)
    rng = random.Random(7)
    items = list(shuffled["paths"].items())
    rng.shuffle(items)
    shuffled["paths"] = dict(items)
    for item in shuffled["paths"].values():
        methods = list(item.items())
        rng.shuffle(methods)
        item.clear()
        item.update(methods)
    again = normalise(document(shuffled))
    assert again == mini


def test_operation_without_id_gets_a_stable_name():
    data = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things/{id}": {"get": {"tags": ["things"], "responses": {"204": {"description": "ok"}}}}},
    }
    (operation,) = normalise(document(data)).operations
    # one tag for everything: resource and method come from the path (GET on an item)
    assert operation.operation_id == "getThingsId" and (operation.resource, operation.method) == ("things", "retrieve")


def test_recursive_named_schemas():
    data = {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "nodeRead",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Node": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
                        "peer": {"$ref": "#/components/schemas/Peer"},
                    },
                },
                "Peer": {"type": "object", "properties": {"back": {"$ref": "#/components/schemas/Node"}}},
            }
        },
    }
    api = normalise(document(data))
    node = model(api, "Node")
    children = next(f for f in node.fields if f.wire_name == "children")
    assert children.type == TypeRef("list", items=(TypeRef("model", "Node"),))
    peer = model(api, "Peer")
    assert peer.fields[0].type == TypeRef("model", "Node")


# -- the real spec ----------------------------------------------------------------------


def test_real_spec_counts(real_api):
    assert len(real_api.operations) == 452
    assert len({o.operation_id for o in real_api.operations}) == 452
    assert len(real_api.models) <= 900, len(real_api.models)
    assert sum(o.deprecated for o in real_api.operations) == 69
    # 39 kinds of notification, declared by both notification subscribe operations
    assert len({w.name for w in real_api.webhooks}) == 39 and len(real_api.webhooks) == 78
    paginated = Counter(o.pagination for o in real_api.operations if o.pagination)
    assert sum(paginated.values()) >= 97 and set(paginated) == {"cursor", "page", "cursor+page"}


def test_real_spec_names_read_as_things(real_api):
    names = {m.name for m in real_api.models}
    assert {"Evse", "ChargePoint", "Session", "Location", "ValidationErrorBody", "ErrorBody"} <= names
    assert not any(name.endswith(("Response200DataItem", "DataItem")) for name in names)
    ops = {o.operation_id: o for o in real_api.operations}
    assert ops["evsesListing"].item_type == TypeRef("model", "Evse")
    assert ops["chargePointRead"].result == TypeRef("model", "ChargePoint")
    assert ops["sessionsListing"].item_type == TypeRef("model", "Session")
    assert (ops["evsesListing"].resource, ops["evsesListing"].method) == ("evses", "listing")
    assert (ops["chargePointStartChargingSession"].resource, ops["chargePointStartChargingSession"].method) == (
        "charge_points",
        "start_charging_session",
    )
    assert ops["evsesListingDeprecated"].replacement == "evses.listing"


def test_real_spec_every_model_field_resolves(real_api):
    known = {m.name for m in real_api.models} | {e.name for e in real_api.enums}
    for m in real_api.models:
        for f in m.fields:
            for inner in f.type.walk():
                if inner.kind in ("model", "enum"):
                    assert inner.name in known, (m.name, f.name, inner.name)
        assert len({f.name for f in m.fields}) == len(m.fields)


def test_method_names_never_collide():
    # operationIds without words, and ones whose reduced and full names collide
    specs = [
        (":", "get", "/a"),
        ("0", "get", "/b"),
        ("\x1b", "post", "/c"),
        ("thingRead", "get", "/d"),
        ("thingsRead", "get", "/e"),
        ("read", "get", "/f"),
    ]
    paths = {
        route: {method: {"operationId": op_id, "tags": ["resource / things"], "responses": {"204": {"description": "ok"}}}}
        for op_id, method, route in specs
    }
    # a second tag, so resources come from tags (one tag for everything: from paths)
    paths["/z"] = {"get": {"operationId": "otherRead", "tags": ["resource / others"], "responses": {"204": {"description": "ok"}}}}
    api = normalise(document({"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": paths}))
    methods = {o.operation_id: o.method for o in api.operations if o.resource == "things"}
    assert len(set(methods.values())) == len(methods), methods
    assert methods[":"] == "get_a" and methods["\x1b"] == "post_c"
    assert all(m.isidentifier() for m in methods.values())


@pytest.mark.parametrize(
    ("array", "expected"),
    [
        # no further items, none left out: a tuple
        ({"prefixItems": [{"type": "number"}, {"type": "string"}], "items": False}, "tuple[float, str]"),
        ({"prefixItems": [{"type": "number"}, {"type": "string"}], "maxItems": 2}, "tuple[float, str]"),
        ({"prefixItems": [{"type": "number"}], "maxItems": 1, "minItems": 1, "type": "array"}, "tuple[float]"),
        # items may be left out, or more may follow: a list of any of them
        ({"prefixItems": [{"type": "number"}, {"type": "string"}], "items": False, "minItems": 1}, "list[float | str]"),
        ({"prefixItems": [{"type": "number"}], "items": {"type": "integer"}}, "list[float | int]"),
        ({"prefixItems": [{"type": "number"}, {"type": "number"}], "items": {"type": "number"}}, "list[float]"),
        ({"prefixItems": [{"type": "number"}]}, "list[Any]"),
        ({"type": "array", "prefixItems": []}, "list[Any]"),
    ],
)
def test_prefix_items(array, expected):
    from generator.versions.diff import type_text

    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {
                "get": {
                    "operationId": "xRead",
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"v": array}}}}}
                    },
                }
            }
        },
    }
    api = normalise(document(spec))
    (field,) = model(api, op(api, "xRead").result.name).fields
    assert type_text(field.type) == expected


@pytest.mark.parametrize("keyword", ["anyOf", "oneOf"])
def test_a_null_member_makes_a_referenced_model_nullable(keyword):
    """OpenAPI 3.1 spells an optional object ``anyOf: [{$ref}, {type: 'null'}]``."""
    schema = {keyword: [{"$ref": "#/components/schemas/Thing"}, {"type": "null"}]}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/x": {"get": {"operationId": "xRead", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}}}
        },
        "components": {"schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}}},
    }
    result = op(normalise(document(spec)), "xRead").result
    assert result == TypeRef("model", "Thing", nullable=True)


# -- `$ref` = inline (issue 14): every place a $ref may sit reads like the schema written there


def _api_spec(schemas: dict, request: dict, response: dict, openapi: str = "3.0.3") -> dict:
    """A spec whose ``thingCreate`` sends ``request`` and whose ``thingRead`` answers
    ``{data: response}``: one schema used in both directions."""
    return {
        "openapi": openapi,
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "operationId": "thingCreate",
                    "requestBody": {"content": {"application/json": {"schema": request}}},
                    "responses": {"204": {"description": "ok"}},
                }
            },
            "/things/{id}": {
                "get": {
                    "operationId": "thingRead",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object", "properties": {"data": response}}}},
                        }
                    },
                }
            },
        },
        "components": {"schemas": schemas},
    }


def _same_ir(inline: dict, ref: dict):
    """Both specs normalise to the same IR; returns it."""
    a, b = normalise(document(inline)), normalise(document(ref))
    assert {m.name: m for m in b.models} == {m.name: m for m in a.models}
    assert {e.name: e for e in b.enums} == {e.name: e for e in a.enums}
    assert b.operations == a.operations
    assert b == a
    return a


THING = {
    "type": "object",
    "required": ["name"],
    "properties": {
        "id": {"type": "integer", "readOnly": True},
        "name": {"type": "string"},
        "secret": {"type": "string", "writeOnly": True},
    },
}
CONTACT = {"type": "object", "properties": {"email": {"type": "string"}, "phone": {"type": "string"}}}


def test_read_only_behind_a_ref_to_an_allof_wrapper_is_dropped_from_requests():
    # `contact` is read-only: inline it is an allOf wrapper; in $ref form a $ref to a
    # component that is an allOf of a $ref (AMPECO's `allOf-1` around `1`)
    def thing(contact: dict) -> dict:
        return {**THING, "properties": {**THING["properties"], "contact": contact}}

    inline = _api_spec({}, thing({"allOf": [CONTACT], "readOnly": True}), thing({"allOf": [CONTACT], "readOnly": True}))
    ref = _api_spec(
        {
            "1": CONTACT,
            "allOf-1": {"allOf": [{"$ref": "#/components/schemas/1"}], "readOnly": True},
            "2": thing({"$ref": "#/components/schemas/allOf-1"}),
        },
        {"$ref": "#/components/schemas/2"},
        {"$ref": "#/components/schemas/2"},
    )
    api = _same_ir(inline, ref)
    request = op(api, "thingCreate").body.type.name
    response = op(api, "thingRead").result.name
    assert request != response  # request and response classes do not merge
    assert [f.wire_name for f in model(api, request).fields] == ["name", "secret"]
    assert [f.wire_name for f in model(api, response).fields] == ["id", "name", "contact"]


def test_flags_deep_in_a_ref_chain_apply_to_the_property():
    # readOnly, default, description and deprecated set on the last link of $ref -> allOf ->
    # $ref; the chain reads as the property written inline
    leaf = {"type": "integer", "readOnly": True, "default": 3, "description": "how many", "deprecated": True}
    inline = _api_spec(
        {}, {**THING, "properties": {**THING["properties"], "count": leaf}}, {**THING, "properties": {**THING["properties"], "count": leaf}}
    )
    chain = {"A": {"allOf": [{"$ref": "#/components/schemas/B"}]}, "B": {"$ref": "#/components/schemas/C"}, "C": leaf}
    thing = {**THING, "properties": {**THING["properties"], "count": {"$ref": "#/components/schemas/A"}}}
    api = _same_ir(inline, _api_spec(chain, thing, thing))
    count = next(f for f in model(api, op(api, "thingRead").result.name).fields if f.wire_name == "count")
    assert (count.default, count.description, count.deprecated, count.read_only) == (3, "how many", True, True)
    assert "count" not in [f.wire_name for f in model(api, op(api, "thingCreate").body.type.name).fields]


def test_keywords_beside_a_ref_win_over_the_target():
    # OpenAPI 3.1: a $ref's siblings apply; they read as the same keywords written inline
    base = {"type": "integer", "default": 1, "description": "target's words"}
    used = {"type": "integer", "default": 2, "description": "the use's words", "readOnly": True}
    thing_inline = {**THING, "properties": {**THING["properties"], "n": used}}
    thing_ref = {
        **THING,
        "properties": {
            **THING["properties"],
            "n": {"$ref": "#/components/schemas/N", "default": 2, "description": "the use's words", "readOnly": True},
        },
    }
    api = _same_ir(_api_spec({}, thing_inline, thing_inline, "3.1.0"), _api_spec({"N": base}, thing_ref, thing_ref, "3.1.0"))
    field = next(f for f in model(api, op(api, "thingRead").result.name).fields if f.wire_name == "n")
    assert (field.default, field.description) == (2, "the use's words")


@pytest.mark.parametrize(
    "enum",
    [
        {"type": "string", "enum": ["on", "off"], "nullable": True},  # 3.0 nullable
        {"type": "string", "enum": ["on", "off", None], "nullable": True},  # null among the values
        {"type": ["string", "null"], "enum": ["on", "off", None]},  # 3.1 type list
    ],
    ids=["nullable", "null-value", "type-list"],
)
def test_every_ref_to_a_nullable_enum_keeps_none(enum):
    # the second, third... $ref to the same named (and allOf-wrapped) enum stays nullable
    openapi = "3.1.0" if isinstance(enum["type"], list) else "3.0.3"
    plain = {k: v for k, v in enum.items() if k != "nullable"}
    wrapped_inline = {"allOf": [plain], "nullable": True} if "nullable" in enum else enum
    props_inline = {"a": enum, "b": enum, "c": wrapped_inline, "d": wrapped_inline}
    components = {
        "1": enum,
        "allOf-1": {"allOf": [{"$ref": "#/components/schemas/1"}], "nullable": True} if "nullable" in enum else {"$ref": "#/components/schemas/1"},
    }
    props_ref = {
        "a": {"$ref": "#/components/schemas/1"},
        "b": {"$ref": "#/components/schemas/1"},
        "c": {"$ref": "#/components/schemas/allOf-1"},
        "d": {"$ref": "#/components/schemas/allOf-1"},
    }
    inline_obj = {"type": "object", "properties": props_inline}
    ref_obj = {"type": "object", "properties": props_ref}
    api = _same_ir(_api_spec({}, inline_obj, inline_obj, openapi), _api_spec(components, ref_obj, ref_obj, openapi))
    for m in api.models:
        assert [(f.wire_name, f.type.kind, f.type.nullable) for f in m.fields] == [(w, "enum", True) for w in "abcd"]


def test_a_component_used_in_both_directions_is_a_model_of_both():
    # first met in a response, then in a request: the second use counts as much as the first
    simple = {"type": "object", "properties": {"name": {"type": "string"}}}
    api = _same_ir(_api_spec({}, simple, simple), _api_spec({"1": simple}, {"$ref": "#/components/schemas/1"}, {"$ref": "#/components/schemas/1"}))
    (only,) = api.models
    assert only.direction == "both"


def test_descriptions_and_names_count_every_use():
    # a class's description and name are the ones most of its uses give: three uses behind
    # one $ref count three times, as three inline copies would
    described = {**CONTACT, "description": "contact details"}
    other = {**CONTACT, "description": "how to reach"}

    def thing(props):
        return {"type": "object", "properties": props}

    inline = thing({"home": described, "work": described, "other": described, "x": other, "y": other})
    ref = thing(
        {
            "home": {"$ref": "#/components/schemas/1"},
            "work": {"$ref": "#/components/schemas/1"},
            "other": {"$ref": "#/components/schemas/1"},
            "x": other,
            "y": other,
        }
    )
    api = _same_ir(_api_spec({}, inline, inline), _api_spec({"1": described}, ref, ref))
    contact = next(m for m in api.models if [f.wire_name for f in m.fields] == ["email", "phone"])
    assert contact.description == "contact details"


def test_enums_and_wrappers_named_from_their_uses_as_inline():
    # components named `1` and `allOf-1` say nothing: the classes are named exactly as the
    # same schemas written inline (an array of them, a union member, a nested property)
    status = {"type": "string", "enum": ["a", "b"]}
    inline = {
        "type": "object",
        "properties": {
            "status": status,
            "history": {"type": "array", "items": status},
            "previous": {"allOf": [status], "nullable": True, "description": "before"},
            "either": {"oneOf": [CONTACT, {"type": "integer"}]},
        },
    }
    ref = {
        "type": "object",
        "properties": {
            "status": {"$ref": "#/components/schemas/1"},
            "history": {"type": "array", "items": {"$ref": "#/components/schemas/1"}},
            "previous": {"$ref": "#/components/schemas/allOf-1"},
            "either": {"oneOf": [{"$ref": "#/components/schemas/2"}, {"type": "integer"}]},
        },
    }
    components = {"1": status, "2": CONTACT, "allOf-1": {"allOf": [{"$ref": "#/components/schemas/1"}], "nullable": True, "description": "before"}}
    api = _same_ir(_api_spec({}, inline, inline), _api_spec(components, ref, ref))
    assert not {"Model1", "Model2", "AllOf1"} & ({m.name for m in api.models} | {e.name for e in api.enums})


def test_every_ref_to_an_allof_wrapper_of_a_nullable_enum_keeps_none():
    # the null comes from inside the wrapper (the wrapped enum), not from the wrapper itself
    enum = {"type": "string", "enum": ["on", "off"], "nullable": True}
    wrapper_inline = {"allOf": [enum], "description": "the mode"}
    wrapper = {"allOf": [{"$ref": "#/components/schemas/1"}], "description": "the mode"}
    inline = {"type": "object", "properties": {"a": wrapper_inline, "b": wrapper_inline, "c": wrapper_inline}}
    ref = {"type": "object", "properties": {w: {"$ref": "#/components/schemas/allOf-1"} for w in "abc"}}
    api = _same_ir(_api_spec({}, inline, inline), _api_spec({"1": enum, "allOf-1": wrapper}, ref, ref))
    for m in api.models:
        assert [(f.type.kind, f.type.nullable) for f in m.fields] == [("enum", True)] * 3


def test_a_schema_reached_exponentially_many_ways_costs_linear_time():
    # C0 -> (a, b) -> C1 -> (a, b) -> ... : written inline this would be 2^30 objects; a
    # reuse replays a summed-up record of the first reading, so the cost follows the
    # document's size, and every level is still one class named from its first use
    import time

    depth = 30
    schemas = {
        f"C{i}": {
            "type": "object",
            "properties": {
                "a": {"$ref": f"#/components/schemas/C{i + 1}"},
                "b": {"$ref": f"#/components/schemas/C{i + 1}"},
                "n": {"type": "integer", "enum": [i, -1]},
            },
        }
        for i in range(depth)
    }
    schemas[f"C{depth}"] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    spec = _api_spec(schemas, {"$ref": "#/components/schemas/C0"}, {"$ref": "#/components/schemas/C0"})
    started = time.perf_counter()
    api = normalise(document(spec))
    assert time.perf_counter() - started < 20  # about 0.5 s; exponential would never end
    assert len(api.models) == depth + 1 and len(api.enums) == depth
    assert {m.name for m in api.models} >= {"C0", "C1", f"C{depth}"}


def test_a_deprecated_twin_points_at_its_live_operation_else_at_the_live_one_with_its_summary():
    """``ampeco.link_deprecated``: ``<id>Deprecated`` -> ``<id>`` when that one is live and in
    the same resource; otherwise the first live operation (by operationId) of the resource
    with the same summary; otherwise nothing."""
    from generator.model.ir import Operation
    from generator.normalise.ampeco import link_deprecated

    def make(op_id: str, resource: str, method: str, summary: str = "", deprecated: bool = False) -> Operation:
        return Operation(op_id, "GET", f"/{op_id}", resource, resource, method, summary=summary, deprecated=deprecated)

    ops = [
        make("evseRead", "evses", "read"),
        make("evseReadDeprecated", "evses", "read_deprecated", deprecated=True),
        make("tagRead", "tags", "read", summary="Read"),
        make("tagReadDeprecated", "other", "old", summary="Read", deprecated=True),  # its twin is elsewhere
        make("otherReadB", "other", "read_b", summary="Read"),
        make("otherReadA", "other", "read_a", summary="Read"),
        make("goneDeprecated", "other", "gone", summary="Nothing", deprecated=True),
        make("oldDeprecated", "evses", "old", summary="Old", deprecated=True),
        make("old", "evses", "old_live", summary="Old", deprecated=True),  # its twin is deprecated too
        make("Deprecated", "evses", "bare", summary="Bare", deprecated=True),
    ]
    linked = {o.operation_id: o.replacement for o in link_deprecated(ops, {o.operation_id: o for o in ops})}
    assert linked == {
        "evseRead": "",
        "evseReadDeprecated": "evses.read",
        "tagRead": "",
        "tagReadDeprecated": "other.read_a",
        "otherReadB": "",
        "otherReadA": "",
        "goneDeprecated": "",
        "oldDeprecated": "",
        "old": "",
        "Deprecated": "",
    }
