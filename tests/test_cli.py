"""The command line: exit codes, messages, --check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from generator.cli import main
from generator.writer import MARKER

from .conftest import FIXTURES, REPO

MINI = FIXTURES / "mini.yaml"


def test_versions_lists_the_manifest(capsys):
    assert main(["versions"]) == 0
    out = capsys.readouterr().out
    assert "3.110.0 (default)" in out and "present" in out


def test_usage_errors_exit_2(capsys, tmp_path):
    assert main(["generate", "9.9.9"]) == 2
    assert "unknown API version '9.9.9'" in capsys.readouterr().err
    assert main(["generate", str(MINI), "--package-name", "not-valid"]) == 2
    assert main(["frobnicate"]) == 2
    assert main(["generate", "--all", "--out", str(tmp_path)]) == 2


def test_generate_then_check(tmp_path, capsys):
    out = tmp_path / "sdk"
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_cli"]) == 0
    assert (out / "mini_cli" / "__init__.py").is_file() and (out / MARKER).is_file()
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_cli", "--check"]) == 0
    (out / "mini_cli" / "_version.py").write_text("tampered\n")
    (out / "mini_cli" / "stray.py").write_text("\n")
    (out / "README.md").unlink()
    capsys.readouterr()
    assert main(["generate", str(MINI), "--out", str(out), "--package-name", "mini_cli", "--check"]) == 1
    err = capsys.readouterr().err
    assert "stale:   mini_cli/_version.py" in err
    assert "extra:   mini_cli/stray.py" in err
    assert "missing: README.md" in err


def test_refuses_foreign_directory_without_force(tmp_path, capsys):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "precious.txt").write_text("keep me")
    assert main(["generate", str(MINI), "--out", str(out)]) == 1
    assert "not made by ampeco-codegen" in capsys.readouterr().err
    assert (out / "precious.txt").read_text() == "keep me"
    assert main(["generate", str(MINI), "--out", str(out), "--force", "-q"]) == 0
    assert not (out / "precious.txt").exists()


def test_output_is_a_file(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    assert main(["generate", str(MINI), "--out", str(target)]) == 1
    assert "not a directory" in capsys.readouterr().err


def test_failed_generation_leaves_previous_output(tmp_path):
    out = tmp_path / "sdk"
    assert main(["generate", str(MINI), "--out", str(out), "-q"]) == 0
    before = sorted(p.relative_to(out) for p in out.rglob("*"))
    broken = tmp_path / "broken.yaml"
    broken.write_text(MINI.read_text().replace("openapi: 3.0.0", "openapi: 3.0.0\npaths: [oops"))
    assert main(["generate", str(broken), "--out", str(out)]) == 1
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == before


def test_python_m_generator_runs():
    result = subprocess.run([sys.executable, "-m", "generator", "versions"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0 and "3.110.0" in result.stdout


def test_console_script_is_installed():
    beside = Path(sys.executable).parent / "ampeco-codegen"
    script = str(beside) if beside.is_file() else shutil.which("ampeco-codegen")
    assert script, "pip install -e . should put ampeco-codegen on PATH"
    result = subprocess.run([script, "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "ampeco-codegen" in result.stdout


def test_output_folder_not_writable(tmp_path, capsys, monkeypatch):
    import generator.writer as writer

    parent = tmp_path / "ro"
    parent.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: simulate a read-only folder
        monkeypatch.setattr(writer.os, "access", lambda path, mode: False)
    else:
        parent.chmod(0o500)
    assert main(["generate", str(MINI), "--out", str(parent / "sdk")]) == 1
    assert "not writable" in capsys.readouterr().err
    assert not (parent / "sdk").exists()


# -- validation recorded in the manifest ---------------------------------------------------


def _repo(tmp_path: Path, monkeypatch, entry_extra: str = "") -> tuple[Path, Path]:
    """A repository whose manifest lists mini.yaml as version 1.0 (sha256 pinned)."""
    import hashlib

    monkeypatch.delenv("AMPECO_SPECS_DIR", raising=False)
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    data = tmp_path / "data" / "mini" / "openapi.yaml"
    data.parent.mkdir(parents=True)
    data.write_bytes(MINI.read_bytes())
    digest = hashlib.sha256(MINI.read_bytes()).hexdigest()
    manifest = root / "specs" / "versions.toml"
    manifest.write_text(f'[settings]\nspecs_dir = "../data"\n\n[versions."1.0"]\nfile = "mini/openapi.yaml"\nsha256 = "{digest}"\n{entry_extra}')
    return manifest, data


def _spy_checks(monkeypatch) -> list[str]:
    """Record which checks the loader runs (here: a check run in a forked child would
    record its call in the child)."""
    from generator import parallel
    from generator.load import document

    monkeypatch.setattr(parallel, "forking_allowed", lambda: False)
    calls: list[str] = []
    real_fast, real_full = document.start_fast_check, document.validation_problems
    monkeypatch.setattr(document, "start_fast_check", lambda *a, **k: calls.append("fast") or real_fast(*a, **k))
    monkeypatch.setattr(document, "validation_problems", lambda *a, **k: calls.append("full") or real_full(*a, **k))
    return calls


def test_a_validated_pinned_version_is_trusted(tmp_path, monkeypatch, capsys):
    manifest, spec = _repo(tmp_path, monkeypatch, 'validated = "openapi-spec-validator 0.9"\n')
    calls = _spy_checks(monkeypatch)
    out = tmp_path / "out"
    assert main(["--manifest", str(manifest), "generate", "1.0", "--out", str(out), "--package-name", "mini_trust", "-q"]) == 0
    assert calls == []  # neither check: the record stands for the full validator's pass
    assert main(["--manifest", str(manifest), "generate", "1.0", "--out", str(out), "--package-name", "mini_trust", "-q", "--strict"]) == 0
    assert calls == ["fast", "full"]  # --strict checks anyway
    spec.write_bytes(spec.read_bytes() + b"\n# changed\n")  # the record no longer applies
    calls.clear()
    assert main(["--manifest", str(manifest), "generate", "1.0", "--out", str(out), "--package-name", "mini_trust", "-q"]) == 1
    assert "checksum mismatch" in capsys.readouterr().err and calls == []


def test_a_pinned_version_without_a_record_gets_the_fast_check(tmp_path, monkeypatch):
    manifest, _ = _repo(tmp_path, monkeypatch)
    calls = _spy_checks(monkeypatch)
    assert main(["--manifest", str(manifest), "generate", "1.0", "--out", str(tmp_path / "out"), "--package-name", "mini_fast", "-q"]) == 0
    assert calls == ["fast"]


def test_add_version_records_the_full_validators_pass(tmp_path, monkeypatch, capsys):
    import tomllib

    from generator.load.validate import validated_record

    manifest, spec = _repo(tmp_path, monkeypatch)
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    calls = _spy_checks(monkeypatch)
    before = manifest.read_text()
    assert main(["--manifest", str(manifest), "add-version", str(spec), "--version", "1.0"]) == 0
    assert calls == ["fast", "full"]
    after = manifest.read_text()
    assert tomllib.loads(after)["versions"]["1.0"]["validated"] == validated_record()
    assert after.startswith(before.rstrip("\n"))  # one line added after sha256, nothing else moved
    assert "recorded validated" in capsys.readouterr().err


def test_add_version_refuses_what_only_the_full_validator_rejects(tmp_path, monkeypatch, capsys):
    import yaml

    manifest, _ = _repo(tmp_path, monkeypatch)
    monkeypatch.setenv("AMPECO_CODEGEN_CACHE", str(tmp_path / "cache"))
    doc = yaml.safe_load(MINI.read_text())
    doc["info"]["version"] = "2.0"
    doc["components"] = {"schemas": {"Flag": {"type": "boolean", "default": "false"}}}  # a warning for the fast path
    spec = tmp_path / "v2.json"
    spec.write_text(__import__("json").dumps(doc))
    before = manifest.read_text()
    assert main(["--manifest", str(manifest), "add-version", str(spec)]) == 1
    assert manifest.read_text() == before and "/components/schemas/Flag/default" in capsys.readouterr().err
