"""The generator side of the stub: behaviours, names, layout, determinism, and a tiny
hand-made API generated, imported and exercised end to end."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import black
import httpx
import pytest

from generator.emit.package import render
from generator.emit.sdk import Renderer
from generator.emit.stub import Behaviour, behaviours, handler_names, stub_files, type_expr, value_expr
from generator.format import tree
from generator.model import ir
from generator.model.ir import evolve
from generator.writer import write_tree

INT = ir.TypeRef("primitive", "int")
STR = ir.TypeRef("primitive", "str")
HOSTILE = 'Evil""" + __import__("os").system("x") + """\\ \x00'


def _black_clean(text: str) -> bool:
    return black.format_str(text, mode=black.Mode()) == text


def tiny_api(package: str = "tiny_stub") -> ir.Api:
    status = ir.EnumType("ThingStatus", (ir.EnumMember("ON", "on"), ir.EnumMember("OFF", "off")), "str")
    thing = ir.Model(
        "Thing",
        (
            ir.Field("id", "id", INT, True),
            ir.Field("status", "status", ir.TypeRef("enum", "ThingStatus"), True),
            ir.Field("label", "label", STR, False, constraints=ir.Constraints(max_length=5, pattern="^[a-z]+$"), example="abc"),
            ir.Field("price", "price", ir.TypeRef("primitive", "Decimal"), True, constraints=ir.Constraints(minimum=0, multiple_of=0.01)),
            ir.Field("weird", 'we"ird\n)', ir.TypeRef("list", items=(STR,)), False, constraints=ir.Constraints(min_items=2)),
            ir.Field("at", "at", ir.TypeRef("primitive", "datetime", nullable=True), True),
            ir.Field("wide", "名前⺀" * 12, STR, False, example="€" * 30),  # black counts these double
        ),
    )
    request = ir.Model(
        "ThingCreateRequest",
        (
            ir.Field("label", "label", STR, True, constraints=ir.Constraints(max_length=5)),
            ir.Field("status", "status", ir.TypeRef("enum", "ThingStatus"), True),
        ),
        direction="request",
    )
    thing_t = ir.TypeRef("model", "Thing")
    path = "/public-api/resources/things/v1.0"
    thing_param = ir.Parameter("thing", "thing", "path", INT, True, "simple", False)
    per_page = ir.Parameter("per_page", "per_page", "query", INT, False, "form", True, constraints=ir.Constraints(minimum=1, maximum=100))
    cursor = ir.Parameter("cursor", "cursor", "query", STR, False, "form", True)
    ops = (
        ir.Operation(
            "thingsListing", "GET", path, "things", "things", "listing", summary="Things",
            parameters=(per_page, cursor),
            responses=(ir.Response("200", "ok", "application/json", ir.TypeRef("list", items=(thing_t,))),),
            result=ir.TypeRef("list", items=(thing_t,)), pagination="cursor", item_type=thing_t,
        ),
        ir.Operation(
            "thingCreate", "POST", path, "things", "things", "create", summary="Create",
            body=ir.Body("application/json", ir.TypeRef("model", "ThingCreateRequest"), True),
            responses=(ir.Response("201", "ok", "application/json", thing_t),), result=thing_t, unwrap="data",
        ),
        ir.Operation(
            "thingRead", "GET", path + "/{thing}", "things", "things", "read", summary=HOSTILE,
            parameters=(thing_param,), responses=(ir.Response("200", "ok", "application/json", thing_t),), result=thing_t, unwrap="data",
        ),
        ir.Operation(
            "thingDelete", "DELETE", path + "/{thing}", "things", "things", "delete", parameters=(thing_param,),
            responses=(ir.Response("204", "gone"),),
        ),
        ir.Operation(
            "thingPing", "POST", '/public-api/actions/thing/v1.0/{thing}/pi"ng', "things", "things", "ping",
            parameters=(thing_param,), responses=(ir.Response("202", "ok"),),
        ),
    )
    resource = ir.Resource("things", "ThingsResource", "things", ops)
    return ir.Api(HOSTILE, "1.0", "", "https://x.example", package, (resource,), (thing, request), (status,))


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Any:
    out = tmp_path_factory.mktemp("tiny_stub")
    write_tree(render(tiny_api(), "1.0"), out)
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module("tiny_stub.stub")
    finally:
        sys.path.remove(str(out))


def test_tiny_stub_files_are_black_clean_and_compile(tiny: Any) -> None:
    folder = Path(tiny.__file__).parent
    for path in sorted(folder.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert _black_clean(text), path.name
        compile(text, path.name, "exec")


def test_spec_text_cannot_inject_code(tiny: Any) -> None:
    handlers = importlib.import_module("tiny_stub.stub._handlers")
    assert HOSTILE.replace("\x00", "\\x00").split()[0] in handlers.thing_read.__doc__
    assert handlers.__doc__.count("__import__") == 1  # the title is docstring text only
    assert any(r.path.endswith('/pi"ng') for r in tiny.TinyStubStub.routes)
    schemas = importlib.import_module("tiny_stub.stub._schemas")
    assert [f.name for f in schemas.MODELS["Thing"].fields][4] == 'we"ird\n)'


def test_tiny_stub_end_to_end(tiny: Any) -> None:
    stub = tiny.TinyStubStub(seed=1, sample_items=0)
    with httpx.Client(base_url="http://t.local", transport=stub.transport(), headers={"Authorization": "Bearer x"}) as http:
        created = http.post("/public-api/resources/things/v1.0", json={"label": "abc", "status": "off"})
        assert created.status_code == 201
        data = created.json()["data"]
        assert (data["id"], data["label"], data["status"]) == (1, "abc", "off")
        assert len(data['we"ird\n)']) == 2 and data["price"] >= 0
        assert http.get("/public-api/resources/things/v1.0/1").json()["data"] == data
        assert http.post("/public-api/resources/things/v1.0", json={"label": "toolong", "status": "x"}).json() == {
            "message": "The label field must not be greater than 5 characters. (and 1 more error)",
            "errors": {"label": ["The label field must not be greater than 5 characters."], "status": ["The selected status is invalid."]},
        }
        listing = http.get("/public-api/resources/things/v1.0", params={"per_page": 1}).json()
        assert [t["id"] for t in listing["data"]] == [1] and listing["links"]["next"] is None
        assert http.post('/public-api/actions/thing/v1.0/1/pi"ng').status_code == 202
        assert http.delete("/public-api/resources/things/v1.0/1").status_code == 204
        assert http.get("/public-api/resources/things/v1.0/1").status_code == 404


def test_behaviours_follow_paths_and_methods(real_api: ir.Api) -> None:
    found = behaviours(real_api)
    assert found["evsesListing"] == Behaviour("listing", "resources/evses")
    assert found["evseCreate"] == Behaviour("create", "resources/evses")
    assert found["evseRead"] == Behaviour("read", "resources/evses", "evse")
    assert found["evseUpdateDeprecated"] == Behaviour("update", "resources/evses", "evse")  # v2.0, same records
    assert found["chargePointEvseDelete"] == Behaviour("delete", "resources/charge-points/{chargePoint}/evses", "evse")
    assert found["chargePointStartChargingSession"] == Behaviour("respond")
    assert found["contactDetailsRead"].kind == "singleton"
    kinds = sorted({b.kind for b in found.values()})
    assert kinds == ["create", "delete", "listing", "read", "respond", "singleton", "update", "upsert"]
    # a PUT where nothing POSTs records creates the record the path names
    assert found["electricityRatePricePeriodsDateCreateOrUpdate"].kind == "upsert"


def test_handler_names_are_unique_identifiers(real_api: ir.Api) -> None:
    names = handler_names(real_api)
    assert len(set(names.values())) == len(names) == 452
    assert all(n.isidentifier() and n == n.lower() for n in names.values())
    assert names["evsesListing"] == "evses_listing"


def test_type_and_value_spelling() -> None:
    from generator.emit.stub import Names

    names = Names()
    t = ir.TypeRef("list", items=(ir.TypeRef("union", items=(INT, ir.TypeRef("model", "A")), nullable=True),))
    assert type_expr(t, names) == 'array_of(nullable(one_of(INT, ref("A"))))'
    assert names.used == {"array_of", "nullable", "one_of", "INT", "ref"}
    assert value_expr({"a": [1, "x"], "b": {}}) == '{"a": [1, "x"], "b": {}}'


def test_output_does_not_depend_on_declaration_order() -> None:
    api = tiny_api()
    shuffled_ops = tuple(reversed(api.resources[0].operations))
    shuffled = evolve(api, resources=(evolve(api.resources[0], operations=shuffled_ops),), models=tuple(reversed(api.models)))
    assert stub_files(Renderer(shuffled, "1.0")) == stub_files(Renderer(api, "1.0"))


def test_real_stub_files_need_no_black(real_api: ir.Api) -> None:
    files = stub_files(Renderer(real_api, "3.110.0"))
    assert sorted(files) == [f"ampeco/stub/{n}" for n in ("__init__.py", "__main__.py", "_handlers.py", "_schemas.json", "_schemas.py")]
    python = {name: text for name, text in files.items() if name.endswith(".py")}
    for name, text in tree.ruff_format(python).items():
        assert not tree.needs_black(text), name  # ruff's layout is black's here: no black pass
        assert _black_clean(text), name
    assert files["ampeco/stub/_handlers.py"].count("\ndef ") == 452
    assert stub_files(Renderer(real_api, "3.110.0")) == files


def test_an_api_without_models_or_parameters() -> None:
    op = ir.Operation("ping", "GET", "/ping", "misc", "misc", "ping", responses=(ir.Response("204", "none"),))
    api = ir.Api("Empty", "0", "", "", "empty_stub", (ir.Resource("misc", "MiscResource", "misc", (op,)),), (), ())
    files = tree.format_python(stub_files(Renderer(api, "0")))
    for name, text in files.items():
        if name.endswith(".py"):
            assert _black_clean(text), name
            compile(text, name, "exec")
    assert json.loads(files["empty_stub/stub/_schemas.json"]) == {"models": {}, "enums": {}}


# every kind of type the stub's table spells, nullable or not, and examples of every JSON kind
_TYPES = [
    *(ir.TypeRef("primitive", name, nullable=null) for name in ("int", "str", "float", "bool", "datetime", "date", "time", "Decimal", "bytes", "None", "odd") for null in (False, True)),
    *(ir.TypeRef(kind, "Thing", nullable=null) for kind in ("model", "enum") for null in (False, True)),
    *(ir.TypeRef(kind, items=(ir.TypeRef("model", "Thing", nullable=True),), nullable=null) for kind in ("list", "dict") for null in (False, True)),
    *(ir.TypeRef(kind, items=(INT, ir.TypeRef("list", items=(STR,))), nullable=null) for kind in ("tuple", "union") for null in (False, True)),
    ir.TypeRef("any"),
    ir.TypeRef("any", nullable=True),
]
_EXAMPLES = [ir.MISSING, None, True, 0, -7, 2.5, float("nan"), float("inf"), "", HOSTILE, "名前", [1, "a", None], {"k": [{"n": 1}], 3: "int key", True: "bool key"}, ("t", 1)]


def _all_kinds_model() -> ir.Model:
    fields = [ir.Field(f"t{index}", f"t{index}", t, index % 2 == 0) for index, t in enumerate(_TYPES)]
    fields += [ir.Field(f"e{index}", f"e{index}", STR, False, example=example) for index, example in enumerate(_EXAMPLES)]
    fields += [ir.Field(f"f{fmt}", f"f{fmt}", STR, False, format=fmt) for fmt in ("email", "uuid", "date-time", "binary", "")]
    fields += [
        ir.Field("c1", "c1", INT, True, constraints=ir.Constraints(minimum=0, maximum=10, exclusive_minimum=True, exclusive_maximum=True, multiple_of=2)),
        ir.Field("c2", "c2", STR, False, constraints=ir.Constraints(min_length=1, max_length=5, pattern="^[a-z\\\\]+$")),
        ir.Field("c3", "c3", ir.TypeRef("list", items=(INT,)), False, constraints=ir.Constraints(min_items=0, max_items=3, exclusive_minimum=True)),
        ir.Field("c4", "c4", ir.TypeRef("primitive", "float"), False, constraints=ir.Constraints(minimum=-1.5e-9, maximum=1e300)),
    ]
    return ir.Model("AllKinds", tuple(fields), closed=True, extra=ir.TypeRef("list", items=(INT,), nullable=True))


def test_the_schema_table_as_json_reads_back_as_the_python_spelling_would_build_it(tiny: Any, real_api: ir.Api) -> None:
    """``_schemas.json`` read by the runtime (``read_schemas``) gives, for every model and
    enum, the very objects the stub's Python spelling (``field_expr``, as the handlers'
    parameters still use) builds: every type kind nullable or not, every constraint, the
    formats, examples of every JSON kind (non-string keys, NaN, hostile text), a closed
    model with a type for its extra keys, and each of 3.110.0's ~600 models."""
    from generator.emit.stub import Names, _reachable, field_expr, schemas_json

    runtime = importlib.import_module("tiny_stub._runtime.stub_schema")
    space = vars(runtime)
    status = ir.EnumType("S", (ir.EnumMember("A", "a"), ir.EnumMember("N", 3), ir.EnumMember("F", 1.5), ir.EnumMember("Q", HOSTILE)), "str")
    models, enums = _reachable(real_api)
    models, enums = [_all_kinds_model(), *models], [status, *enums]
    text = schemas_json(models, enums)
    assert text.isascii() and text.count("\n") == len(models) + len(enums) + 4  # one entry a line
    table = runtime.read_schemas(text)
    assert list(table.models) == [m.name for m in models] and list(table.enums) == [e.name for e in enums]
    for m in models:
        names = Names()
        fields = [eval(field_expr(f.wire_name, f.type, f.required, f.constraints, names, f.format, f.example), space) for f in m.fields]  # noqa: S307
        extra = eval(type_expr(m.extra, names), space) if m.extra is not None else None  # noqa: S307
        assert repr(table.models[m.name]) == repr(runtime.Model(tuple(fields), m.closed, extra)), m.name  # repr: NaN != NaN
    for e in enums:
        assert table.enums[e.name] == [member.value for member in e.members]
