"""Units of the stub runtime (``_runtime/stub_schema.py`` and the ``stub_*`` modules
``stub_engine.py`` re-exports), taken from the generated package so they are the copies
an SDK user gets."""

from __future__ import annotations

import importlib
import random
import re
from types import ModuleType
from typing import Any

import pytest

from .conftest import PACKAGE


@pytest.fixture(scope="module")
def schema(gen: Any) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._runtime.stub_schema")


@pytest.fixture(scope="module")
def engine(gen: Any) -> ModuleType:
    return importlib.import_module(f"{PACKAGE}._runtime.stub_engine")


def test_php_query_strings(engine: ModuleType) -> None:
    pairs = [
        ("filter[chargePointId]", "12"),
        ("filter[roamingOperatorIds][]", "3"),
        ("filter[roamingOperatorIds][]", "4"),
        ("include[]", "connectors"),
        ("per_page", "50"),
        ("rows[0][a]", "1"),
        ("rows[1][a]", "2"),
        ("odd]key", "x"),
    ]
    assert engine.parse_php_query(pairs) == {
        "filter": {"chargePointId": "12", "roamingOperatorIds": ["3", "4"]},
        "include": ["connectors"],
        "per_page": "50",
        "rows": [{"a": "1"}, {"a": "2"}],
        "odd]key": "x",
    }


def make_schemas(s: ModuleType) -> Any:
    node = s.model(
        s.Field("name", s.STR, required=True, max_length=3),
        s.Field("child", s.nullable(s.ref("Node"))),
        s.Field("kids", s.array_of(s.ref("Node")), min_items=1),
    )
    shape = s.model(
        s.Field("count", s.INT, required=True, minimum=1, maximum=10),
        s.Field("ratio", s.FLOAT, multiple_of=0.01, exclusive_minimum=True, minimum=0),
        s.Field("state", s.choice("State")),
        s.Field("at", s.DATETIME),
        s.Field("hhmm", s.STR, pattern=r"^\d{2}:\d{2}$"),
        s.Field("mail", s.STR, fmt="email"),
        s.Field("tags", s.array_of(s.INT), max_items=2),
        s.Field("either", s.one_of(s.INT, s.ref("Node"))),
        s.Field("code", s.STR, example="ABC", min_length=3),
        s.Field("bad_example", s.INT, example="not a number"),
    )
    return s.Schemas({"Node": node, "Shape": shape}, {"State": ["on", "off"]})


def test_checker_messages(schema: ModuleType) -> None:
    s = schema
    checker = s.Checker(make_schemas(s))
    t = s.ref("Shape")
    assert checker.errors({"count": 3}, t, "") == []
    errors = checker.errors(
        {
            "count": 11,
            "ratio": 0,
            "state": "maybe",
            "at": "yesterday",
            "hhmm": "9:5",
            "mail": "nobody",
            "tags": [1, "2", 3],
            "either": {"name": "toolong"},
        },
        t,
        "",
    )
    assert errors == [
        ("count", "The count field must not be greater than 10."),
        ("ratio", "The ratio field must be greater than 0."),
        ("state", "The selected state is invalid."),
        ("at", "The at field must be a valid date."),
        ("hhmm", "The hhmm field format is invalid."),
        ("mail", "The mail field must be a valid email address."),
        ("tags", "The tags field must not have more than 2 items."),
        ("tags.1", "The tags.1 field must be an integer."),
        ("either.name", "The either.name field must not be greater than 3 characters."),
    ]
    assert checker.errors({"count": None}, t, "") == [("count", "The count field is required.")]
    assert checker.errors([], t, "") == [("", "The body field must be an object.")]
    assert checker.ok(0.07, s.FLOAT, s.Field("x", s.FLOAT, multiple_of=0.01))  # decimal arithmetic
    assert s.display_name("chargePointId") == "charge point id"


def test_invented_values_fit_their_schema(schema: ModuleType) -> None:
    s = schema
    schemas = make_schemas(s)
    checker = s.Checker(schemas)
    for seed in range(30):
        value = s.Synth(schemas, random.Random(seed)).value(s.ref("Shape"))
        assert checker.errors(value, s.ref("Shape"), "") == [], value
        assert re.match(r"^\d{2}:\d{2}$", value["hhmm"])
        assert s.is_multiple(value["ratio"], 0.01) and value["ratio"] > 0
        assert value["code"] == "ABC" and isinstance(value["bad_example"], int)
        assert value["at"].endswith("+00:00")
    one = s.Synth(schemas, random.Random("x")).value(s.ref("Shape"))
    assert one == s.Synth(schemas, random.Random("x")).value(s.ref("Shape"))
    tree = s.Synth(schemas, random.Random(1), depth=3).value(s.ref("Node"))  # recursive model
    assert checker.errors(tree, s.ref("Node"), "") == []


def test_union_prefers_an_option_only_it_accepts(schema: ModuleType) -> None:
    s = schema
    closed_a = s.model(s.Field("p", s.INT, required=True), closed=True)
    open_b = s.model(s.Field("p", s.INT, required=True), s.Field("q", s.INT))
    schemas = s.Schemas({"A": closed_a, "B": open_b}, {})
    union = s.one_of(s.ref("A"), s.ref("B"))
    value = s.Synth(schemas, random.Random(0)).value(union)
    # an A ({"p": 1}) is also a B, but a B ({"p": 1, "q": 2}) is no A (A is closed)
    strict = s.Checker(schemas, closed=True)
    assert set(value) == {"p", "q"} and not strict.ok(value, s.ref("A"))
    assert s.Checker(schemas).ok(value, s.ref("A"))  # requests are read leniently


def test_query_text_coercion(schema: ModuleType) -> None:
    s = schema
    checker = s.Checker(make_schemas(s))
    out: list[Any] = []
    assert checker.coerce_text("42", s.INT, "n", out) == 42
    assert checker.coerce_text("true", s.BOOL, "b", out) is True
    assert checker.coerce_text(["on", "off"], s.array_of(s.choice("State")), "s", out) == ["on", "off"]
    assert out == []
    checker.coerce_text("4x", s.INT, "per_page", out)
    checker.coerce_text("maybe", s.choice("State"), "state", out)
    assert out == [("per_page", "The per page field must be an integer."), ("state", "The selected state is invalid.")]


def test_store(engine: ModuleType) -> None:
    store = engine.Store(sample_items=2)
    assert store.ids("things") == [1, 2]
    new = store.add("things", {"name": "x"})
    assert new == 3 and store.get("things", 3) == {"name": "x"} and store.get("things", 1) == {}
    assert store.remove("things", 1) and not store.remove("things", 1)
    assert store.add("things") == 4  # ids are not reused
    store.clear("things")
    assert store.ids("things") == [1, 2]


def test_merge_patch_keeps_explicit_nulls(schema: ModuleType) -> None:
    merged = schema.merge_patch({"a": {"b": 1, "c": 2}, "d": [1]}, {"a": {"b": None}, "d": [2]})
    assert merged == {"a": {"b": None, "c": 2}, "d": [2]}


def test_the_record_lookup_before_a_422(engine: ModuleType, schema: ModuleType) -> None:
    s = schema
    table = engine.RouteTable(schemes=[], default_security=())
    thing = s.model(s.Field("name", s.STR, required=True))
    limit = [s.Field("limit", s.INT, required=True)]
    path = [s.Field("thing", s.STR, required=True)]

    @table.add("thingPut", "PUT", "/things/{thing}", path_params=path, body=s.ref("Thing"), body_required=True, result=s.ref("Thing"))
    def put(call: Any) -> Any:
        return call.upsert("things", "thing")

    @table.add("thingDelete", "DELETE", "/things/{thing}", path_params=path, query=limit, status=204)
    def delete(call: Any) -> Any:
        return call.delete("things", "thing")

    @table.add("thingsListing", "GET", "/things", query=limit, result=s.array_of(s.ref("Thing")))
    def listing(call: Any) -> Any:
        return call.listing("things")

    Things = type("ThingStub", (engine.Stub,), {"routes": tuple(table.routes), "schemas": s.Schemas({"Thing": thing}, {})})
    stub = Things(sample_items=1)
    answers = [
        stub.handle("DELETE", "http://stub.local/things/nope", {})[0],  # no such record
        stub.handle("DELETE", "http://stub.local/things/1", {})[0],  # a record: the query's 422
        stub.handle("PUT", "http://stub.local/things/nope", {}, b'{"name": 5}')[0],  # upsert creates
        stub.handle("GET", "http://stub.local/things", {})[0],  # a listing has no record to miss
    ]
    assert [a.status for a in answers] == [404, 422, 422, 422]
    assert stub.store.collections() == [] and stub.requests[0].operation_id == "thingDelete"
    assert stub.handle("DELETE", "http://stub.local/things/1?limit=1", {})[0].status == 204
    assert stub.store.ids("things") == []
