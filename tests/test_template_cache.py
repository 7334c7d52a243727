"""Compiled templates are kept in the user's cache (Jinja's bytecode cache): the same files
with it, without it, and with a damaged one."""

from __future__ import annotations

from generator.emit.package import render, render_then
from generator.pipeline import build_api, sdk_version

from .conftest import REPO

MIXED = REPO / "tests" / "fixtures" / "mixed" / "mixed.yaml"


def test_the_template_cache_changes_no_file_and_survives_damage(tmp_path, monkeypatch):
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


def test_templates_compiled_early_in_a_child_render_the_same_files(tmp_path, monkeypatch):
    import sys

    import pytest

    from generator import parallel
    from generator.emit import templates

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
    compiled: list[str] = []
    real_compile = templates.jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):  # type: ignore[no-untyped-def]
        compiled.append(name)
        return real_compile(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(templates.jinja2.Environment, "compile", counting)
    files, wait = render_then(api, sdk_version(api.version), use_cache=False, ready=ready)
    assert files == plain and wait() == 0
    assert compiled == []  # nothing compiled again

    damaged = {key: data[:30] + b"\x00garbage" for key, data in ready.items()}
    files, wait = render_then(api, sdk_version(api.version), use_cache=False, ready=damaged)
    assert files == plain and wait() == 0
    assert compiled  # compiled again, never an error
