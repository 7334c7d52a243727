"""Hard and hostile input: valid but awkward specs generate working code, and spec text
never becomes code (issue 7)."""

from __future__ import annotations

import ast
import copy
import importlib
import inspect
import json
import sys
from operator import attrgetter
from pathlib import Path

import black
import pytest

from generator.format import pyfmt
from generator.pipeline import generate
from generator.writer import write_tree

INJECT = '"""; import os; os.system("touch /tmp/pwned") #'
HOSTILE_TEXTS = [
    INJECT,
    "'''; raise SystemExit('x'); '''",
    "ends with backslash \\",
    "line one\nline two\r\nthree",
    "{{ config }} {% for x in y %}{% endfor %} {# c #}",
    "null \x00 byte",
    "\u2028 separators \x0b\x0c",
    'ends with quote "',
]

TAG = 'resource / """ things {{ x }}'
NAMES = ["class", "from", "1st", "first name", "x-y.z", "ünïcode", "fooBar", "foo_bar", "self", "body", "timeout", "model_config", "json", "date", "_private", "😀"]


def hostile_spec(texts: list[str]) -> dict:
    """An AMPECO-shaped spec with hostile names everywhere and ``texts`` in every text slot."""
    t = lambda i: texts[i % len(texts)]  # noqa: E731
    properties = {name: {"type": "string", "description": t(i), "default": t(i + 1), "example": t(i + 2)} for i, name in enumerate(NAMES)}
    properties["status"] = {"type": "string", "enum": [t(0), t(1), "a b", "1", "", "A", "a", "name", "value", "mro", "None"], "default": t(1)}
    properties["level"] = {"type": "integer", "enum": [1, 2, -3]}
    properties["anything"] = {}
    properties["tree"] = {"$ref": "#/components/schemas/Node"}
    deep: dict = {"type": "string"}
    for level in range(200):
        deep = {"type": "object", "properties": {f"l{level}": deep}}
    properties["deep"] = deep
    parameters = [{"in": "query", "name": name, "description": t(i), "schema": {"type": "string"}} for i, name in enumerate(NAMES)]
    parameters.append({"in": "path", "name": "id", "required": True, "schema": {"type": "integer"}})
    parameters.append({"in": "path", "name": "the key", "required": True, "schema": {"type": "string"}})
    response = {"description": t(3), "content": {"application/json": {"schema": {"type": "object", "properties": {"data": {"type": "object", "description": t(4), "title": t(5), "properties": properties}}}}}}
    return {
        "openapi": "3.0.0",
        "info": {"title": t(0), "version": "1.0.0", "description": t(1)},
        "paths": {
            "/things/{id}/{the key}": {
                "get": {
                    "operationId": "thingRead",
                    "tags": [TAG],
                    "summary": t(3),
                    "description": t(4),
                    "parameters": parameters,
                    "responses": {"200": response},
                },
                "post": {
                    "tags": [TAG],
                    "summary": t(5),
                    "deprecated": True,
                    "parameters": [parameters[-2], parameters[-1]],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"type": "object", "properties": properties, "required": ["class", "status"]}}}},
                    "responses": {"204": {"description": t(6)}},
                },
            },
            "/paths/with \"\"\" quotes/{id}": {
                "delete": {"operationId": "import", "summary": t(7), "parameters": [parameters[-2]], "responses": {"204": {"description": t(0)}}},
            },
        },
        "components": {
            "schemas": {
                "Node": {"type": "object", "description": t(6), "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}, "other": {"$ref": "#/components/schemas/Other"}}},
                "Other": {"type": "object", "properties": {"back": {"$ref": "#/components/schemas/Node"}}},
            }
        },
    }


def write_spec(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    hostile = generate(write_spec(root, "hostile.json", hostile_spec(HOSTILE_TEXTS)), package="hostile_pkg")
    benign = generate(write_spec(root, "benign.json", hostile_spec([f"plain text {i}" for i in range(len(HOSTILE_TEXTS))])), package="hostile_pkg")
    out = root / "out"
    write_tree(hostile.files, out)
    sys.path.insert(0, str(out))
    yield hostile, benign
    sys.path.remove(str(out))
    for name in [m for m in sys.modules if m == "hostile_pkg" or m.startswith("hostile_pkg.")]:
        del sys.modules[name]


def python_files(files: dict[str, str]) -> dict[str, str]:
    return {rel: text for rel, text in files.items() if rel.endswith(".py") and "/_runtime/" not in rel}


def shape(tree: ast.AST) -> list[str]:
    """The AST's node kinds in order: what spec text may change (constants) is left out."""
    kinds = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Constant, ast.JoinedStr, ast.FormattedValue)):
            kinds.append("Constant")
        elif isinstance(node, ast.Name):
            kinds.append("Name")
        else:
            kinds.append(type(node).__name__)
    return kinds


def test_hostile_output_compiles_and_is_black_clean(hostile_build):
    hostile, _ = hostile_build
    for rel, text in python_files(hostile.files).items():
        compile(text, rel, "exec")
        assert black.format_str(text, mode=black.Mode()) == text, rel


def test_spec_text_never_changes_the_code_structure(hostile_build):
    hostile, benign = hostile_build
    hostile_py, benign_py = python_files(hostile.files), python_files(benign.files)
    assert sorted(hostile_py) == sorted(benign_py)
    for rel in sorted(hostile_py):
        assert shape(ast.parse(hostile_py[rel])) == shape(ast.parse(benign_py[rel])), rel


def test_generated_hostile_package_imports_and_reads_back(hostile_build):
    hostile, _ = hostile_build
    pkg = importlib.import_module("hostile_pkg")
    assert not Path("/tmp/pwned").exists()
    ops = pkg.OPERATIONS
    assert ops["thingRead"].path == "/things/{id}/{the key}"
    assert ops["import"].path == '/paths/with """ quotes/{id}'
    assert ops["thingRead"].summary == HOSTILE_TEXTS[3]
    client = pkg.HostilePkg(base_url="http://127.0.0.1:9", api_token="t")
    for op in ops.values():
        method = attrgetter(f"{op.resource}.{op.method}")(client)  # a dotted resource walks attributes
        assert callable(method)
    read = attrgetter(f'{ops["thingRead"].resource}.{ops["thingRead"].method}')(client)
    doc = inspect.cleandoc(read.__doc__)
    assert doc.splitlines()[:3] == ["line one", "line two", "three"]  # the summary
    assert HOSTILE_TEXTS[4] in doc  # the description, unchanged
    models = importlib.import_module("hostile_pkg.models")
    for name in models.__all__:
        getattr(models, name)
    data_model = next(
        getattr(models, n)
        for n in sorted(models.__all__)
        if "deep" in getattr(getattr(models, n), "model_fields", {}) and not getattr(models, n).model_fields["status"].is_required()
    )
    fields = data_model.model_fields
    by_alias = {(f.validation_alias or name): f for name, f in fields.items()}
    for i, name in enumerate(NAMES):
        assert by_alias[name].default == HOSTILE_TEXTS[(i + 1) % len(HOSTILE_TEXTS)], name
    # field descriptions are attribute docstrings in the source: they read back unchanged
    tree = ast.parse(inspect.getsource(sys.modules[data_model.__module__]))
    cls = next(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef) and n.name == data_model.__name__)
    docs = {}
    for stmt, after in zip(cls.body, cls.body[1:]):
        if isinstance(stmt, ast.AnnAssign) and isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant):
            docs[stmt.target.id] = inspect.cleandoc(after.value.value)
    wire_to_attr = {(f.validation_alias or name): name for name, f in fields.items()}
    for i, name in enumerate(NAMES):
        original = HOSTILE_TEXTS[i % len(HOSTILE_TEXTS)]
        assert docs[wire_to_attr[name]] == "\n".join(pyfmt.clean_text(original)), name
    status_enum = fields["status"].annotation.__args__[0]
    assert [m.value for m in status_enum] == [HOSTILE_TEXTS[0], HOSTILE_TEXTS[1], "a b", "1", "", "A", "a", "name", "value", "mro", "None"]
    assert len({m.name for m in status_enum}) == 11
    assert fields["status"].default.value == HOSTILE_TEXTS[1]


def test_field_names_are_identifiers_and_unique(hostile_build):
    hostile, _ = hostile_build
    tree = ast.parse(next(text for rel, text in hostile.files.items() if rel.endswith(".py") and "deep" in text and "class " in text and "/models/" in rel))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            names = [stmt.target.id for stmt in node.body if isinstance(stmt, ast.AnnAssign)]
            assert len(names) == len(set(names))
            assert all(n.isidentifier() and not n.startswith("_") for n in names)


def test_recursive_models_round_trip(hostile_build):
    pkg = importlib.import_module("hostile_pkg.models")
    node = pkg.Node.model_validate({"name": "root", "children": [{"name": "leaf", "children": []}], "other": {"back": {"name": "x"}}})
    assert node.children[0].name == "leaf" and node.other.back.name == "x"


def test_deep_nesting_generates_and_parses(hostile_build):
    models = importlib.import_module("hostile_pkg.models")
    data_model = next(getattr(models, n) for n in sorted(models.__all__) if "deep" in getattr(getattr(models, n), "model_fields", {}))
    value: object = "bottom"
    for level in range(200):
        value = {f"l{level}": value}
    parsed = data_model.model_validate({"class": "x", "status": "a", "deep": value}).deep
    depth = 199
    while not isinstance(parsed, dict):  # typed models as deep as pydantic can build them
        parsed = getattr(parsed, f"l{depth}")
        depth -= 1
    assert depth < 199 - 100  # more than a hundred typed levels
    while depth >= 0:  # then free-form dicts, with the data intact
        parsed = parsed[f"l{depth}"]
        depth -= 1
    assert parsed == "bottom"


def big_spec(operations: int) -> dict:
    """``operations`` operations (four per resource path pair), AMPECO-shaped."""
    paths: dict = {}
    for i in range(operations // 4):
        item = {"type": "object", "properties": {"id": {"type": "integer"}, "name": {"type": "string"}, f"extra{i % 50}": {"type": "string", "enum": ["a", "b"]}}}
        tag = [f"resource / things{i % 100}"]
        listing = {"type": "object", "properties": {"data": {"type": "array", "items": item}, "links": {"type": "object"}, "meta": {"type": "object"}}}
        paths[f"/things{i}"] = {
            "get": {"operationId": f"things{i}Listing", "tags": tag, "parameters": [{"in": "query", "name": "cursor", "schema": {"type": "string"}}], "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": listing}}}}},
            "post": {"operationId": f"thing{i}Create", "tags": tag, "requestBody": {"content": {"application/json": {"schema": item}}}, "responses": {"201": {"description": "ok"}}},
        }
        paths[f"/things{i}/{{thing}}"] = {
            "parameters": [{"in": "path", "name": "thing", "required": True, "schema": {"type": "integer"}}],
            "get": {"operationId": f"thing{i}Read", "tags": tag, "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {"data": item}}}}}}},
            "delete": {"operationId": f"thing{i}Delete", "tags": tag, "responses": {"204": {"description": "ok"}}},
        }
    return {"openapi": "3.0.0", "info": {"title": "Big", "version": "1.0.0"}, "paths": paths}


def test_ten_thousand_operations_generate_a_working_package(tmp_path):
    import httpx

    spec = write_spec(tmp_path, "big.json", big_spec(10_000))
    result = generate(spec, package="big_pkg", validate=False)  # the validator is not under test here
    assert len(result.api.operations) == 10_000
    out = tmp_path / "out"
    write_tree(result.files, out)
    sys.path.insert(0, str(out))
    try:
        pkg = importlib.import_module("big_pkg")
        assert len(pkg.OPERATIONS) == 10_000
        seen = []
        client = pkg.BigPkg(
            base_url="https://t.example",
            api_token="t",
            transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(200, json={"data": {"id": 1}})),
        )
        for op_id in ("thing0Read", "thing2499Read", "thing1234Read"):
            op = pkg.OPERATIONS[op_id]
            assert getattr(getattr(client, op.resource), op.method)(5).id == 1
        assert [r.url.path for r in seen] == ["/things0/5", "/things2499/5", "/things1234/5"]
    finally:
        sys.path.remove(str(out))
