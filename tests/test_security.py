"""Hostile input on the generator side (issue 18): no write outside the output folder, no
read the spec has no business making, no fetch, no raw exception, bounded parsing.

Every server here listens on 127.0.0.1 and records whether anyone called it.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from generator import writer
from generator.cli import main
from generator.errors import SpecError
from generator.load.document import MAX_DEPTH, load
from generator.load.validate import Locations, full_check
from generator.writer import MARKER, package_name_problem, recover, write_tree

from .conftest import FIXTURES, REPO

MINI = FIXTURES / "mini.yaml"


def spec(version: str = "1.0", schema: dict | None = None) -> dict:
    content = {"application/json": {"schema": schema or {"type": "object", "properties": {"id": {"type": "integer"}}}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": version},
        "paths": {"/things": {"get": {"operationId": "thingsListing", "responses": {"200": {"description": "ok", "content": content}}}}},
    }


def write(folder: Path, doc: dict, name: str = "spec.json") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(doc))
    return path


def run(args: list[str], capsys) -> tuple[int, str]:
    code = main(args)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


# -- output paths -------------------------------------------------------------------------


@pytest.mark.parametrize("version", ["../../escaped", "/tmp/absolute-h4", "a/b", "..", ".", "", "x\ny", "v1 beta", "-rf"])
def test_info_version_that_is_not_one_folder_name_is_refused(tmp_path, capsys, monkeypatch, version):
    monkeypatch.chdir(tmp_path)
    before = set(os.listdir(REPO / "generated")) if (REPO / "generated").is_dir() else set()
    path = write(tmp_path / "in", spec(version))
    code, err = run(["generate", str(path), "-q"], capsys)
    assert code == 1 and "cannot name an output folder" in err, err
    assert not Path("/tmp/absolute-h4").exists() and not (tmp_path.parent / "escaped").exists()
    after = set(os.listdir(REPO / "generated")) if (REPO / "generated").is_dir() else set()
    assert after == before


def test_force_never_replaces_the_folder_holding_the_spec(tmp_path, capsys):
    folder = tmp_path / "project"
    path = write(folder, spec())
    (folder / "notes.txt").write_text("mine")
    for out in (folder, tmp_path):  # the spec's folder, and a folder above it
        code, err = run(["generate", str(path), "--out", str(out), "--force", "-q"], capsys)
        assert code == 1 and "holds the input" in err
    assert json.loads(path.read_text())["info"]["version"] == "1.0" and (folder / "notes.txt").read_text() == "mine"


def test_force_keeps_a_foreign_folder_aside(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    code, err = run(["generate", str(MINI), "--out", str(out), "--force", "-q"], capsys)
    assert code == 0 and "kept as" in err
    assert (out / MARKER).is_file() and not (out / "precious.txt").exists()
    kept = [p for p in tmp_path.iterdir() if p.name.startswith("mine.replaced-")]
    assert len(kept) == 1 and (kept[0] / "precious.txt").read_text() == "keep me"


def test_a_previous_output_is_replaced_without_force(tmp_path):
    out = tmp_path / "sdk"
    write_tree({"a.txt": "1"}, out)
    write_tree({"b.txt": "2"}, out)
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "b.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]  # no leftovers beside it


@pytest.mark.parametrize("rel", ["../x.py", "a/../../x.py", "a/..", "..", "/etc/x", "//x", "a/b/../../../x"])
def test_a_file_path_out_of_the_folder_is_refused_and_nothing_is_written(tmp_path, rel):
    out = tmp_path / "sdk"
    with pytest.raises(writer.OutputError, match="outside the output folder"):
        write_tree({"ok.py": "", rel: "x"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "rel, escapes",
    [
        ("pkg/models/a.py", False),
        ("docs/a..b.md", False),  # ".." inside a name is no parent folder
        ("pkg/..hidden/a.py", False),
        ("..", True),
        ("a/../b", True),
        ("a/..", True),
        ("/abs", True),
        ("//share/x", True),
    ],
)
def test_escapes_is_what_a_path_says(rel, escapes):
    assert writer.escapes(rel) is escapes
    assert writer.escapes(rel) == (".." in Path(rel).parts or Path(rel).is_absolute())


def _state(out: Path, old: dict[str, str] | None, staging: dict[str, str] | None, staging_complete: bool) -> None:
    if old is not None:
        backup = out.parent / f".{out.name}.old-abc"
        backup.mkdir()
        for name, text in old.items():
            (backup / name).write_text(text)
        (backup / MARKER).write_text("x")
    if staging is not None:
        new = out.parent / f".{out.name}.new-def"
        new.mkdir()
        for name, text in staging.items():
            (new / name).write_text(text)
        if staging_complete:
            (new / MARKER).write_text("x")


def test_recover_restores_the_previous_output(tmp_path):
    out = tmp_path / "sdk"
    _state(out, {"old.txt": "old"}, {"half.txt": "half"}, staging_complete=False)
    assert "restored" in recover(out)
    assert (out / "old.txt").read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]


def test_recover_finishes_a_complete_swap(tmp_path):
    out = tmp_path / "sdk"
    _state(out, {"old.txt": "old"}, {"new.txt": "new"}, staging_complete=True)
    assert "finished" in recover(out)
    assert (out / "new.txt").read_text() == "new" and sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]


def test_recover_removes_leftovers_beside_a_complete_output(tmp_path):
    out = tmp_path / "sdk"
    write_tree({"cur.txt": "cur"}, out)
    _state(out, {"old.txt": "old"}, {"half.txt": "half"}, staging_complete=False)
    assert recover(out) == ""
    assert (out / "cur.txt").is_file() and sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]


KILLER = """
import os, signal, sys
from pathlib import Path
import generator.writer as w
w.exchange = lambda a, b: False  # the two-rename fallback
real = os.rename
def rename(src, dst):
    if ".new-" in str(src):  # between the two renames: the old tree is aside, the new not in
        os.kill(os.getpid(), signal.SIGKILL)
    real(src, dst)
w.os.rename = rename
w.write_tree({"new.txt": "new"}, Path(sys.argv[1]))
"""


def test_a_run_killed_between_the_two_renames_is_recovered(tmp_path):
    out = tmp_path / "sdk"
    write_tree({"old.txt": "old"}, out)
    result = subprocess.run([sys.executable, "-c", KILLER, str(out)], check=False, cwd=REPO, timeout=60)
    assert result.returncode == -signal.SIGKILL
    assert not out.exists()  # what the issue saw: nothing at --out
    write_tree({"newer.txt": "newer"}, out)  # the next run recovers, then writes
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "newer.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]


@pytest.mark.skipif(writer._renameat2() is None, reason="no renameat2 on this system")
def test_the_output_is_complete_at_every_moment(tmp_path, monkeypatch):
    """After every step of the writer that changes the file system, --out holds a whole
    tree: the old one or the new one (checked after each rename, exchange and removal)."""
    out = tmp_path / "sdk"
    old = {f"f{i}.txt": "old" for i in range(5)}
    new = {f"f{i}.txt": "new" for i in range(5)}
    write_tree(old, out)
    seen: list[str] = []

    def complete() -> None:
        texts = {(out / name).read_text() if (out / name).is_file() else None for name in old}
        whole = (out / MARKER).is_file() and len(texts) == 1 and None not in texts
        seen.append("whole" if whole else f"BROKEN {sorted(map(str, texts))}")

    def after(function):  # type: ignore[no-untyped-def]
        def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
            result = function(*args, **kwargs)
            complete()
            return result

        return wrapped

    monkeypatch.setattr(writer.os, "rename", after(os.rename))
    monkeypatch.setattr(writer, "exchange", after(writer.exchange))
    monkeypatch.setattr(writer.shutil, "rmtree", after(writer.shutil.rmtree))
    write_tree(new, out)
    assert seen and all(state == "whole" for state in seen), seen
    assert (out / "f0.txt").read_text() == "new"


def test_concurrent_writers_leave_one_whole_output(tmp_path):
    out = tmp_path / "sdk"
    errors: list[BaseException] = []

    def write(n: int) -> None:
        try:
            for _ in range(5):
                write_tree({f"f{i}.txt": str(n) for i in range(20)}, out)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    texts = {(out / f"f{i}.txt").read_text() for i in range(20)}
    assert len(texts) == 1 and (out / MARKER).is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sdk"]


@pytest.mark.parametrize(
    "name",
    ["ampeco\n", "httpx", "pydantic", "pydantic_core", "anyio", "typing_extensions", "json", "typing", "JSON", "os", "class", "match", "1abc", "a-b", "", "ampeco/x"],
)
def test_package_names_that_cannot_work_are_refused(tmp_path, capsys, name):
    assert package_name_problem(name) is not None
    code, err = run(["generate", str(MINI), "--out", str(tmp_path / "o"), "--package-name", name], capsys)
    assert code == 2 and "--package-name" in err
    assert not (tmp_path / "o").exists()


def test_good_package_names_pass():
    assert all(package_name_problem(n) is None for n in ("ampeco", "ampeco_sdk", "mini_cli", "Acme2"))


# -- reads and fetches --------------------------------------------------------------------


class Recorder:
    """A loopback HTTP server that records every request and serves a valid schema."""

    def __init__(self) -> None:
        self.hits: list[str] = []
        recorder = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                recorder.hits.append(self.path)
                body = json.dumps({"Thing": {"type": "object"}, "type": "object"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Recorder:  # noqa: PYI034
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize("where", ["root", "referenced file"])
def test_url_refs_are_refused_and_never_fetched(tmp_path, capsys, where):
    with Recorder() as server:
        url_ref = {"$ref": f"{server.url}/schemas.json#/Thing"}
        if where == "root":
            path = write(tmp_path, spec(schema=url_ref))
            culprit = "spec.json at /paths/~1things/get/responses/200/content/application~1json/schema"
        else:
            write(tmp_path, {"Thing": {"type": "object", "properties": {"x": url_ref}}}, "local.json")
            path = write(tmp_path, spec(schema={"$ref": "local.json#/Thing"}))
            culprit = "local.json at /Thing/properties/x"
        for command in (["generate", str(path), "--out", str(tmp_path / "out")], ["generate", str(path), "--out", str(tmp_path / "out"), "--strict"], ["validate", str(path), "--no-cache"]):
            code, err = run(command, capsys)
            assert code == 1 and "refused reference" in err and "never fetches" in err and culprit in err, err
        assert server.hits == []
        assert not (tmp_path / "out").exists()


def test_openapi_spec_validators_own_resolver_does_not_fetch():
    with Recorder() as server:
        doc = spec(schema={"$ref": f"{server.url}/schemas.json#/Thing"})
        problems = full_check(doc, Locations("spec.json"))
        assert server.hits == []
        assert problems  # it cannot resolve what it may not fetch: reported, located
        assert all(p.pointer for p in problems)


def test_ref_outside_the_spec_folder_is_refused_without_echoing_it(tmp_path, capsys):
    secret = tmp_path / "secret.yaml"
    secret.write_text("password: hunter2-TOPSECRET\n")
    folder = tmp_path / "api"
    path = write(folder, spec(schema={"$ref": "../secret.yaml#/nope"}))
    absolute = write(folder, spec(schema={"$ref": f"{secret}#/password"}), "abs.json")
    system = write(folder, spec(schema={"$ref": "/etc/passwd"}), "etc.json")
    encoded = write(folder, spec(schema={"$ref": "%2E%2E/secret.yaml#/password"}), "enc.json")
    for spec_path in (path, absolute, system, encoded):
        for command in (["generate", str(spec_path), "--out", str(tmp_path / "out")], ["validate", str(spec_path)]):
            code, err = run(command, capsys)
            assert code == 1 and "outside the spec's folder" in err and "--allow-ref-outside" in err, err
            assert "TOPSECRET" not in err and "root:" not in err
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("ref", ["file:///etc/passwd", "//127.0.0.1/x.json", "HTTPS://127.0.0.1/x.json", "ftp://127.0.0.1/x"])
def test_every_url_form_is_refused(tmp_path, capsys, ref):
    path = write(tmp_path, spec(schema={"$ref": ref}))
    code, err = run(["generate", str(path), "--out", str(tmp_path / "out")], capsys)
    assert code == 1 and "never fetches" in err and "root:" not in err


def test_symlink_out_of_the_tree_is_refused(tmp_path, capsys):
    outside = write(tmp_path / "elsewhere", {"Thing": {"type": "object"}}, "s.json")
    folder = tmp_path / "api"
    folder.mkdir()
    (folder / "link.json").symlink_to(outside)
    path = write(folder, spec(schema={"$ref": "link.json#/Thing"}))
    code, err = run(["generate", str(path), "--out", str(tmp_path / "out")], capsys)
    assert code == 1 and "outside the spec's folder" in err


def test_allow_ref_outside_reads_local_files_but_never_urls(tmp_path, capsys):
    write(tmp_path / "shared", {"Thing": {"type": "object", "properties": {"name": {"type": "string"}}}}, "s.json")
    folder = tmp_path / "api"
    path = write(folder, spec(schema={"$ref": "../shared/s.json#/Thing"}))
    code, err = run(["generate", str(path), "--out", str(tmp_path / "out"), "--allow-ref-outside", "--package-name", "outside_ok", "-q"], capsys)
    assert code == 0, err
    with Recorder() as server:
        path = write(folder, spec(schema={"$ref": f"{server.url}/s.json#/Thing"}), "url.json")
        code, err = run(["generate", str(path), "--out", str(tmp_path / "out2"), "--allow-ref-outside"], capsys)
        assert code == 1 and "never fetches" in err and server.hits == []


# -- bounded parsing ----------------------------------------------------------------------


def billion_laughs() -> str:
    lines = ['openapi: 3.0.3', 'info: {title: t, version: "1"}', 'paths: {}', 'x-lol:', '  a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        refs = ",".join([f"*a{i - 1}"] * 9)
        lines.append(f"  a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_quickly_and_located(tmp_path, capsys):
    text = billion_laughs()
    assert len(text) < 1600
    path = tmp_path / "lol.yaml"
    path.write_text(text)
    started = time.perf_counter()
    code, err = run(["generate", str(path), "--out", str(tmp_path / "out")], capsys)
    assert time.perf_counter() - started < 10
    assert code == 1 and "aliases expand" in err and "lol.yaml at /x-lol/a" in err, err


def test_recursive_yaml_alias_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-loop: &a [1, *a]\n")
    with pytest.raises(SpecError, match=r"loop.yaml at /x-loop/1: a YAML alias refers to a node that contains it"):
        load(path)


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_deep_nesting_is_refused_with_a_location(tmp_path, capsys, suffix):
    depth = 100_000
    if suffix == ".json":
        text = '{"openapi": "3.0.3", "x": ' + "[" * depth + "]" * depth + "}"
    else:  # block style: each level a mapping one step further in
        levels = MAX_DEPTH + 50
        text = "openapi: 3.0.3\nx:\n" + "".join(" " * (i + 1) + "a:\n" for i in range(levels)) + " " * (levels + 1) + "1\n"
    path = tmp_path / f"deep{suffix}"
    path.write_text(text)
    code, err = run(["validate", str(path)], capsys)
    assert code == 1 and ("nested deeper" in err or "nesting depth" in err), err
    assert f"deep{suffix}:1:" in err or f"deep{suffix} at /x/" in err or f"deep{suffix}:" in err


@pytest.mark.parametrize(
    "mutation",
    [
        lambda d: d["paths"].__setitem__("/things", 5),
        lambda d: d["paths"]["/things"].__setitem__("get", ["x"]),
        lambda d: d["paths"]["/things"]["get"].__setitem__("parameters", {"a": 1}),
        lambda d: d["paths"]["/things"]["get"]["responses"].__setitem__("200", "ok"),
        lambda d: d.__setitem__("components", {"schemas": {"A": {"properties": {"x": 7}}}}),
        lambda d: d.__setitem__("components", {"schemas": []}),
        lambda d: d.__setitem__("paths", None),
    ],
)
def test_malformed_shapes_are_located_errors_never_tracebacks(tmp_path, capsys, mutation):
    doc = spec()
    mutation(doc)
    path = write(tmp_path, doc)
    code, err = run(["generate", str(path), "--out", str(tmp_path / "out")], capsys)
    assert code == 1 and "spec.json at /" in err and " at /:" not in err, err
    assert "AttributeError" not in err and "TypeError" not in err


def test_the_current_folder_and_its_parents_are_never_replaced(tmp_path, capsys, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    (work / "keep.txt").write_text("mine")
    monkeypatch.chdir(work)
    for out in (work, tmp_path):
        code, err = run(["generate", str(MINI), "--out", str(out), "--force", "-q"], capsys)
        assert code == 1 and "current folder" in err
    assert (work / "keep.txt").read_text() == "mine"
