"""``generate`` takes the finished IR (normalised and named) from the IR cache.

Every part of the key must make a new build when it changes, a hit must report the same
warnings and give the same files as a miss, and ``--no-cache`` must neither read nor write
the cache.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path
from typing import Any

import pytest

import generator.pipeline as pipeline
from generator.cli import main
from generator.errors import Problem, SpecError
from generator.load.document import LoadOptions
from generator.versions import ircache
from generator.versions.ircache import Entry, cached_build_api
from generator.versions.lock import VersionsLock, entry_of

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def spec_data(title: str = "Cache test") -> dict[str, Any]:
    """A small spec with one loader warning (a string default on a boolean) and one
    normaliser warning (a security scheme that is not defined), and an unused schema."""
    thing = {"$ref": "#/components/schemas/Thing"}
    return {
        "openapi": "3.0.3",
        "info": {"title": title, "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/things": {
                "get": {
                    "operationId": "thingsList",
                    "security": [{"BearerAuth": []}],
                    "parameters": [{"in": "query", "name": "flag", "schema": {"type": "boolean", "default": "false"}}],
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": thing}}}},
                }
            }
        },
        "components": {
            "schemas": {
                "Thing": {"type": "object", "properties": {"name": {"type": "string"}}},
                "Unused": {"type": "object", "properties": {"x": {"type": "integer"}}},
            }
        },
    }


@pytest.fixture()
def cache(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(folder))
    return folder


@pytest.fixture()
def spec(tmp_path) -> Path:
    path = tmp_path / "spec" / "openapi.json"
    path.parent.mkdir()
    path.write_text(json.dumps(spec_data()))
    return path


@pytest.fixture()
def builds(monkeypatch) -> list[str]:
    """One item per normalisation: a build that came from the cache adds none."""
    made: list[str] = []
    real = pipeline.normalise

    def counting(document, package, unused_components=True):  # type: ignore[no-untyped-def]
        made.append(package)
        return real(document, package, unused_components)

    monkeypatch.setattr(pipeline, "normalise", counting)
    return made


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "ir").glob("*.pickle")) if (cache / "ir").is_dir() else []


def quiet(**settings: Any) -> dict[str, Any]:
    """Settings for ``cached_build_api`` with the loader's warnings collected, not printed."""
    options = settings.pop("options", LoadOptions())
    collected: list[Problem] = settings.pop("collected", [])
    return dict(settings, options=options._replace(warn=collected.append))


def test_a_hit_skips_the_build_and_gives_the_same_ir(cache, spec, builds):
    first = cached_build_api(spec, **quiet(package="cached"))
    assert builds == ["cached"] and len(entries(cache)) == 1
    again = cached_build_api(spec, **quiet(package="cached"))
    assert builds == ["cached"]  # not normalised again
    assert again == first and again is not first
    assert again.warnings == first.warnings != ()  # the normaliser's warnings travel with the IR


def _lock_renaming_thing(spec: Path, new_name: str) -> VersionsLock:
    entry = entry_of(pipeline.build_api(spec, package="cached", options=LoadOptions(warn=lambda p: None)))
    classes = {(new_name if name == "Thing" else name): anchors for name, anchors in entry.classes.items()}
    return VersionsLock({"1.0.0": entry._replace(classes=classes)})


CHANGES: dict[str, Any] = {
    "package": dict(package="other"),
    "client name": dict(client_name="OtherClient"),
    "unused components": dict(unused_components=False),
    "validate": dict(validate=False),
    "check mode": dict(options=LoadOptions(check="full")),
    "strict": dict(options=LoadOptions(strict=True)),
    "allow_ref_outside": dict(options=LoadOptions(allow_ref_outside=True)),
    "version label": dict(names_lock=VersionsLock(), version="0.9.0"),
    "no lock -> lock": dict(names_lock=VersionsLock()),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_every_setting_is_part_of_the_key(cache, tmp_path, builds, change):
    spec = tmp_path / "openapi.json"
    data = spec_data()
    if change in ("strict", "check mode"):  # strict and the full check fail on the string default: a spec without it
        del data["paths"]["/things"]["get"]["parameters"]
    spec.write_text(json.dumps(data))
    base: dict[str, Any] = dict(package="cached")
    if change == "version label":  # the label against no label, both with the (empty) lock
        base["names_lock"] = VersionsLock()
    cached_build_api(spec, **quiet(**base))
    assert len(builds) == 1
    changed = cached_build_api(spec, **quiet(**{**base, **CHANGES[change]}))
    assert len(builds) == 2, f"{change}: served from the cache"
    assert len(entries(cache)) == 2
    assert cached_build_api(spec, **quiet(**{**base, **CHANGES[change]})) == changed and len(builds) == 2
    if change == "package":
        assert changed.package == "other"
    if change == "client name":
        assert changed.client_name == "OtherClient"
    if change == "unused components":
        assert "Unused" not in {m.name for m in changed.models}


def test_the_spec_bytes_and_the_lock_content_are_part_of_the_key(cache, spec, builds):
    assert cached_build_api(spec, **quiet()).title == "Cache test"
    spec.write_text(json.dumps(spec_data("Changed title")))
    assert cached_build_api(spec, **quiet()).title == "Changed title"
    lock = _lock_renaming_thing(spec, "Widget")
    named = cached_build_api(spec, **quiet(names_lock=lock, version="1.0.0"))
    assert "Widget" in {m.name for m in named.models}
    renamed = cached_build_api(spec, **quiet(names_lock=_lock_renaming_thing(spec, "Gadget"), version="1.0.0"))
    assert {"Gadget"} <= {m.name for m in renamed.models} and "Widget" not in {m.name for m in renamed.models}
    assert builds.count("ampeco") == 4  # two specs, two locks: four misses (the locks' own builds are "cached")


def test_a_lock_file_is_read_and_its_content_keyed(cache, spec, builds, tmp_path):
    from generator.versions.lock import write_versions_lock

    lock_file = tmp_path / "names.lock.json"
    write_versions_lock(lock_file, _lock_renaming_thing(spec, "Widget"))
    assert "Widget" in {m.name for m in cached_build_api(spec, **quiet(names_lock=lock_file, version="1.0.0")).models}
    write_versions_lock(lock_file, _lock_renaming_thing(spec, "Gadget"))
    assert "Gadget" in {m.name for m in cached_build_api(spec, **quiet(names_lock=lock_file, version="1.0.0")).models}


def test_the_spec_path_is_part_of_the_key(cache, spec, builds, tmp_path):
    """The loader's warnings name the spec as given: a copy elsewhere is built again."""
    collected: list[Problem] = []
    cached_build_api(spec, **quiet(collected=collected))
    copy = tmp_path / "copy.json"
    shutil.copy(spec, copy)
    cached_build_api(copy, **quiet(collected=collected))
    assert len(builds) == 2
    assert [p.file for p in collected] == [str(spec), str(copy)]


def test_a_spec_with_external_refs_is_never_cached(cache, tmp_path, builds):
    folder = tmp_path / "mixed"
    shutil.copytree(FIXTURES / "mixed", folder)
    spec = folder / "mixed.yaml"
    first = cached_build_api(spec, package="mixed_api")
    assert entries(cache) == []
    pets = folder / "pets.yaml"
    cat = next(m for m in first.models if m.name == "Cat")
    assert "lives" in {f.name for f in cat.fields}
    pets.write_text(pets.read_text().replace("    lives:", "    paws:", 1))
    second = cached_build_api(spec, package="mixed_api")
    cat = next(m for m in second.models if m.name == "Cat")
    assert "paws" in {f.name for f in cat.fields} and "lives" not in {f.name for f in cat.fields}
    assert len(builds) == 2 and second != first


def test_the_loaders_warnings_are_reported_again_on_a_hit(cache, spec, builds):
    on_miss: list[Problem] = []
    on_hit: list[Problem] = []
    cached_build_api(spec, **quiet(collected=on_miss))
    cached_build_api(spec, **quiet(collected=on_hit))
    assert len(builds) == 1
    assert on_hit == on_miss and any('default "false"' in p.message for p in on_miss)
    trusted: list[Problem] = []
    cached_build_api(spec, **quiet(options=LoadOptions(check="trusted"), collected=trusted))
    assert trusted == [] and len(builds) == 2  # another check mode, other warnings: its own entry


def _generate(spec: Path, out: Path, capsys, *extra: str) -> tuple[int, list[str]]:
    code = main(["generate", str(spec), "--out", str(out), "--package-name", "cache_cli", "-q", *extra])
    return code, capsys.readouterr().err.splitlines()


def test_cli_hit_writes_the_same_files_and_prints_the_same_warnings(cache, spec, builds, tmp_path, capsys):
    code, miss = _generate(spec, tmp_path / "a", capsys)
    assert code == 0 and len(builds) == 1 and len(entries(cache)) == 1
    code, hit = _generate(spec, tmp_path / "b", capsys)
    assert code == 0 and len(builds) == 1  # the IR came from the cache
    code, uncached = _generate(spec, tmp_path / "c", capsys, "--no-cache")
    assert code == 0 and len(builds) == 2
    warnings = [line for line in miss if line.startswith("warning: ")]
    assert len(warnings) == 2 and any('default "false"' in w for w in warnings) and any("BearerAuth" in w for w in warnings)
    assert hit == miss == uncached

    def files(root: Path) -> dict[str, bytes]:
        return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}

    assert files(tmp_path / "a") == files(tmp_path / "b") == files(tmp_path / "c")


@pytest.mark.parametrize("jobs", ["", "1"], ids=["forked", "one process"])
def test_the_cli_keeps_a_new_ir_while_it_checks_or_writes(cache, spec, builds, tmp_path, capsys, monkeypatch, jobs):
    """``generate`` stores a freshly built IR through the rendering's forked half, once it
    has handed its files over, while this process compares or writes them (in this process
    at the end with ``AMPECO_CODEGEN_JOBS=1``), for ``--check`` as for writing;
    ``pipeline.generate`` alone stores it while rendering."""
    monkeypatch.setenv("AMPECO_CODEGEN_JOBS", jobs)
    code, _ = _generate(spec, tmp_path / "a", capsys, "--check")  # no output yet: out of date
    assert code == 1 and len(builds) == 1 and len(entries(cache)) == 1
    code, _ = _generate(spec, tmp_path / "a", capsys)
    assert code == 0 and len(builds) == 1 and (tmp_path / "a" / "cache_cli" / "__init__.py").is_file()
    for entry in entries(cache):
        entry.unlink()
    made = pipeline.generate(spec, package="cache_cli", options=LoadOptions(warn=lambda p: None))
    assert len(builds) == 2 and len(entries(cache)) == 1 and made.keep is None  # stored during rendering
    seen: list[object] = []
    later = pipeline.generate(spec, package="other", options=LoadOptions(warn=lambda p: None), keep_later=True, while_waiting=seen.append)
    assert seen == [later.api]  # given the finished IR, once
    assert len(builds) == 3 and later.keep is not None
    later.keep()  # the forked half stores it once it has handed its files over: waited for
    assert len(entries(cache)) == 2
    hit = pipeline.generate(spec, package="other", options=LoadOptions(warn=lambda p: None), keep_later=True)
    assert len(builds) == 3 and hit.keep is None  # from the cache: nothing to store


def test_strict_still_fails_on_a_hit(cache, tmp_path, builds, capsys):
    spec = tmp_path / "openapi.json"
    data = spec_data()
    del data["paths"]["/things"]["get"]["parameters"]  # only the normaliser's warning is left
    spec.write_text(json.dumps(data))
    code, first = _generate(spec, tmp_path / "a", capsys, "--strict")
    assert code == 1 and len(entries(cache)) == 1  # the IR was made (and kept); the warning fails the run
    code, second = _generate(spec, tmp_path / "b", capsys, "--strict")
    assert code == 1 and len(builds) == 1  # from the cache, and failing just the same
    assert second == first and any("BearerAuth" in line for line in first)
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_strict_fails_on_the_loaders_warning_after_a_lenient_run(cache, spec, tmp_path, capsys):
    assert _generate(spec, tmp_path / "a", capsys)[0] == 0
    code, cached = _generate(spec, tmp_path / "b", capsys, "--strict")
    code_uncached, uncached = _generate(spec, tmp_path / "c", capsys, "--strict", "--no-cache")
    assert code == code_uncached == 1 and cached == uncached
    assert any('default "false"' in line for line in cached)


def test_a_damaged_or_foreign_entry_is_rebuilt(cache, spec, builds):
    first = cached_build_api(spec, **quiet())
    (path,) = entries(cache)
    path.write_bytes(b"not a pickle")
    assert cached_build_api(spec, **quiet()) == first and len(builds) == 2
    assert isinstance(pickle.loads(path.read_bytes()), Entry)  # stored again
    entry = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps(entry._replace(key=entry.key + " "), protocol=pickle.HIGHEST_PROTOCOL))
    assert cached_build_api(spec, **quiet()) == first and len(builds) == 3  # another key's entry: not served
    path.write_bytes(pickle.dumps({"not": "an entry"}))
    assert cached_build_api(spec, **quiet()) == first and len(builds) == 4


def test_no_cache_neither_reads_nor_writes(cache, spec, builds, tmp_path, capsys):
    assert main(["generate", str(spec), "--out", str(tmp_path / "a"), "-q", "--no-cache"]) == 0
    assert entries(cache) == [] and len(builds) == 1
    # a planted entry (another title) is served with the cache, never without
    cached_build_api(spec, **quiet())
    (path,) = entries(cache)
    entry = pickle.loads(path.read_bytes())
    path.write_bytes(pickle.dumps(entry._replace(api=entry.api._replace(title="Planted")), protocol=pickle.HIGHEST_PROTOCOL))
    assert cached_build_api(spec, **quiet()).title == "Planted"
    assert cached_build_api(spec, **quiet(use_cache=False)).title == "Cache test"
    before = path.read_bytes()
    assert main(["generate", str(spec), "--out", str(tmp_path / "b"), "-q", "--no-cache"]) == 0
    written = "".join(p.read_text() for p in (tmp_path / "b").rglob("*.py"))
    assert "Cache test" in written and "Planted" not in written
    assert path.read_bytes() == before and entries(cache) == [path]


def test_entries_are_bounded(cache, spec, monkeypatch):
    monkeypatch.setattr(ircache, "MAX_ENTRIES", 2)
    for age, package in enumerate(("one", "two", "three")):
        cached_build_api(spec, **quiet(package=package))
        for path in entries(cache):  # the one just made is the newest: a clear order, whatever the clock
            if pickle.loads(path.read_bytes()).api.package == package:
                os.utime(path, (1_000_000 + age, 1_000_000 + age))
    kept = entries(cache)
    assert len(kept) == 2
    assert {pickle.loads(p.read_bytes()).api.package for p in kept} == {"two", "three"}


def test_a_spec_that_fails_is_not_cached(cache, tmp_path):
    spec = tmp_path / "openapi.json"
    data = spec_data()
    data["paths"]["/things"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {"$ref": "#/nowhere"}
    spec.write_text(json.dumps(data))
    for _ in range(2):
        with pytest.raises(SpecError, match="nowhere"):
            cached_build_api(spec, **quiet())
    assert entries(cache) == []


def test_the_code_digest_ignores_tool_caches_and_compiled_files(tmp_path):
    """A lint run in the checkout leaves ``templates/.ruff_cache`` (and ``.mypy_cache``,
    ``__pycache__``): none of it is code, so no stamp or cached IR may go stale for it.
    Any change to a module, a template or a runtime file does change the digest."""
    from generator.versions.ircache import tree_code_digest

    package, templates = tmp_path / "generator", tmp_path / "templates"
    (package / "emit").mkdir(parents=True)
    (templates / "runtime").mkdir(parents=True)
    (package / "cli.py").write_text("x = 1\n")
    (package / "emit" / "sdk.py").write_text("y = 2\n")
    (templates / "model.py.j2").write_text("{{ x }}\n")
    (templates / "runtime" / "client.py").write_text("z = 3\n")
    roots = [package, templates]
    before = tree_code_digest(roots)
    for junk in (templates / ".ruff_cache" / "0.17" / "a", package / ".mypy_cache" / "b.json", package / "__pycache__" / "cli.cpython-311.pyc", templates / ".hidden"):
        junk.parent.mkdir(parents=True, exist_ok=True)
        junk.write_text("noise")
    assert tree_code_digest(roots) == before
    for path, text in ((package / "emit" / "sdk.py", "y = 3\n"), (templates / "model.py.j2", "{{ y }}\n"), (templates / "runtime" / "client.py", "z = 4\n")):
        old = path.read_text()
        path.write_text(text)
        assert tree_code_digest(roots) != before, path
        path.write_text(old)
    assert tree_code_digest(roots) == before
    (templates / "runtime" / "new.py").write_text("")
    assert tree_code_digest(roots) != before
