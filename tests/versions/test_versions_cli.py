"""The manifest drives the commands: ``versions``, ``generate --all`` and its check."""

from __future__ import annotations

import hashlib

import pytest

from generator.cli import main

from .conftest import V1, V2


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    """A repository whose manifest lists the v1 and v2 fixture specs (in place, pinned)."""
    monkeypatch.delenv("AMPECO_SPECS_DIR", raising=False)
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    lines = ['[settings]\nspecs_dir = "specs-data"\n']
    for version, source in (("1.0.0", V1), ("2.0.0", V2)):
        target = root / "specs-data" / "ampeco" / version / "openapi.yaml"
        target.parent.mkdir(parents=True)
        target.write_bytes(source.read_bytes())
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        lines.append(f'\n[versions."{version}"]\nfile = "ampeco/{version}/openapi.yaml"\nsha256 = "{digest}"\n')
    manifest = root / "specs" / "versions.toml"
    manifest.write_text("".join(lines))
    return manifest


def test_generate_all_writes_and_checks_every_version(repo, capsys):
    assert main(["--manifest", str(repo), "generate", "--all"]) == 0
    out = capsys.readouterr().out
    for version in ("1.0.0", "2.0.0"):
        package = repo.parent.parent / "generated" / version / "ampeco"
        assert f'__api_version__ = "{version}"' in (package / "_version.py").read_text()
        assert f"generated/{version}:" in out
    assert main(["--manifest", str(repo), "generate", "--all", "--check"]) == 0
    assert main(["--manifest", str(repo), "versions"]) == 0
    listing = capsys.readouterr().out.splitlines()[-2:]
    assert listing[0].startswith("1.0.0\t") and listing[1].startswith("2.0.0 (default)\t")
    assert all(line.endswith("\tgenerated") for line in listing)


def test_versions_verify_checks_the_pins(repo, capsys):
    assert main(["--manifest", str(repo), "versions", "--verify"]) == 0
    assert capsys.readouterr().out.count("present, sha256 ok") == 2
    spec = repo.parent.parent / "specs-data" / "ampeco" / "1.0.0" / "openapi.yaml"
    spec.write_text(spec.read_text() + "\n# edited\n")
    assert main(["--manifest", str(repo), "versions", "--verify"]) == 1
    assert "sha256 MISMATCH" in capsys.readouterr().out
    spec.unlink()
    assert main(["--manifest", str(repo), "versions", "--verify"]) == 1
    assert "missing" in capsys.readouterr().out


def test_a_missing_spec_says_how_to_get_it(repo, capsys):
    (repo.parent.parent / "specs-data" / "ampeco" / "2.0.0" / "openapi.yaml").unlink()
    assert main(["--manifest", str(repo), "generate", "--all", "--check"]) == 1
    assert "run `ampeco-codegen fetch 2.0.0`" in capsys.readouterr().err
    assert main(["--manifest", str(repo), "diff", "1.0.0", "2.0.0"]) == 1
    assert "ampeco-codegen fetch 2.0.0" in capsys.readouterr().err


def test_diff_between_manifest_versions(repo, capsys):
    assert main(["--manifest", str(repo), "diff", "1.0.0", "2.0.0", "--fail-on-breaking"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("API changes from 1.0.0 to 2.0.0: ")


def test_an_empty_manifest(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("AMPECO_SPECS_DIR", raising=False)
    manifest = tmp_path / "specs" / "versions.toml"
    manifest.parent.mkdir()
    manifest.write_text("")
    assert main(["--manifest", str(manifest), "versions"]) == 0
    assert "add-version" in capsys.readouterr().out
