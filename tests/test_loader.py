"""Bad input gets a clear, located error (and the CLI exits 1 without a traceback)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from generator.cli import main
from generator.errors import SpecError
from generator.load.document import load

MINIMAL = {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {}}


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def op(op_id: str) -> dict:
    return {"operationId": op_id, "responses": {"200": {"description": "ok"}}}


def error_of(path: Path, **kwargs) -> str:
    with pytest.raises(SpecError) as info:
        load(path, **kwargs)
    return str(info.value)


def test_missing_file(tmp_path):
    assert "no such file" in error_of(tmp_path / "nope.json")


def test_directory(tmp_path):
    assert "is a directory" in error_of(tmp_path)


def test_unreadable(tmp_path, monkeypatch):
    path = write(tmp_path, "x.json", "{}")
    if os.geteuid() == 0:  # root reads any file: simulate what chmod 0 does to others

        def refuse(self):
            raise PermissionError(13, "Permission denied", str(self))

        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        path.chmod(0)
    assert "permission denied" in error_of(path)


def test_empty(tmp_path):
    assert "empty" in error_of(write(tmp_path, "x.json", "  \n"))


def test_invalid_json_has_line_and_column(tmp_path):
    message = error_of(write(tmp_path, "x.json", '{\n  "openapi": "3.0.0",\n  "info": }\n'))
    assert "x.json:3:11" in message and "invalid JSON" in message


def test_invalid_yaml_has_line_and_column(tmp_path):
    message = error_of(write(tmp_path, "x.yaml", "openapi: 3.0.0\ninfo:\n  title: [unclosed\n  version: 1\n"))
    assert "invalid YAML" in message and "x.yaml:" in message
    assert any(f"x.yaml:{n}:" in message for n in range(3, 6))


def test_not_openapi(tmp_path):
    assert "no 'openapi' field" in error_of(write(tmp_path, "x.json", '{"hello": 1}'))
    assert "top level is not a mapping" in error_of(write(tmp_path, "y.json", "[1, 2]"))


def test_swagger_2_is_unsupported(tmp_path):
    assert "Swagger 2.0 documents are not supported" in error_of(write(tmp_path, "x.json", '{"swagger": "2.0"}'))


def test_openapi_4_is_unsupported(tmp_path):
    assert "unsupported OpenAPI version" in error_of(write(tmp_path, "x.json", '{"openapi": "4.0.0"}'))


def test_validator_error_has_pointer(tmp_path):
    doc = dict(MINIMAL, paths={"/x": {"get": {"operationId": "x"}}})
    message = error_of(write(tmp_path, "x.json", json.dumps(doc)), use_cache=False)
    assert "/paths/~1x/get" in message and "responses" in message


def test_missing_ref_target_and_duplicate_ids_reported_together(tmp_path):
    doc = dict(
        MINIMAL,
        paths={
            "/a": {"get": op("same")},
            "/b": {"get": dict(op("same"), parameters=[{"$ref": "#/components/parameters/nope"}])},
        },
    )
    message = error_of(write(tmp_path, "x.json", json.dumps(doc)))
    assert "2 problems found" in message
    assert "duplicate operationId 'same'" in message and "/paths/~1b/get/operationId" in message
    assert "unresolvable reference" in message and "/paths/~1b/get/parameters/0" in message


def test_checksum_mismatch(tmp_path):
    path = write(tmp_path, "x.json", json.dumps(MINIMAL))
    assert "checksum mismatch" in error_of(path, expected_sha256="0" * 64)


def test_ref_to_other_file_is_followed(tmp_path):
    write(tmp_path, "schemas.yaml", "Thing:\n  type: object\n  properties:\n    name: {type: string}\n")
    doc = dict(
        MINIMAL,
        paths={"/t": {"get": {"operationId": "thingRead", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "schemas.yaml#/Thing"}}}}}}}},
    )
    document = load(write(tmp_path, "api.json", json.dumps(doc)))
    target, file, pointer = document.resolver.lookup("schemas.yaml#/Thing")
    assert target["properties"]["name"]["type"] == "string" and file.name == "schemas.yaml"


@pytest.mark.parametrize(
    ("content", "name", "needle"),
    [
        ("", "empty.json", "empty"),
        ("{oops", "bad.json", "invalid JSON"),
        ('{"swagger": "2.0"}', "old.json", "Swagger"),
    ],
)
def test_cli_reports_without_traceback(tmp_path, capsys, content, name, needle):
    path = write(tmp_path, name, content)
    assert main(["validate", str(path)]) == 1
    err = capsys.readouterr().err
    assert needle in err and "Traceback" not in err
    assert main(["generate", str(path), "--out", str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()


def test_validator_error_inside_a_schema_has_the_document_pointer(tmp_path):
    schema = {"type": "object", "properties": {"s": {"type": "string", "enum": ["a", "a"]}}}
    doc = dict(MINIMAL, paths={"/x": {"get": {"operationId": "x", "responses": {"200": {"description": "d", "content": {"application/json": {"schema": schema}}}}}}})
    message = error_of(write(tmp_path, "x.json", json.dumps(doc)), use_cache=False)
    assert "/paths/~1x/get/responses/200/content/application~1json/schema/properties/s/enum" in message


# -- a JSON text that cannot spell "$ref" is not walked for references ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"a": {"b": 1}, "c": "\\u00e9"}', True),
        ('{"a": {"$ref": "#/x"}}', False),
        ('{"a": "see $ref"}', False),  # mentioned in a text: looked for anyway
        ('{"a": {"\\u0024ref": "#/x"}}', False),
        ('{"a": {"$r\\u0065f": "#/x"}}', False),
        ('{"a": {"\\u0024\\u0052EF": 1}}', False),  # upper-case hex digits, other letters: still refused
        ('{"a": {"\\u0024\\u0072\\u0065\\u0066": "#/x"}}', False),
    ],
)
def test_json_spells_no_ref(text, expected):
    from generator.load.document import json_spells_no_ref

    assert json_spells_no_ref(text) is expected


@pytest.mark.parametrize("key", ["$ref", "\\u0024ref", "$re\\u0066", "\\u0024\\u0072\\u0065\\u0066"])
def test_a_ref_spelled_with_escapes_is_still_checked(tmp_path, key):
    schema = '{"type": "object", "properties": {"a": {"KEY": "#/components/schemas/Missing"}}}'.replace("KEY", key)
    text = (
        '{"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": {"/x": {"get": {"operationId": "x",'
        ' "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": SCHEMA}}}}}}}}'
    ).replace("SCHEMA", schema)
    message = error_of(write(tmp_path, "x.json", text), validate=False)
    assert "unresolvable reference" in message and "/paths/~1x/get/responses/200/content/application~1json/schema/properties/a" in message


def test_a_ref_free_json_document_reaches_no_component(tmp_path):
    from generator.normalise.refs import referenced
    from generator.normalise.state import State

    spec = {**MINIMAL, "paths": {"/x": {"get": op("x")}}, "components": {"schemas": {"A": {"type": "string"}}}}
    document = load(write(tmp_path, "x.json", json.dumps(spec)), validate=False)
    assert document.resolver.holds_no_ref()
    assert referenced(State(document)) == set()
    with_ref = {**spec, "paths": {"/x": {"get": {**op("x"), "requestBody": {"$ref": "#/components/requestBodies/B"}}}}}
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}
    with_ref["components"] = {**spec["components"], "requestBodies": {"B": body}}
    document = load(write(tmp_path, "y.json", json.dumps(with_ref)), validate=False)
    assert not document.resolver.holds_no_ref()
    root = document.resolver.root_path
    assert referenced(State(document)) == {f"{root}#/components/requestBodies/B", f"{root}#/components/schemas/A"}


def test_a_spec_is_read_and_hashed_once_while_it_stays_as_it_was(tmp_path, monkeypatch):
    """``spec_bytes`` (the up-to-date check, the IR cache's key and the loader all ask for
    the spec's bytes and sha256) reads the file again only once it changed."""
    import hashlib

    from generator.load import files

    path = write(tmp_path, "x.json", json.dumps(MINIMAL))
    reads: list[Path] = []
    real = files.read_bytes
    monkeypatch.setattr(files, "read_bytes", lambda p: reads.append(p) or real(p))
    first = files.spec_bytes(path)
    assert first == (path.read_bytes(), hashlib.sha256(path.read_bytes()).hexdigest())
    assert files.spec_bytes(path, first[1]) == first and len(reads) == 1
    changed = json.dumps({**MINIMAL, "paths": {"/a": {}}})
    path.write_text(changed)
    os.utime(path, ns=(1, 1))  # a new size and time, as an edit gives
    assert files.spec_bytes(path)[0] == changed.encode() and len(reads) == 2
    with pytest.raises(SpecError, match="checksum mismatch"):
        files.spec_bytes(path, first[1])  # the pin is checked on a remembered read too
    assert len(reads) == 2


def test_generate_of_a_plain_path_reads_the_spec_once(tmp_path, monkeypatch):
    """Looking the path up among the manifest's versions (by its bytes), the up-to-date
    check, the IR cache's key and the loader: one read and one hash of the file in all."""
    from generator.cli import main

    path = write(tmp_path, "x.json", json.dumps(MINIMAL))
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    reads: list[str] = []
    real_open = open

    def counting_open(file, *args, **kwargs):  # every read of the file, however it is made
        if isinstance(file, (str, Path)) and Path(file) == path:
            reads.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    monkeypatch.setattr("io.open", counting_open)
    assert main(["generate", str(path), "--out", str(tmp_path / "out"), "-q"]) == 0
    assert len(reads) == 1, reads


def test_a_spec_unchanged_since_its_sha256_was_noted_is_not_read_again(tmp_path, monkeypatch):
    """``spec_sha256`` notes a spec's sha256 by its size, time and inode (in the user's
    cache): a later run, a new process, reads the file only once it changed; the
    manifest's pin is checked against the noted sha256 too."""
    from generator.load import files

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    path = write(tmp_path, "x.json", json.dumps(MINIMAL))
    reads: list[Path] = []
    real = files.read_bytes
    monkeypatch.setattr(files, "read_bytes", lambda p: reads.append(p) or real(p))
    first = files.spec_sha256(path)
    assert first == hashlib.sha256(path.read_bytes()).hexdigest() and len(reads) == 1
    monkeypatch.setattr(files, "_last", None)  # a new process: only the note is left
    assert files.spec_sha256(path, first) == first and len(reads) == 1
    with pytest.raises(SpecError, match="checksum mismatch"):
        files.spec_sha256(path, "0" * 64)
    path.write_text(json.dumps({**MINIMAL, "paths": {"/a": {}}}))
    os.utime(path, ns=(1, 1))  # a new size and time, as an edit gives
    monkeypatch.setattr(files, "_last", None)
    changed = files.spec_sha256(path)
    assert changed == hashlib.sha256(path.read_bytes()).hexdigest() != first and len(reads) == 2
    # a note that cannot be read or written only means reading the file
    for note in (tmp_path / "cache" / "specs").iterdir():
        note.write_bytes(b"\xff\xfe not a note")
    monkeypatch.setattr(files, "_last", None)
    assert files.spec_sha256(path) == changed and len(reads) == 3


def test_a_note_is_computed_again_once_a_file_it_covers_changes(tmp_path, monkeypatch):
    from generator.load import files

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    tree = tmp_path / "code"
    tree.mkdir()
    (tree / "a.py").write_text("a = 1\n")
    (tree / "b.py").write_text("b = 2\n")
    computed: list[int] = []

    def state() -> str:
        return files.stat_state([(str(p), p.stat()) for p in sorted(tree.iterdir())])

    def digest() -> str:
        computed.append(1)
        return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(tree.iterdir()))).hexdigest()

    first = files.remembered("code", str(tree), state(), digest)
    assert files.remembered("code", str(tree), state(), digest) == first and len(computed) == 1
    (tree / "b.py").write_text("b = 3\n")
    os.utime(tree / "b.py", ns=(2, 2))
    assert files.remembered("code", str(tree), state(), digest) != first and len(computed) == 2
    (tree / "c.py").write_text("")  # a file added
    files.remembered("code", str(tree), state(), digest)
    assert len(computed) == 3


def test_an_unchanged_generate_reads_neither_the_spec_nor_the_generator_code(tmp_path, monkeypatch):
    """The up-to-date check of a plain path: the spec's sha256 and the generator's code
    digest come from their notes (by size, time and inode), the output's state from its."""
    from generator.cli import main
    from generator.load import files
    from generator.versions import ircache

    path = write(tmp_path, "x.json", json.dumps(MINIMAL))
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    out = tmp_path / "out"
    ircache.generator_digest.cache_clear()  # worked out (and noted) in this cache, not taken from an earlier test
    assert main(["generate", str(path), "--out", str(out), "-q"]) == 0
    monkeypatch.setattr(files, "_last", None)  # as a new process finds it
    ircache.generator_digest.cache_clear()
    code = Path(ircache.__file__).resolve().parent.parent
    opened: list[str] = []
    real_open = open

    def counting_open(file, *args, **kwargs):
        if isinstance(file, (str, Path)) and (Path(file) == path or Path(file).is_relative_to(code)):
            opened.append(str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", counting_open)
    monkeypatch.setattr("io.open", counting_open)
    try:
        assert main(["generate", str(path), "--out", str(out)]) == 0
    finally:
        ircache.generator_digest.cache_clear()
    assert opened == []


def test_an_unchanged_generate_imports_no_stage_nor_dataclasses(tmp_path):
    """An up-to-date output (of a manifest version) is recognised without importing any
    stage of the generator, the IR, Jinja, or ``dataclasses`` and ``inspect`` (~9 ms of a
    ~60 ms run): the records that check reads (``errors.Problem``, the manifest's and the
    names lock's, the CLI's targets, the IR cache's entries) are named tuples. A fresh
    interpreter each time."""
    import subprocess
    import sys

    env = {**os.environ, "AMPECO_CODEGEN_CACHE": str(tmp_path / "cache")}
    args = ["generate", "3.110.0", "--out", str(tmp_path / "out"), "-q"]
    watched = ["dataclasses", "inspect", "pickle", "jinja2", "generator.pipeline", "generator.model.ir"]
    stages = ["generator.normalise", "generator.emit", "generator.format"]
    probe = (
        "import json, sys; from generator.cli import main; code = main(json.loads(sys.argv[1])); "
        "watched, stages = json.loads(sys.argv[2]), tuple(json.loads(sys.argv[3])); "
        "print(json.dumps([code, sorted(m for m in sys.modules if m in watched or m.startswith(stages))]))"
    )
    command = [sys.executable, "-c", probe, json.dumps(args), json.dumps(watched), json.dumps(stages)]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert json.loads(first.stdout)[0] == 0 and "generator.model.ir" in first.stdout  # generated: every stage ran
    again = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert json.loads(again.stdout) == [0, []]


def test_a_note_that_cannot_be_written_leaves_nothing_behind(tmp_path, monkeypatch):
    from generator.load import files

    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))

    def refuse(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", refuse)
    assert files.remembered("code", "subject", "state", lambda: "value") == "value"
    assert list((tmp_path / "cache" / "code").iterdir()) == []
