"""The two validation paths: the fast default check and openapi-spec-validator.

A corpus of broken specs (each a small mutation of a valid one, written here) goes through
both; the fast path rejects every one the full validator rejects (those that are only
warnings by default are errors under --strict), and says where.
"""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.errors import Problem, SpecError
from generator.load.document import LoadOptions, load
from generator.load.validate import Locations, full_check

OK = {"200": {"description": "ok"}}


def base(version: str = "3.0.3") -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "T", "version": "1.0"},
        "tags": [{"name": "things"}],
        "paths": {
            "/things/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "get": {"operationId": "thingRead", "tags": ["things"], "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}},
            },
            "/things": {
                "post": {
                    "operationId": "thingCreate",
                    "parameters": [{"name": "dry", "in": "query", "schema": {"type": "boolean", "default": False}}],
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "responses": {"201": {"description": "made"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {"name": {"type": "string"}, "kind": {"type": "string", "enum": ["a", "b"], "default": "a"}},
                },
                "Both": {"allOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "object", "properties": {"extra": {"type": "integer"}}}]},
            }
        },
    }


def thing(doc: dict) -> dict:
    return doc["components"]["schemas"]["Thing"]


def op(doc: dict) -> dict:
    return doc["paths"]["/things"]["post"]


def _set(fn: Callable[[dict], Any]) -> Callable[[dict], None]:
    return fn  # readability: each case mutates the document in place


# (name, mutation, warning_only): warning_only cases pass the fast path with a warning and
# fail it with --strict; every other case fails the fast path outright. Every case is
# broken for openapi-spec-validator too (the parity test checks that first).
CASES: list[tuple[str, Callable[[dict], Any], bool]] = [
    ("no info", lambda d: d.pop("info"), False),
    ("no info.version", lambda d: d["info"].pop("version"), False),
    ("info is a list", lambda d: d.__setitem__("info", ["T"]), False),
    ("openapi version malformed", lambda d: d.__setitem__("openapi", "3.0"), False),
    ("path not starting with /", lambda d: d["paths"].__setitem__("things", d["paths"].pop("/things")), False),
    ("operation without responses", lambda d: op(d).pop("responses"), False),
    ("empty responses", lambda d: op(d).__setitem__("responses", {}), False),
    ("response without description", lambda d: op(d)["responses"]["201"].pop("description"), False),
    ("bad response code", lambda d: op(d)["responses"].__setitem__("2000", {"description": "x"}), False),
    ("parameter without in", lambda d: op(d)["parameters"][0].pop("in"), False),
    ("parameter in body", lambda d: op(d)["parameters"][0].__setitem__("in", "body"), False),
    ("path parameter not required", lambda d: d["paths"]["/things/{id}"]["parameters"][0].pop("required"), False),
    ("parameter without schema or content", lambda d: op(d)["parameters"][0].pop("schema"), False),
    ("unknown schema type", lambda d: thing(d)["properties"]["name"].__setitem__("type", "strin"), False),
    ("properties is a list", lambda d: thing(d).__setitem__("properties", [{"name": {"type": "string"}}]), False),
    ("required is a string", lambda d: thing(d).__setitem__("required", "name"), False),
    ("duplicate enum values", lambda d: thing(d)["properties"]["kind"].__setitem__("enum", ["a", "b", "a"]), False),
    ("required undefined beside allOf", lambda d: d["components"]["schemas"]["Both"].__setitem__("required", ["nowhere"]), False),
    ("path parameter missing from the list", lambda d: d["paths"]["/things/{id}"].pop("parameters"), False),
    ("path parameter missing from the URL", lambda d: d["paths"].__setitem__("/things/{id}/x", d["paths"].pop("/things/{id}")) or d["paths"]["/things/{id}/x"]["parameters"].append({"name": "gone", "in": "path", "required": True, "schema": {"type": "string"}}), False),
    ("duplicate operationId", lambda d: op(d).__setitem__("operationId", "thingRead"), False),
    ("duplicate parameter", lambda d: op(d)["parameters"].append(dict(op(d)["parameters"][0])), False),
    ("duplicate tag", lambda d: d["tags"].append({"name": "things"}), False),
    ("request body without content", lambda d: op(d)["requestBody"].pop("content"), False),
    ("server without url", lambda d: d.__setitem__("servers", [{"description": "x"}]), False),
    ("nullable is a string", lambda d: thing(d).__setitem__("nullable", "yes"), False),
    ("bad security scheme type", lambda d: d["components"].__setitem__("securitySchemes", {"k": {"type": "password"}}), False),
    ("media type schema is a string", lambda d: op(d)["requestBody"]["content"]["application/json"].__setitem__("schema", "Thing"), False),
    ("externalDocs without url", lambda d: d.__setitem__("externalDocs", {"description": "x"}), False),
    ("default of the wrong type", lambda d: op(d)["parameters"][0]["schema"].__setitem__("default", "false"), True),
    ("default outside the enum", lambda d: thing(d)["properties"]["kind"].__setitem__("default", "c"), True),
    ("nested default of the wrong type", lambda d: thing(d)["properties"]["name"].__setitem__("default", 5), True),
]

CASES_31: list[tuple[str, Callable[[dict], Any], bool]] = [
    ("3.1 schema type is a number", lambda d: thing(d)["properties"]["name"].__setitem__("type", 5), False),
    ("3.1 no paths, components or webhooks", lambda d: [d.pop("paths"), d.pop("components")], False),
    ("3.1 default of the wrong type", lambda d: op(d)["parameters"][0]["schema"].__setitem__("default", "false"), True),
]


# openapi-spec-validator reports these without any path or name to locate them by: the
# full path then says "at the document root" (the fast path locates each of them); in the
# last the root object itself is what is wrong
FULL_UNLOCATED = {"duplicate parameter", "required undefined beside allOf", "3.1 no paths, components or webhooks"}


def broken(case: tuple[str, Callable[[dict], Any], bool], version: str) -> dict:
    doc = copy.deepcopy(base(version))
    case[1](doc)
    return doc


def write(tmp_path: Path, doc: dict, name: str = "spec.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc))
    return path


def fast(path: Path, strict: bool) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) of the default check."""
    warnings: list[Problem] = []
    try:
        load(path, options=LoadOptions(check="fast", strict=strict, warn=warnings.append))
    except SpecError as exc:
        return list(exc.problems) or [Problem(exc.message)], warnings
    return [], warnings


def located(problem: Problem) -> bool:
    if problem.line is not None:
        return True
    return bool(problem.pointer) and problem.pointer not in ("/",) and bool(problem.file)


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_the_valid_base_passes_both_paths(tmp_path, version):
    path = write(tmp_path, base(version))
    assert fast(path, strict=True) == ([], [])
    assert full_check(base(version), Locations(str(path))) == []


@pytest.mark.parametrize(("case", "version"), [(c, "3.0.3") for c in CASES] + [(c, "3.1.0") for c in CASES_31], ids=lambda v: v[0] if isinstance(v, tuple) else v)
def test_parity_fast_rejects_what_the_full_validator_rejects(tmp_path, case, version):
    doc = broken(case, version)
    path = write(tmp_path, doc)
    full = full_check(copy.deepcopy(doc), Locations(str(path)))
    assert full, f"corpus case {case[0]!r} is not broken for openapi-spec-validator"
    unlocated = [p for p in full if not located(p) or p.pointer == "the document root"]
    assert not unlocated or case[0] in FULL_UNLOCATED, unlocated
    strict_errors, _ = fast(path, strict=True)
    assert strict_errors, f"the fast path under --strict accepts {case[0]!r}; full says {full[0]}"
    assert all(located(p) for p in strict_errors), strict_errors
    errors, warnings = fast(path, strict=False)
    if case[2]:
        assert not errors and warnings and all(located(w) for w in warnings), (errors, warnings)
    else:
        assert errors and all(located(p) for p in errors), errors


# broken, but openapi-spec-validator 0.9 lets them through: the fast path still refuses them
FAST_ONLY: list[tuple[str, Callable[[dict], Any], bool]] = [
    ("unresolved $ref", lambda d: op(d)["requestBody"]["content"]["application/json"].__setitem__("schema", {"$ref": "#/components/schemas/Nope"}), False),
    ("unresolved $ref to another file", lambda d: op(d)["requestBody"]["content"]["application/json"].__setitem__("schema", {"$ref": "other.json#/Thing"}), False),
    ("required undefined in a plain schema", lambda d: thing(d).__setitem__("required", ["name", "ghost"]), True),
]


@pytest.mark.parametrize("case", FAST_ONLY, ids=lambda c: c[0])
def test_fast_path_also_rejects(tmp_path, case):
    path = write(tmp_path, broken(case, "3.0.3"))
    errors, _ = fast(path, strict=case[2])
    assert errors and all(located(p) for p in errors), errors


def test_corpus_is_big_enough():
    assert len(CASES) + len(CASES_31) >= 25


def test_fast_path_locates_by_pointer(tmp_path):
    errors, _ = fast(write(tmp_path, broken(CASES[13], "3.0.3")), strict=False)
    assert any(p.pointer.startswith("/components/schemas/Thing/properties/name") for p in errors), errors
    errors, _ = fast(write(tmp_path, broken(CASES[0], "3.0.3")), strict=False)
    assert [p.pointer for p in errors] == ["/info (missing)"]


def test_warning_is_printed_located_and_generation_goes_on(tmp_path, capsys):
    doc = base()
    op(doc)["parameters"][0]["schema"]["default"] = "false"  # Open Charge Map's boolean default
    path = write(tmp_path, doc)
    assert main(["generate", str(path), "--out", str(tmp_path / "out"), "--package-name", "ocm_like", "-q"]) == 0
    err = capsys.readouterr().err
    assert re.search(r"warning: .*spec\.json at /paths/~1things/post/parameters/0/schema/default: default \"false\" is string", err), err
    assert main(["generate", str(path), "--out", str(tmp_path / "out2"), "--package-name", "ocm_like", "--strict"]) == 1
    assert "default \"false\"" in capsys.readouterr().err and not (tmp_path / "out2").exists()


def test_non_standard_ref_placement_is_a_warning_and_the_target_is_used(tmp_path, capsys):
    """DigitalOcean-style: operations and a description given as $ref to other files."""
    (tmp_path / "ops").mkdir()
    operation = json.loads(json.dumps(op(base())).replace('"#/components', '"../spec.json#/components'))
    (tmp_path / "ops" / "create.json").write_text(json.dumps(operation))
    (tmp_path / "intro.yaml").write_text("text: An API described elsewhere.\n")
    doc = base()
    doc["paths"]["/things"]["post"] = {"$ref": "ops/create.json"}
    doc["info"]["description"] = {"$ref": "intro.yaml#/text"}
    path = write(tmp_path, doc)
    warnings: list[Problem] = []
    document = load(path, options=LoadOptions(warn=warnings.append))
    assert {w.pointer for w in warnings} == {"/paths/~1things/post", "/info/description"}
    assert all("non-standard $ref placement" in w.message for w in warnings)
    assert document.data["paths"]["/things"]["post"]["operationId"] == "thingCreate"
    assert document.data["info"]["description"] == "An API described elsewhere."
    assert main(["generate", str(path), "--out", str(tmp_path / "out"), "--package-name", "do_like", "-q"]) == 0
    assert "non-standard $ref placement" in capsys.readouterr().err
    assert "thingCreate" in (tmp_path / "out" / "do_like" / "_operations.py").read_text()
    with pytest.raises(SpecError, match="non-standard"):
        load(path, options=LoadOptions(strict=True))


def test_discriminator_mapping_to_nothing_is_a_warning(tmp_path):
    doc = base()
    doc["components"]["schemas"]["Pet"] = {"oneOf": [{"$ref": "#/components/schemas/Thing"}], "discriminator": {"propertyName": "name", "mapping": {"x": "#/components/schemas/Gone", "t": "Thing"}}}
    errors, warnings = fast(write(tmp_path, doc), strict=False)
    assert not errors and [w.pointer for w in warnings] == ["/components/schemas/Pet/discriminator/mapping/x"]


def test_error_in_a_referenced_file_names_that_file(tmp_path):
    (tmp_path / "schemas.json").write_text(json.dumps({"Thing": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["a", "a"]}}}}))
    doc = base()
    doc["components"]["schemas"]["Thing"] = {"$ref": "schemas.json#/Thing"}
    errors, _ = fast(write(tmp_path, doc), strict=False)
    assert any(p.file.endswith("schemas.json") and p.pointer == "/Thing/properties/kind/enum/1" for p in errors), errors


def test_each_distinct_schema_is_checked_once(tmp_path, monkeypatch):
    """A thousand copies of one inline schema cost one check."""
    from generator.load import validate

    doc = base()
    schema = {"type": "object", "properties": {"a": {"type": "string", "enum": ["x", "y"]}}}
    for i in range(1000):
        doc["paths"][f"/copies{i}"] = {"get": {"operationId": f"copy{i}", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": copy.deepcopy(schema)}}}}}}
    calls = []
    original = validate.SemanticChecker.check_schema
    monkeypatch.setattr(validate.SemanticChecker, "check_schema", lambda self, node, parts: calls.append(parts) or original(self, node, parts))
    assert fast(write(tmp_path, doc), strict=True) == ([], [])
    copies = [p for p in calls if p[0] == "paths" and str(p[1]).startswith("/copies")]
    assert len(copies) == 2  # the object and its one property, once


def test_fast_check_is_linear(tmp_path):
    """Twice the operations, about twice the time (not four times)."""
    from generator.load.validate import fast_check

    def spec(n: int) -> dict:
        doc = base()
        for i in range(n):
            doc["paths"][f"/r{i}/{{id}}"] = {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "get": {"operationId": f"r{i}", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object", "properties": {f"p{i}": {"type": "string", "default": "x"}}}}}}}},
            }
        return doc

    def best(n: int) -> float:
        """Least CPU time of five runs, the cyclic collector off (as during generation)."""
        import gc

        times = []
        for _ in range(5):
            doc = spec(n)
            gc.disable()
            try:
                started = time.process_time()
                found = fast_check(doc, Locations("x.json"))
                times.append(time.process_time() - started)
            finally:
                gc.enable()
            assert not found.errors
        return min(times)

    small, large = best(1000), best(4000)
    assert large < small * 4 * 2, (small, large)  # quadratic would be 16x; a loaded machine adds noise


def _node_paths(node: Any, where: tuple = ()) -> list[tuple]:
    out = [where]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _node_paths(value, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _node_paths(value, (*where, index))
    return out


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@pytest.mark.parametrize("in_other_file", [False, True], ids=["root", "referenced file"])
def test_every_node_of_the_wrong_kind_is_a_located_error_or_accepted(tmp_path, version, in_other_file):
    """Each node of the base spec (or of a path item it takes from another file) replaced by a
    value of each other JSON kind: the loader and the normaliser either accept it or raise a
    located SpecError, never another exception."""
    from generator.normalise.normaliser import normalise
    from generator.pipeline import deep_recursion

    original = base(version)
    path = tmp_path / "spec.json"
    target = path
    if in_other_file:
        item = json.loads(json.dumps(original["paths"].pop("/things")).replace('"#/components', '"spec.json#/components'))
        original["paths"]["/things"] = {"$ref": "item.json"}
        path.write_text(json.dumps(original))
        original, target = item, tmp_path / "item.json"
    rejected = 0
    for where in _node_paths(original)[1:]:
        for value in (5, [], {}, None, "x", True, [1], {"a": 1}):
            doc = copy.deepcopy(original)
            parent = doc
            for part in where[:-1]:
                parent = parent[part]
            parent[where[-1]] = value
            target.write_text(json.dumps(doc))
            try:
                with deep_recursion():
                    normalise(load(path, options=LoadOptions(warn=lambda p: None)), "mutated")
            except SpecError as exc:
                rejected += 1
                assert exc.problems and all(located(p) for p in exc.problems), (where, value, str(exc))
    assert rejected > (100 if in_other_file else 300)  # most kinds are wrong somewhere: not vacuous


@pytest.mark.parametrize(
    ("name", "content", "ref", "pointer"),
    [
        ("a parameter without in", {"P": {"name": "x", "schema": {"type": "string"}}}, ("parameter", "p.json#/P"), "/P"),
        ("a response without description", {"R": {"content": {}}}, ("response", "r.json#/R"), "/R"),
        ("a path item with a bad operation", {"I": {"get": {"responses": {}}}}, ("path", "i.json#/I"), "/I/get/responses"),
        ("a schema of an unknown type", {"S": {"type": "object", "properties": {"a": {"type": "strin"}}}}, ("schema", "s.json#/S"), "/S/properties/a"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
def test_objects_from_other_files_are_checked_too(tmp_path, name, content, ref, pointer, version):
    """Located in the other file. (openapi-spec-validator's meta-schema pass reads only the
    root document, so of these it rejects just the parameter: the fast path does better.)"""
    role, target = ref
    file = target.partition("#")[0]
    (tmp_path / file).write_text(json.dumps(content))
    doc = base(version)
    if role == "parameter":
        op(doc)["parameters"].append({"$ref": target})
    elif role == "response":
        op(doc)["responses"]["400"] = {"$ref": target}
    elif role == "path":
        doc["paths"]["/other"] = {"$ref": target}
    else:
        op(doc)["requestBody"]["content"]["application/json"]["schema"] = {"$ref": target}
    path = write(tmp_path, doc)
    errors, _ = fast(path, strict=False)
    assert any(p.file.endswith(file) and p.pointer.startswith(pointer) for p in errors), errors


def test_warnings_are_the_same_under_any_hash_seed(tmp_path):
    import os
    import subprocess
    import sys

    doc = base()
    for i in range(6):  # several same-depth non-standard placements, defaults and mappings
        (tmp_path / f"op{i}.json").write_text(json.dumps(dict(op(base()), operationId=f"op{i}", parameters=[], requestBody={"content": {}})))
        doc["paths"][f"/p{i}"] = {"post": {"$ref": f"op{i}.json"}}
        doc["components"]["schemas"][f"S{i}"] = {"type": "boolean", "default": "no", "discriminator": {"propertyName": "x", "mapping": {f"m{i}": "#/nowhere"}}}
    path = write(tmp_path, doc)
    code = "import sys; from pathlib import Path; from generator.load.document import load, LoadOptions; load(Path(sys.argv[1]), options=LoadOptions())"
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, timeout=60, check=False)
        assert result.returncode == 0, result.stderr
        outputs.add(result.stderr)
    assert len(outputs) == 1 and next(iter(outputs)).count("warning:") == 18


# -- the checks that only read the document, beside the normaliser ------------------------


def _build_outcome(path: Path, strict: bool) -> tuple[str, list[str], list[str]]:
    """What ``build_api`` makes of ``path``: (the error's problems or "ok", the warnings
    reported, the IR's warnings)."""
    from generator.pipeline import build_api, deep_recursion

    reported: list[Problem] = []
    options = LoadOptions(check="fast", strict=strict, warn=reported.append)
    try:
        with deep_recursion():
            api = build_api(path, package="spec_api", use_cache=False, options=options)
    except SpecError as exc:
        return "error", [str(p) for p in exc.problems], [str(p) for p in reported]
    return "ok", [str(w) for w in api.warnings], [str(p) for p in reported]


def _alone_and_beside(path: Path, strict: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[str, list[str], list[str]], tuple[str, list[str], list[str]], list[object]]:
    """``_build_outcome`` of ``path`` in one process, then with the read-only checks forked
    beside the normaliser, and the work that was forked."""
    from generator import parallel

    monkeypatch.setattr(parallel, "forking_allowed", lambda: False)
    alone = _build_outcome(path, strict)
    forks: list[object] = []
    real = parallel.in_child

    def counted(fn):  # type: ignore[no-untyped-def]
        forks.append(fn)
        return real(fn)

    monkeypatch.setattr(parallel, "forking_allowed", lambda: True)
    monkeypatch.setattr(parallel, "in_child", counted)
    return alone, _build_outcome(path, strict), forks


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
@pytest.mark.parametrize(("case", "version"), [(c, "3.0.3") for c in CASES] + [(c, "3.1.0") for c in CASES_31], ids=lambda v: v[0] if isinstance(v, tuple) else v)
def test_checks_beside_the_normaliser_find_what_they_find_before_it(tmp_path, monkeypatch, case, version, strict):
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("forking is used on Linux only")
    path = write(tmp_path, broken(case, version))
    alone, beside, forks = _alone_and_beside(path, strict, monkeypatch)
    assert beside == alone
    assert alone[0] == "error" or alone[2], alone  # every case is an error or a warning
    meta_only = alone[0] == "error" and not forks  # the meta-schema's errors stop before the rest
    assert forks or meta_only


def _inlined(doc: dict) -> dict | None:
    """``doc`` with every local ``$ref`` replaced by a copy of its target (None when one
    cannot be: a cycle, or a target that is missing)."""

    def walk(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if not ref.startswith("#/") or ref in seen:
                    raise LookupError(ref)
                target: Any = doc
                for part in ref[2:].split("/"):
                    part = part.replace("~1", "/").replace("~0", "~")
                    target = target[int(part)] if isinstance(target, list) else target[part]
                return walk(copy.deepcopy(target), (*seen, ref))
            return {key: walk(value, seen) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value, seen) for value in node]
        return node

    try:
        return walk(doc, ())
    except (LookupError, IndexError, ValueError, TypeError):
        return None


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
@pytest.mark.parametrize(("case", "version"), [(c, "3.0.3") for c in CASES] + [(c, "3.1.0") for c in CASES_31], ids=lambda v: v[0] if isinstance(v, tuple) else v)
def test_a_spec_without_refs_is_checked_wholly_beside_the_normaliser(tmp_path, monkeypatch, case, version, strict):
    """A JSON spec with no $ref anywhere: the meta-schema pass (which can change a document
    only by inlining a misplaced $ref) joins the other checks in the child, and the outcome
    is the one of checking before normalising."""
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("forking is used on Linux only")
    doc = _inlined(broken(case, version))
    if doc is None:
        pytest.skip("this case needs its $ref")
    path = write(tmp_path, doc)
    assert "$ref" not in path.read_text()
    alone, beside, forks = _alone_and_beside(path, strict, monkeypatch)
    assert beside == alone
    if not forks:  # only a problem found on reading, before any check (a duplicate operationId)
        with pytest.raises(SpecError):
            load(path, validate=False)


def test_when_the_normaliser_fails_the_specs_own_problems_are_reported(tmp_path, monkeypatch):
    """The normaliser may trip over what the checks beside it report: their verdict comes
    first; on a valid spec its own error goes through."""
    from generator import parallel, pipeline

    monkeypatch.setattr(parallel, "forking_allowed", lambda: True)

    def tripped(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("normaliser tripped")

    monkeypatch.setattr(pipeline, "normalise", tripped)
    bad = write(tmp_path, broken(next(c for c in CASES if c[0] == "duplicate enum values"), "3.0.3"), "bad.json")
    with pytest.raises(SpecError, match="problem") as caught:
        pipeline.build_api(bad, use_cache=False, options=LoadOptions(check="fast"))
    assert any("enum" in p.message for p in caught.value.problems)
    good = write(tmp_path, base(), "good.json")
    with pytest.raises(RuntimeError, match="normaliser tripped"):
        pipeline.build_api(good, use_cache=False, options=LoadOptions(check="fast"))


def test_schemas_equal_as_json_are_one_whatever_their_key_order_and_no_others_are():
    """The roots are grouped by canonical JSON (``distinct_roots``), the bytes of their exact
    writing only saving the JSON of repeats: keys in another order are still the same schema,
    1 and 1.0 and True are not, and what marshal cannot write is grouped by its JSON alone."""
    import datetime

    from generator.load.validate import SemanticChecker

    def root(schema: Any) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": schema}}}

    schemas = [
        {"type": "integer", "default": 1},
        {"default": 1, "type": "integer"},  # the same, keys in another order
        {"type": "integer", "default": 1.0},
        {"type": "integer", "default": True},
        {"type": "integer", "default": 1},  # the first again
        {"type": "string", "example": datetime.date(2020, 1, 2)},  # no JSON, no marshal: always checked
        {"type": "string", "example": datetime.date(2020, 1, 2)},
    ]
    data = {"openapi": "3.0.3", "x": [root(s) for s in schemas]}
    roots = SemanticChecker(data, Locations("f")).distinct_roots()
    assert [parts[1] for _, parts in roots] == [0, 2, 3, 5, 6]
