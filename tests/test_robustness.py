"""Hard and hostile input: valid but awkward specs generate working code, and spec text
never becomes code (issue 7)."""

from __future__ import annotations

import ast
import importlib
import inspect
import json
import os
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
    t = lambda i: texts[i % len(texts)]
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


# -- long hostile text: wrapping must never split inside a string (issue 15) -----------------
# Each text is long enough that the line it lands on must be wrapped; each is shaped like
# the code around it (``": "``, ``" = "``, ``" | "``, brackets, quotes), the places where
# a layout engine that re-splits joined text breaks. The benign twin keeps the words and
# drops the punctuation, so both specs give the same identifiers and the same files: only
# string constants may differ between their ASTs.

PAD = " lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt"
# separators every few words: each piece fits a line, the whole does not
BARS = " | lorem ipsum | dolor sit | amet, consectetur | adipiscing: elit | sed do | eiusmod tempor"
LONG_NAMES = [
    'a": 1}; x = {"' + PAD,
    "note: aaa | bbb" + BARS,
    "q: xxx | yyy" + BARS,
    "filter: xxx | yyy" + BARS,
    "b': (c) = [d], e" + PAD,
    '"""; import os; os.system("x") #' + PAD,
    "tab\there \\ back" + PAD,
    "wide 中文字 ünïcode" + PAD,
]
LONG_TEXTS = [name + " | end = (x) [y] {z}" for name in LONG_NAMES]


def benign(text: str) -> str:
    """The same words, no punctuation: the same identifiers, harmless strings."""
    return "".join(ch if ch.isalnum() or ch == " " else " " for ch in text)


def long_hostile_spec(mangle=lambda s: s) -> dict:
    """An OpenAPI 3.1 spec with ``LONG_NAMES`` as property, parameter, enum, tag, path,
    operationId and webhook names, ``LONG_TEXTS`` as defaults, examples and every text."""
    n = [mangle(x) for x in LONG_NAMES]
    t = [mangle(x) for x in LONG_TEXTS]
    properties = {
        name: {"type": "string", "description": t[i], "default": t[(i + 1) % len(t)], "example": t[(i + 2) % len(t)]}
        for i, name in enumerate(n)
    }
    properties[n[0] + " status"] = {"type": "string", "enum": t[:4], "default": t[1], "description": t[2]}
    properties[n[1] + " level"] = {"type": "integer", "enum": [1, 2], "default": 2}
    properties[n[2] + " nested"] = {"type": "object", "properties": {n[3]: {"type": "array", "items": {"type": "string", "enum": t[4:6]}}}}
    properties[n[4] + " object"] = {"type": "object", "additionalProperties": {"type": "string"}, "example": {x: t[i] for i, x in enumerate(n)}}
    properties[n[5] + " list"] = {"type": "array", "items": {"type": "string"}, "default": t[:3], "example": n}
    properties[n[3] + " either"] = {"anyOf": [{"type": "string"}, {"type": "integer"}, {"$ref": "#/components/schemas/Thing"}]}
    thing = {"type": "object", "description": t[0], "properties": properties, "required": [n[0]]}
    filter_schema = {"type": "object", "properties": {n[3]: {"type": "string", "description": t[1]}, n[2]: {"type": "array", "items": {"type": "integer"}}}}
    parameters = [
        {"in": "query", "name": n[2], "description": t[0], "schema": {"type": "string", "default": t[1]}},
        {"in": "query", "name": "filter", "style": "deepObject", "explode": True, "description": t[1], "schema": filter_schema},
        {"in": "query", "name": n[3], "required": True, "schema": {"type": "string", "enum": t[2:4]}},
        {"in": "header", "name": "X-" + benign(n[4]).replace(" ", "-"), "description": t[3], "schema": {"type": "string"}},
        {"in": "path", "name": "id", "required": True, "schema": {"type": "integer"}},
    ]
    page = {"type": "object", "properties": {"data": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}, "links": {"type": "object"}, "meta": {"type": "object"}}}
    ok = lambda schema: {"200": {"description": t[5], "content": {"application/json": {"schema": schema}}}}
    # a path segment takes any text but braces
    segment = n[1].replace("{", "(").replace("}", ")")
    return {
        "openapi": "3.1.0",
        "info": {"title": t[6], "version": "1.0.0", "description": t[7]},
        "paths": {
            f"/things/{segment}/{{id}}": {
                "get": {"operationId": n[1], "tags": [n[0]], "summary": t[0], "description": t[1], "parameters": parameters, "responses": ok({"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Thing"}}})},
                "post": {
                    "operationId": n[2],
                    "tags": [n[0]],
                    "summary": t[2],
                    "parameters": parameters[-2:],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"201": {"description": t[3], "content": {"application/json": {"schema": {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "object", "properties": {n[5]: {"type": "string"}}}]}}}}},
                },
            },
            f"/things/{segment}": {
                "get": {"operationId": n[3], "tags": [n[5]], "summary": t[4], "parameters": parameters[:2], "responses": ok(page)},
            },
        },
        "webhooks": {
            n[6]: {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}, "responses": {"200": {"description": t[0]}}}},
            n[7]: {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {n[0]: {"type": "string", "default": t[0]}}}}}}, "responses": {"200": {"description": t[1]}}}},
        },
        "components": {"schemas": {"Thing": thing}},
    }


class _Masked(ast.NodeTransformer):
    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        return ast.Constant(value="S") if isinstance(node.value, str) else node


def masked_dump(source: str) -> str:
    """The AST with every string constant replaced: identifiers and structure remain."""
    return ast.dump(_Masked().visit(ast.parse(source)))


@pytest.fixture(scope="module")
def long_build(tmp_path_factory):
    root = tmp_path_factory.mktemp("long")
    hostile = generate(write_spec(root, "long.json", long_hostile_spec()), package="long_pkg")
    benign_build = generate(write_spec(root, "long-benign.json", long_hostile_spec(benign)), package="long_pkg")
    return root, hostile, benign_build


def test_long_hostile_text_reaches_every_place_and_forces_wrapping(long_build):
    _, hostile, _ = long_build
    files = python_files(hostile.files)
    joined = "\n".join(files.values())
    for text in LONG_NAMES + LONG_TEXTS:
        assert pyfmt.py_str(text) in joined or pyfmt.py_str(text)[1:-1] in joined, text  # every text is in the code
    # long enough to wrap: black-style splits where spec text sits
    assert sum(text.count("(\n") for text in files.values()) > 50
    kinds = {rel.split("/")[1] if "/" in rel else rel for rel in files}
    assert {"_operations.py", "models", "resources", "stub", "webhooks.py", "_client.py"} <= kinds


def test_long_hostile_output_compiles_and_is_black_clean(long_build):
    _, hostile, _ = long_build
    for rel, text in python_files(hostile.files).items():
        compile(text, rel, "exec", dont_inherit=True)
        assert black.format_str(text, mode=black.Mode()) == text, rel


def test_long_hostile_text_changes_constants_only(long_build):
    _, hostile, benign_build = long_build
    hostile_py, benign_py = python_files(hostile.files), python_files(benign_build.files)
    assert sorted(hostile_py) == sorted(benign_py)
    for rel in sorted(hostile_py):
        assert masked_dump(hostile_py[rel]) == masked_dump(benign_py[rel]), rel
    # and the data files (the stub's schema table): valid JSON of the same shape
    data = sorted(rel for rel in hostile.files if rel.endswith(".json"))
    assert data == sorted(rel for rel in benign_build.files if rel.endswith(".json")) and data
    for rel in data:
        assert json_shape(json.loads(hostile.files[rel])) == json_shape(json.loads(benign_build.files[rel])), rel


def json_shape(value):
    """A JSON value with every string (mapping keys too) masked."""
    if isinstance(value, str):
        return "S"
    if isinstance(value, list):
        return [json_shape(v) for v in value]
    if isinstance(value, dict):
        return sorted((json_shape(v) for v in value.values()), key=repr)
    return value


def test_long_hostile_text_reads_back_unchanged(long_build):
    root, hostile, _ = long_build
    out = root / "out"
    write_tree(hostile.files, out)
    sys.path.insert(0, str(out))
    try:
        pkg = importlib.import_module("long_pkg")
        ops = pkg.OPERATIONS
        assert set(ops) == set(LONG_NAMES[1:4])
        read = ops[LONG_NAMES[1]]
        assert read.path.startswith("/things/note: aaa | bbb") and read.summary == LONG_TEXTS[0]
        assert {p.name for p in read.params} >= {LONG_NAMES[2], "filter", LONG_NAMES[3]}
        models = importlib.import_module("long_pkg.models")
        fields = models.Thing.model_fields
        by_wire = {(f.validation_alias or name): f for name, f in fields.items()}
        assert by_wire[LONG_NAMES[0]].is_required()
        for i, name in enumerate(LONG_NAMES[1:], start=1):
            assert by_wire[name].default == LONG_TEXTS[(i + 1) % len(LONG_TEXTS)], name
        thing = models.Thing.model_validate({LONG_NAMES[0]: "x", LONG_NAMES[3] + " either": 5})
        assert thing.model_dump(by_alias=True, exclude_unset=True) == {LONG_NAMES[0]: "x", LONG_NAMES[3] + " either": 5}
        webhooks = importlib.import_module("long_pkg.webhooks")
        assert set(webhooks.NOTIFICATION_TYPES) >= {LONG_NAMES[6], LONG_NAMES[7]}
        table = importlib.import_module("long_pkg.stub._schemas")  # read from _schemas.json
        stub_fields = {f.name: f for f in table.MODELS["Thing"].fields}
        assert set(LONG_NAMES[:1]) | {LONG_NAMES[3] + " either"} <= set(stub_fields)
        assert stub_fields[LONG_NAMES[0]].required
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "long_pkg" or m.startswith("long_pkg.")]:
            del sys.modules[name]


# -- output that provably parses ------------------------------------------------------------

MINI = Path(__file__).parent / "fixtures" / "mini.yaml"


@pytest.mark.sources
def test_a_broken_emitted_file_is_a_located_generator_bug_and_nothing_is_written(tmp_path, monkeypatch, capsys):
    from generator.cli import main
    from generator.emit.sdk import Renderer
    from generator.writer import read_tree

    out = tmp_path / "out"
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_pkg"]) == 0
    before = read_tree(out)
    original = Renderer.operations_module

    def broken(self):  # an emitter bug: one line of it is not Python
        return original(self).replace("\nOPERATIONS", "\nbroken = = 1\nOPERATIONS", 1)

    monkeypatch.setattr(Renderer, "operations_module", broken)
    capsys.readouterr()
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_pkg"]) == 1
    err = capsys.readouterr().err
    line = broken(_renderer()).split("\n").index("broken = = 1") + 1
    assert f"mini_pkg/_operations.py:{line}:" in err and "generator bug" in err and "broken = = 1" in err, err
    assert "Traceback" not in err
    assert read_tree(out) == before  # the previous output, untouched


def _renderer():
    from generator.emit.sdk import Renderer
    from generator.pipeline import build_api

    return Renderer(build_api(MINI, package="mini_pkg"), "0")


@pytest.mark.sources
def test_a_broken_template_is_located_too(tmp_path, monkeypatch):
    from generator.emit.sdk import Renderer
    from generator.format.tree import GeneratorBug

    original = Renderer.template

    def template(self, name, **context):
        text = original(self, name, **context)
        return text + "\ndef broken(:\n" if name == "client.py.j2" else text

    monkeypatch.setattr(Renderer, "template", template)
    with pytest.raises(GeneratorBug) as caught:
        generate(MINI, package="mini_pkg")
    message = str(caught.value)
    assert "mini_pkg/_client.py:" in message and "generator bug" in message and "def broken(:" in message


@pytest.mark.sources
def test_ruffs_formatter_runs_in_this_process_and_a_missing_one_is_a_clear_error(monkeypatch):
    """The formatting pass formats from strings through ``ruff-api`` (no ``ruff`` process, no
    temporary files), with black's defaults; without the extension, a clear error."""
    import subprocess

    from generator.errors import GeneratorError
    from generator.format import tree

    def no_process(*args, **kwargs):
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    text = "x = f( 1 )\nclass C :\n  y : int=1\n"
    assert tree.format_python({"pkg/m.py": text}, use_cache=False) == {"pkg/m.py": "x = f(1)\n\n\nclass C:\n    y: int = 1\n"}
    monkeypatch.setitem(sys.modules, "ruff_api", None)  # what an uninstalled one looks like
    with pytest.raises(GeneratorError, match="ruff-api is not installed"):
        tree.ruff_format({"pkg/m.py": text})


def test_formatter_failures_are_located_generator_bugs(tmp_path, monkeypatch):
    from generator.format import blackcache, tree

    # ruff's formatter failing on a file (a parse error compile() accepted, say): located by
    # the byte range it gives (byte 15 is the "+": the "é" before it is two bytes, one column)
    import ruff_api

    def parse_error(path, source, options=None):
        raise ruff_api.ParseError("Expected an expression at byte range 15..16")

    monkeypatch.setattr(ruff_api, "format_string", parse_error)
    with pytest.raises(tree.GeneratorBug, match=r"^pkg/m\.py:2:9: generator bug: ruff's formatter failed \(Expected an expression\)"):
        tree.format_python({"pkg/m.py": "x = 1\ny = 'é' + 3\n"}, use_cache=False)

    # a panic inside the extension (pyo3 raises it as a BaseException): located too
    class PanicException(BaseException):
        pass

    def panic(path, source, options=None):
        raise PanicException("index out of bounds")

    monkeypatch.setattr(ruff_api, "format_string", panic)
    with pytest.raises(tree.GeneratorBug, match=r"^pkg/m\.py: generator bug: ruff's formatter failed \(index out of bounds\)"):
        tree.format_python({"pkg/m.py": "x = 1\n"}, use_cache=False)
    monkeypatch.undo()

    # black failing on a file it is given: located as well
    def refuse(source: str, line_length: int = 88) -> str:
        raise RuntimeError("cannot parse")

    monkeypatch.setattr(blackcache, "format", refuse)
    with pytest.raises(tree.GeneratorBug, match=r"^pkg/m\.py: generator bug: black could not format"):
        tree.format_python({"pkg/m.py": 'class C:\n    note: str = "' + "n" * 90 + '"\n'}, use_cache=False)


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("x = 1\ny = (\n", "m.py:2:"),
        ("def f():\nreturn 1\n", "m.py:2:"),
        ("x = 1\n\tif x:\n", "m.py:2:"),
        ("x = '\x00'\n", "m.py"),
        ("x = 'a\n", "m.py:1:"),
        # errors only the compiler proper finds (after the parser)
        ("x = 1\nreturn x\n", "m.py:2:"),
        ("f(a=1, a=2)\n", "m.py:1:"),
        ("def f(a, a):\n    pass\n", "m.py:1:"),
        ("x = 1\nbreak\n", "m.py:2:"),
        # code ``optimize=2`` would not generate: still compiled in full
        ("x = 1\nassert (yield x)\n", "m.py:2:"),
        ("if __debug__:\n    x = [(yield)]\n", "m.py:2:"),
    ],
)
def test_every_kind_of_unparsable_output_is_located(source, where):
    from generator.format.tree import GeneratorBug, check_compiles

    with pytest.raises(GeneratorBug) as caught:
        check_compiles("m.py", source)
    assert str(caught.value).startswith(where) and "generator bug" in str(caught.value)
