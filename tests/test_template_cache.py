"""Compiled templates: the Python the generator ships for each (``templates/_compiled``),
the ones compiled early in a child, and those kept in the user's cache (Jinja's bytecode
cache). The same files whichever way, a stale or damaged one never used."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.emit import precompiled, templates
from generator.emit.package import render, render_then
from generator.pipeline import build_api, sdk_version

from .conftest import REPO

MIXED = REPO / "tests" / "fixtures" / "mixed" / "mixed.yaml"


@pytest.fixture
def compiles(monkeypatch):
    """The names of the templates Jinja compiles from here on."""
    names: list[str] = []
    real_compile = templates.jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        if not raw:
            names.append(name)
        return real_compile(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(templates.jinja2.Environment, "compile", counting)
    return names


@pytest.fixture
def nothing_shipped(monkeypatch):
    """As if the generator shipped no compiled template (every one is compiled)."""
    monkeypatch.setattr(templates.Shipped, "fresh", lambda self, name, checksum: False)


@pytest.fixture
def own_templates(tmp_path, monkeypatch):
    """A copy of templates/ (its shipped Python included) that the environment reads."""
    copy = tmp_path / "templates"
    shutil.copytree(templates.templates_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(templates, "templates_dir", lambda: copy)
    return copy


def test_the_shipped_python_is_what_jinja_writes_now():
    """``templates/_compiled`` is up to date: after editing a template, run
    ``python -m generator.emit.precompiled``. Under another Jinja than the one that wrote
    it, none of it is used (every template is compiled, as without it)."""
    folder = templates.templates_dir() / templates.COMPILED
    index = json.loads((folder / templates.INDEX).read_text(encoding="utf-8"))
    if index["jinja2"] != templates.jinja2.__version__:
        assert templates.not_shipped() == templates.template_names()
        return
    shipped = {path.name: path.read_text(encoding="utf-8") for path in folder.iterdir() if path.is_file()}
    assert shipped == precompiled.compiled_files(), "templates/_compiled is stale: python -m generator.emit.precompiled"
    assert templates.not_shipped() == []


def test_shipped_templates_render_the_same_files_and_compile_nothing(tmp_path, monkeypatch, compiles):
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("AMPECO_CODEGEN_JOBS", "1")
    api = build_api(MIXED, package="mixed_api", use_cache=False)
    files = render(api, sdk_version(api.version), use_cache=True)
    assert compiles == []  # every template came from templates/_compiled
    assert not any((tmp_path / "cache" / "templates").iterdir())  # and none went to the user's cache

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(templates.Shipped, "fresh", lambda self, name, checksum: False)
        assert render(api, sdk_version(api.version), use_cache=False) == files
    assert compiles  # without the shipped Python, the same files from compiled templates


def test_an_edited_template_is_compiled_not_its_shipped_python(own_templates, compiles):
    (own_templates / "version.py.j2").write_text((own_templates / "version.py.j2").read_text() + "# edited\n")
    assert templates.not_shipped() == ["version.py.j2"]
    env, _ = templates.environment(use_cache=False)
    assert env.get_template("version.py.j2").render(sdk_version="1.0", api={"version": "2.0"}).endswith("# edited\n")
    env.get_template("model.py.j2")
    assert compiles == ["version.py.j2"]


@pytest.mark.parametrize("damage", ["syntax", "missing", "index", "outside"])
def test_damaged_shipped_python_is_never_used(own_templates, compiles, damage):
    folder = own_templates / templates.COMPILED
    module = folder / precompiled.module_name("version.py.j2")
    if damage == "syntax":
        module.write_text("def root(:\n")
    elif damage == "missing":
        module.unlink()
    elif damage == "index":
        (folder / templates.INDEX).write_text("{not json")
    else:  # an index naming a file out of the folder: never read
        index = json.loads((folder / templates.INDEX).read_text())
        shutil.copy(folder / precompiled.module_name("model.py.j2"), own_templates / "elsewhere.py")
        index["templates"]["version.py.j2"]["module"] = "../elsewhere.py"
        (folder / templates.INDEX).write_text(json.dumps(index))
    env, _ = templates.environment(use_cache=False)
    assert env.get_template("version.py.j2").render(sdk_version="1.0", api={"version": "2.0"}).startswith('"""')
    assert "version.py.j2" in compiles


def test_the_writer_rewrites_what_changed_and_drops_its_stale_bytecode(own_templates, monkeypatch):
    import importlib.util

    monkeypatch.setattr(precompiled, "templates_dir", lambda: own_templates)
    folder = own_templates / templates.COMPILED
    assert precompiled.write() == []  # the copy is current
    module = folder / precompiled.module_name("version.py.j2")
    pyc = Path(importlib.util.cache_from_source(str(module)))
    pyc.parent.mkdir(exist_ok=True)
    pyc.write_bytes(b"stale")
    (folder / "gone_py_j2.py").write_text("")  # a template that is no more
    (own_templates / "version.py.j2").write_text((own_templates / "version.py.j2").read_text() + "# edited\n")
    assert sorted(precompiled.write()) == sorted([templates.INDEX, module.name, "gone_py_j2.py"])
    assert not pyc.exists() and not (folder / "gone_py_j2.py").exists()
    assert templates.not_shipped() == []  # current again, the edit included


@pytest.mark.parametrize("other", ["jinja", "settings"])
def test_another_jinja_or_other_settings_use_no_shipped_python(monkeypatch, other):
    if other == "jinja":
        monkeypatch.setattr(templates.jinja2, "__version__", "0.0.1")
    else:
        monkeypatch.setattr(templates, "settings_key", lambda env: "other settings")
    assert templates.not_shipped() == templates.template_names()


def _files(root):
    """The files below ``root`` as paths relative to it, tools' caches aside."""
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in path.relative_to(root).parts)
    )


def test_an_installed_generator_ships_every_template_and_their_compiled_python(tmp_path):
    """What setuptools installs (``build_py``, as a wheel holds it) is every file of
    templates/ (the runtime, the templates and their Python), with no warning that a folder
    goes in as plain data, and an installed generator uses the shipped Python."""
    build = tmp_path / "build"
    setup = [sys.executable, "-c", "import setuptools; setuptools.setup()", "-q", "build_py", "--build-lib", str(build)]
    done = subprocess.run(setup, cwd=REPO, capture_output=True, text=True)
    shutil.rmtree(REPO / "build", ignore_errors=True)  # build_py's own temporary folder
    assert done.returncode == 0, done.stderr[-2000:]
    assert "SetuptoolsDeprecationWarning" not in done.stderr  # "Installing '...' as data is deprecated"
    installed = build / "generator" / "_templates"
    assert _files(installed) == [rel for rel in _files(templates.templates_dir()) if rel != "ruff.toml"]
    assert sorted(path.name for path in (installed / templates.COMPILED).iterdir() if path.is_file()) == sorted(precompiled.compiled_files())
    probe = "from generator.emit import templates; print(templates.templates_dir(), templates.not_shipped())"
    env = {**os.environ, "PYTHONPATH": str(build)}
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, check=True, capture_output=True, text=True, env=env)
    assert out.stdout.split() == [str(installed), "[]"]


def test_the_template_cache_changes_no_file_and_survives_damage(tmp_path, monkeypatch, nothing_shipped):
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("AMPECO_CODEGEN_JOBS", "1")
    api = build_api(MIXED, package="mixed_api", use_cache=False)
    plain = render(api, sdk_version(api.version), use_cache=False)
    assert not (tmp_path / "cache" / "templates").exists()  # --no-cache writes no cache

    assert render(api, sdk_version(api.version), use_cache=True) == plain
    entries = sorted((tmp_path / "cache" / "templates").iterdir())
    assert len(entries) >= 10  # one per template used
    assert render(api, sdk_version(api.version), use_cache=True) == plain  # read back

    for entry in entries:  # truncated, garbage: compiled again, never an error
        entry.write_bytes(entry.read_bytes()[:20] + b"\x00garbage")
    assert render(api, sdk_version(api.version), use_cache=True) == plain


def test_templates_compiled_early_in_a_child_render_the_same_files(tmp_path, monkeypatch, nothing_shipped, compiles):
    from generator import parallel

    if not sys.platform.startswith("linux"):
        pytest.skip("forking is used on Linux only")
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("AMPECO_CODEGEN_JOBS", "1")
    api = build_api(MIXED, package="mixed_api", use_cache=False)
    plain = render(api, sdk_version(api.version), use_cache=False)

    monkeypatch.setattr(parallel, "forking_allowed", lambda: True)
    with templates.compiled_early(use_cache=False) as early:
        ready = early.ready()
    assert sorted(ready) and len(ready) == len(templates.template_names())  # every template, handed over
    assert not (tmp_path / "cache").exists()  # --no-cache: handed over, never kept
    compiles.clear()
    files, wait = render_then(api, sdk_version(api.version), use_cache=False, ready=ready)
    assert files == plain and wait() == 0
    assert compiles == []  # nothing compiled again

    damaged = {key: data[:30] + b"\x00garbage" for key, data in ready.items()}
    files, wait = render_then(api, sdk_version(api.version), use_cache=False, ready=damaged)
    assert files == plain and wait() == 0
    assert compiles  # compiled again, never an error


def test_nothing_is_forked_to_compile_templates_when_all_are_shipped(monkeypatch):
    from generator import parallel

    monkeypatch.setattr(parallel, "forking_allowed", lambda: True)
    forks: list[object] = []
    monkeypatch.setattr(templates, "in_child", lambda *args, **kwargs: forks.append(args))
    with templates.compiled_early(use_cache=False) as early:
        assert early.ready() == {}
    assert forks == []
