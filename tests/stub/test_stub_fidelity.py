"""The stub as a faithful test double (issue 19): store semantics, typed ids, invented
answers that respect the schema's meaning, on every operation of the real spec."""

from __future__ import annotations

import importlib
import re
import warnings
from typing import Any

import httpx
import pytest

from .conftest import PACKAGE
from .test_stub_operations import call_operation

AUTH = {"Authorization": "Bearer t"}
ID_NAME = re.compile(r"^(id|ids)$|[a-z0-9](Id|Ids)$")
ERROR_NAME = re.compile(r"^(error|failure|fail)|(Error|Failure)", re.I)


def raw(stub: Any) -> httpx.Client:
    return httpx.Client(base_url="http://stub.local", transport=stub.transport(), headers=AUTH)


def snapshot(stub: Any) -> dict[str, Any]:
    """Every record (id and what was written) of the collections these tests touch."""
    names = ("resources/sessions", "resources/charge-points", "resources/transactions")
    return {name: [(i, stub.store.get(name, i)) for i in stub.store.ids(name)] for name in names}


# -- store semantics -----------------------------------------------------------------------


def test_unknown_ids_are_404_and_change_nothing(gen: Any, stub: Any, client: Any) -> None:
    sessions = "resources/sessions"
    assert stub.store.ids(sessions) == [1, 2, 3]
    before = snapshot(stub)
    for call in (
        lambda: client.sessions.read("nonexistent"),
        lambda: client.sessions.read("99"),
        lambda: client.charge_points.read(999),
        lambda: client.charge_points.update(999, body={"name": "x"}),
        lambda: client.charge_points.delete(999),
        lambda: client.transactions.update("nope", body=stub.sample_body("transactionUpdate")),
    ):
        with pytest.raises(gen.sdk.NotFoundError):
            call()
        assert stub.requests[-1].status == 404
    assert snapshot(stub) == before


def test_listed_ids_read_back_the_same_record(gen: Any, stub: Any, client: Any) -> None:
    # a session's id is a string in the spec: the listing shows "1", "2", "3" and each
    # reads back as the record the listing showed
    listed = list(client.sessions.listing())
    assert [s.id for s in listed] == ["1", "2", "3"]
    for session in listed:
        again = client.sessions.read(session.id)
        assert again.model_dump() == session.model_dump()
    # an integer id is an integer, and a created record gets the next one
    points = list(client.charge_points.listing())
    assert [p.id for p in points] == [1, 2, 3]
    created = client.charge_points.create(body={"name": "Depot", "type": "public", "status": "enabled"})
    assert created.id == 4 and isinstance(created.id, int)
    assert [p.id for p in client.charge_points.listing()][-1] == 4
    assert client.charge_points.read(4).name == "Depot"


def test_natural_keys_read_without_storing_and_upsert(gen: Any, stub: Any) -> None:
    path = "/public-api/resources/electricity-rates/v2.0/1/price-periods/date/2024-05-01"
    collection = "resources/electricity-rates/1/price-periods/date"
    with raw(stub) as http:
        assert http.get(path).status_code == 200
        assert "2024-05-01" not in [str(i) for i in stub.store.ids(collection)]
        body = stub.sample_body("electricityRatePricePeriodsDateCreateOrUpdate")
        assert http.put(path, json=body).status_code == 200
        assert "2024-05-01" in [str(i) for i in stub.store.ids(collection)]


# -- invented answers ------------------------------------------------------------------------


def walk(stub: Any, value: Any, t: Any, key: str, problems: list[str]) -> None:
    """Check the documented rules over an answer, by the stub's own schema types."""
    if value is None:
        return
    if t.kind == "union":
        for option in t.items:
            if stub.checker.ok(value, option):
                walk(stub, value, option, key, problems)
                return
        return
    if t.kind in ("list", "tuple") and isinstance(value, list):
        for index, item in enumerate(value):
            walk(stub, item, t.items[min(index, len(t.items) - 1)], f"{key}.{index}", problems)
        return
    if t.kind == "dict" and isinstance(value, dict):
        for name, item in value.items():
            walk(stub, item, t.items[0], f"{key}.{name}", problems)
        return
    if t.kind != "model" or not isinstance(value, dict):
        return
    shape = stub.schemas.models.get(t.name)
    if shape is None:
        return
    for f in shape.fields:
        if f.name not in value:
            continue
        item = value[f.name]
        inner = f.type.items[0] if f.type.kind == "list" and f.type.items else f.type
        if ID_NAME.search(f.name) and inner.kind in ("float", "decimal"):
            items = item if isinstance(item, list) else [item]
            if any(isinstance(i, float) for i in items):
                problems.append(f"{key}.{f.name}: a whole-number id expected, got {item!r}")
        if f.name == "success" and item is True:
            errors = [n for n in value if ERROR_NAME.search(n) and value[n] is not None]
            if errors:
                problems.append(f"{key}: success with {errors}")
        walk(stub, item, f.type, f"{key}.{f.name}", problems)


def test_invented_answers_follow_the_rules_on_every_operation(gen: Any) -> None:
    stub = gen.new_stub(seed=11)
    problems: list[str] = []
    with gen.client(stub, max_retries=0) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        for op in sorted(gen.api.operations, key=lambda o: (o.http_method == "DELETE", o.operation_id)):
            if op.http_method == "DELETE":
                stub.reset()
            call_operation(client, stub, op, gen.api)
            record = stub.requests[-1]
            route = stub.route(op.operation_id)
            body = record.response
            if route.envelope in ("data", "page") and isinstance(body, dict):
                body = body.get("data")
            if route.result is None or body is None:
                continue
            t = route.result
            if route.envelope == "page":
                for index, item in enumerate(body):
                    walk(stub, item, t, f"{op.operation_id}[{index}]", problems)
            else:
                walk(stub, body, t, op.operation_id, problems)
            # everything the stub answered it also accepts (patterns, formats, ranges)
            errors = stub.checker.errors(body if route.envelope != "page" else body[:1], t if route.envelope != "page" else _list(t), "")
            problems.extend(f"{op.operation_id}: {k}: {m}" for k, m in errors)
    assert not problems, "\n".join(problems[:40])


def _list(t: Any) -> Any:
    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    return schema.array_of(t)


def test_success_flag_never_comes_with_an_error_code(gen: Any) -> None:
    ops = ["chargePointStartChargingSession", "chargePointStartChargingSessionWithoutEvse"]
    for seed in range(25):
        stub = gen.new_stub(seed=seed)
        for op_id in ops:
            route = stub.route(op_id)
            path = route.path.replace("{chargePoint}", "1").replace("{evse}", "1")
            with raw(stub) as http:
                answer = http.post(path, json=stub.sample_body(op_id)).json()
            data = answer.get("data", answer)
            if data.get("success") is True:
                assert "errorCode" not in data or data["errorCode"] is None, data
            assert all(not isinstance(data.get(k), float) for k in ("sessionId", "authorizationId")), data


def test_number_ids_are_whole_numbers(gen: Any) -> None:
    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    import random

    synth = schema.Synth(schema.Schemas({}, {}), random.Random(3))
    for name in ("id", "sessionId", "chargePointIds", "user_id"):
        assert schema.is_id_name(name)
        assert float(synth.value(schema.FLOAT, schema.Field(name, schema.FLOAT), name)).is_integer()
    for name in ("paid", "valid", "idle", "width", "energy"):
        assert not schema.is_id_name(name)
    # a bound that leaves no whole number: a fraction is still invented, within it
    bounded = schema.Field("ratioId", schema.FLOAT, minimum=0.2, maximum=0.7)
    value = synth.value(schema.FLOAT, bounded, "ratioId")
    assert 0.2 <= value <= 0.7


def test_patterns_formats_and_lengths_hold_in_invented_values(gen: Any) -> None:
    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    import random

    checker = schema.Checker(schema.Schemas({}, {}))
    cases = [
        schema.Field("phone", schema.STR, pattern=r"^(\([0-9]{3}\))?[0-9]{3}-[0-9]{4}$"),
        schema.Field("lat", schema.STR, pattern=r"^-?([1-8]?[0-9]\.[0-9]{5,7}|90\.0{5,7})$"),
        schema.Field("code", schema.STR, pattern=r"^[A-Z]{3}$", min_length=3, max_length=3),
        schema.Field("name", schema.STR, min_length=20, max_length=25),
        schema.Field("email", schema.STR, fmt="email"),
        schema.Field("uuid", schema.STR, fmt="uuid"),
        schema.Field("count", schema.INT, minimum=5, maximum=9),
        schema.Field("ratio", schema.FLOAT, minimum=0, maximum=1, exclusive_minimum=True),
    ]
    for seed in range(15):
        synth = schema.Synth(schema.Schemas({}, {}), random.Random(seed))
        for spec in cases:
            value = synth.value(spec.type, spec, spec.name)
            assert checker.errors(value, spec.type, spec.name, spec) == [], (spec, value)


def test_unproducible_patterns_are_reported_once_and_not_enforced(gen: Any, caplog: pytest.LogCaptureFixture) -> None:
    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    fields = [
        schema.Field("a", schema.STR, pattern=r"^(?=.*\d)[a-z\d]{8}$"),
        schema.Field("b", schema.STR, pattern=r"^[A-Z]{2}$"),
        schema.Field("c", schema.STR, pattern=r"^[A-Z]{2}$", min_length=5),
    ]
    assert schema.unproducible_patterns(fields) == [r"^(?=.*\d)[a-z\d]{8}$", r"^[A-Z]{2}$"]
    lenient = schema.Checker(schema.Schemas({}, {}), unchecked_patterns=frozenset({r"^(?=.*\d)[a-z\d]{8}$"}))
    assert lenient.errors("whatever", schema.STR, "a", fields[0]) == []
    assert lenient.errors("xx", schema.STR, "b", fields[1]) != []


def test_a_stub_warns_once_about_patterns_it_cannot_satisfy(gen: Any, caplog: pytest.LogCaptureFixture) -> None:
    engine = importlib.import_module(f"{PACKAGE}._runtime.stub_engine")
    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    codes = schema.model(schema.Field("code", schema.STR, required=True, pattern=r"^(?=\d)\w{4}$"))
    table = engine.RouteTable(schemes=[], default_security=())

    @table.add("codeCreate", "POST", "/codes", body=schema.ref("Code"), body_required=True, status=201, result=schema.ref("Code"))
    def create(call: Any) -> Any:
        return call.create("codes")

    Odd = type("OddStub", (engine.Stub,), {"routes": tuple(table.routes), "schemas": schema.Schemas({"Code": codes}, {})})
    with caplog.at_level("WARNING"):
        first = Odd()
        Odd()
    warned = [r for r in caplog.records if "cannot invent" in r.getMessage()]
    assert len(warned) == 1 and repr(r"^(?=\d)\w{4}$") in warned[0].getMessage()
    with httpx.Client(base_url="http://stub.local", transport=first.transport()) as http:
        answer = http.post("/codes", json=first.sample_body("codeCreate"))
    assert answer.status_code == 201, answer.text


# -- filters ---------------------------------------------------------------------------------


def _parse(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def test_range_filters_narrow_listings(gen: Any) -> None:
    stub = gen.new_stub(seed=5, sample_items=12)
    with gen.client(stub) as client:
        everything = list(client.sessions.listing())
        starts = sorted(s.started_at for s in everything)
        low, high = starts[3], starts[8]
        bounded = list(client.sessions.listing(filter={"startedAfter": low.isoformat(), "startedBefore": high.isoformat()}))
        assert [s.id for s in bounded] == [s.id for s in everything if low <= s.started_at <= high]
        assert 0 < len(bounded) < len(everything)
        assert stub.requests[-1].unknown_filters == [] and stub.requests[-1].unapplied_filters == []


def test_list_filters_unknown_and_unapplied_keys_are_visible(gen: Any, caplog: pytest.LogCaptureFixture) -> None:
    stub = gen.new_stub(seed=5, sample_items=6)
    with raw(stub) as http:
        statuses = [c["status"] for c in http.get("/public-api/resources/consents/v1.0").json()["data"]]
        wanted = sorted(set(statuses))[:1]
        answer = http.get("/public-api/resources/consents/v1.0", params={"filter[status][]": wanted})
        assert [c["status"] for c in answer.json()["data"]] == [s for s in statuses if s in wanted]
        with caplog.at_level("WARNING"):
            answer = http.get("/public-api/resources/consents/v1.0", params={"filter[colour]": "red"})
        assert len(answer.json()["data"]) == 6
        assert stub.requests[-1].unknown_filters == ["colour"]
        assert any("colour" in r.getMessage() for r in caplog.records)


def test_every_declared_filter_is_applied_or_reported(gen: Any) -> None:
    """For each listing of the spec and each key its filter declares: a value taken from
    a listed record keeps that record; a bound past every record keeps none; a key the
    stub cannot apply is reported on the recorded request, never silently dropped."""
    stub = gen.new_stub(seed=2, sample_items=4)
    models = stub.schemas.models
    applied = unapplied = 0
    problems: list[str] = []
    with raw(stub) as http:
        for route in stub.routes:
            spec = next((f for f in route.query if f.name == "filter"), None)
            if route.envelope != "page" or spec is None or spec.type.kind != "model" or "{" in route.path:
                continue
            items = http.get(route.path).json()["data"]
            for f in models[spec.type.name].fields:
                sent = _probe(f.name, f.type, items, stub.schemas.enums)
                if sent is None:
                    continue
                value, expect_all = sent
                answer = http.get(route.path, params={f"filter[{f.name}]": value})
                record = stub.requests[-1]
                if answer.status_code != 200:
                    problems.append(f"{route.operation_id} {f.name}={value}: {answer.status_code} {answer.text[:120]}")
                    continue
                if f.name in record.unapplied_filters:
                    unapplied += 1
                    continue
                applied += 1
                got = len(answer.json()["data"])
                if expect_all is True and got == 0:
                    problems.append(f"{route.operation_id} {f.name}={value}: kept nothing")
                if expect_all is False and got != 0:
                    problems.append(f"{route.operation_id} {f.name}={value}: kept {got}")
    assert not problems, "\n".join(problems[:30])
    print(f"filters applied {applied}, reported unapplied {unapplied}")
    assert applied > 150, (applied, unapplied)


def _probe(name: str, t: Any, items: list[Any], enums: Any) -> tuple[str, bool | None] | None:
    """A filter value and whether records must remain (True), none may (False)."""
    if not items:
        return None
    first = items[0]
    lowered = name.lower()
    if t.kind == "datetime" or (t.kind == "date"):
        far = "2100-01-01T00:00:00+00:00" if t.kind == "datetime" else "2100-01-01"
        if lowered.endswith(("after", "from", "since")) or name.startswith(("from", "min")):
            return far, False
        return far, None  # an upper bound or an exact date: nothing to promise
    if t.kind in ("int", "str", "enum", "bool") and name in first and isinstance(first[name], (str, int, bool)):
        value = first[name]
        if t.kind == "enum" and value not in enums[t.name]:
            return None  # the record's field and the filter differ in type
        return ("true" if value else "false") if isinstance(value, bool) else str(value), True
    return None


def test_a_null_only_type_is_null_in_checks_and_invented_values(gen: Any) -> None:
    """``enum: [null]`` (the IR's ``None`` primitive): the stub invents null and
    accepts only null, so it never rejects its own value (issue 20)."""
    import random

    from generator.emit.stub import Names, type_expr
    from generator.model.ir import TypeRef

    schema = importlib.import_module(f"{PACKAGE}._runtime.stub_schema")
    assert type_expr(TypeRef("primitive", "None", nullable=True), Names()) == "NULL"
    shapes = schema.Schemas({"Thing": schema.model(schema.Field("nothing", schema.NULL, required=True), schema.Field("maybe", schema.one_of(schema.NULL, schema.INT)))}, {})
    checker = schema.Checker(shapes)
    for seed in range(5):
        value = schema.Synth(shapes, random.Random(seed)).value(schema.ref("Thing"))
        assert value["nothing"] is None and checker.errors(value, schema.ref("Thing"), "") == []
    assert checker.errors({"nothing": "x"}, schema.ref("Thing"), "") == [("nothing", "The nothing field must be null.")]
    problems: list[tuple[str, str]] = []
    assert checker.coerce_text("", schema.NULL, "q", problems) is None and problems == []
