"""Compiled templates are kept in the user's cache (Jinja's bytecode cache): the same files
with it, without it, and with a damaged one."""

from __future__ import annotations

from generator.emit.package import render
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
