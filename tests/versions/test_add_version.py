"""``add-version``: the spec goes where the manifest points, the manifest gains one sorted entry."""

from __future__ import annotations

import hashlib
import json
import tomllib

import pytest
import yaml

from generator.cli import main
from generator.versions.manifest import load_manifest
from generator.load.validate import validated_record

from .conftest import V1, V2, V3

HEADER = """# The versions of a test repository.
# (comments stay where they are)

[settings]
specs_dir = "../specs-data"
"""


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    """A repository with a manifest listing v1 and v3 (their specs in place), v2 not yet."""
    monkeypatch.delenv("AMPECO_SPECS_DIR", raising=False)
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    data = tmp_path / "specs-data"
    for version, source in (("1.0.0", V1), ("3.0.0", V3)):
        target = data / "ampeco" / version / "openapi.yaml"
        target.parent.mkdir(parents=True)
        target.write_bytes(source.read_bytes())
    manifest = root / "specs" / "versions.toml"
    manifest.write_text(
        HEADER
        + f'\n[versions."1.0.0"]\nfile = "ampeco/1.0.0/openapi.yaml"\nsha256 = "{sha(V1)}"\n'
        + f'\n# the newest one\n[versions."3.0.0"]\nfile = "ampeco/3.0.0/openapi.yaml"\nsource = "https://example.com/v3"\nsha256 = "{sha(V3)}"\n'
    )
    return manifest


def test_add_version_copies_the_spec_and_inserts_a_sorted_entry(repo, capsys):
    before = repo.read_text()
    assert main(["--manifest", str(repo), "add-version", str(V2), "--source", "https://example.com/v2"]) == 0
    out = capsys.readouterr().out
    target = repo.parent.parent.parent / "specs-data" / "ampeco" / "2.0.0" / "openapi.yaml"
    assert target.read_bytes() == V2.read_bytes()
    assert f"spec copied to {target}" in out
    assert "ampeco-codegen generate 2.0.0" in out and "ampeco-codegen diff 1.0.0 2.0.0" in out
    text = repo.read_text()
    assert text.startswith(HEADER)  # header and settings untouched
    assert "# the newest one\n[versions.\"3.0.0\"]" in text  # the comment stays with its table
    entries = load_manifest(repo).entries
    assert [e.version for e in entries] == ["1.0.0", "2.0.0", "3.0.0"]
    parsed = tomllib.loads(text)["versions"]["2.0.0"]
    assert parsed == {"file": "ampeco/2.0.0/openapi.yaml", "source": "https://example.com/v2", "sha256": sha(V2), "validated": validated_record()}
    assert list(tomllib.loads(text)["versions"]) == ["1.0.0", "2.0.0", "3.0.0"]  # sorted in the file too
    # only the new block was added
    added = [line for line in text.splitlines() if line not in before.splitlines()]
    assert added == ['[versions."2.0.0"]', 'file = "ampeco/2.0.0/openapi.yaml"', 'source = "https://example.com/v2"', f'sha256 = "{sha(V2)}"', f'validated = "{validated_record()}"']
    assert not list(repo.parent.glob(".*.tmp"))  # written atomically, nothing left behind


def test_add_version_twice_is_a_no_op(repo, capsys):
    assert main(["--manifest", str(repo), "add-version", str(V2)]) == 0
    text = repo.read_text()
    capsys.readouterr()
    assert main(["--manifest", str(repo), "add-version", str(V2)]) == 0
    out = capsys.readouterr().out
    assert "already listed" in out and "already at" in out
    assert repo.read_text() == text


def test_the_newest_goes_last_and_the_flow_continues(repo, tmp_path, capsys):
    data = yaml.safe_load(V3.read_text())
    data["info"]["version"] = "3.1.0"
    newer = tmp_path / "download.json"
    newer.write_text(json.dumps(data))
    assert main(["--manifest", str(repo), "add-version", str(newer)]) == 0
    entries = load_manifest(repo).entries
    assert entries[-1].version == "3.1.0" and entries[-1].file == "ampeco/3.1.0/openapi.json"  # JSON stays JSON
    assert repo.read_text().rstrip().endswith(f'sha256 = "{sha(newer)}"\nvalidated = "{validated_record()}"')
    capsys.readouterr()
    # the manifest now drives the other commands
    assert main(["--manifest", str(repo), "versions"]) == 0
    assert "3.1.0 (default)" in capsys.readouterr().out
    assert main(["--manifest", str(repo), "diff", "3.0.0", "3.1.0", "--fail-on-breaking"]) == 0
    assert "0 breaking, 0 non-breaking" in capsys.readouterr().out
    out = tmp_path / "sdk"
    assert main(["--manifest", str(repo), "generate", "3.1.0", "--out", str(out), "-q"]) == 0
    assert (out / "ampeco" / "_version.py").read_text().count('"3.1.0"') == 2  # __version__ and __api_version__


def test_version_override_and_notes(repo, capsys):
    assert main(["--manifest", str(repo), "add-version", str(V2), "--version", "2.0.0-rc1"]) == 0
    captured = capsys.readouterr()
    assert "info.version '2.0.0'" in captured.err
    assert "2.0.0-rc1" in [e.version for e in load_manifest(repo).entries]


def test_conflicts_and_bad_input_change_nothing(repo, tmp_path, capsys):
    before = repo.read_text()
    # the version is listed with another file's checksum
    data = yaml.safe_load(V2.read_text())
    data["info"]["version"] = "1.0.0"
    clash = tmp_path / "clash.yaml"
    clash.write_text(yaml.safe_dump(data))
    assert main(["--manifest", str(repo), "add-version", str(clash)]) == 1
    assert "already in" in capsys.readouterr().err
    # something else already sits where the spec would go
    occupied = repo.parent.parent.parent / "specs-data" / "ampeco" / "2.0.0" / "openapi.yaml"
    occupied.parent.mkdir(parents=True)
    occupied.write_text("other content\n")
    assert main(["--manifest", str(repo), "add-version", str(V2)]) == 1
    assert "already exists with other content" in capsys.readouterr().err
    # not a valid spec
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.0.0\ninfo: {title: x, version: 9.0.0}\npaths:\n  /a:\n    get:\n      responses: {'200': {$ref: '#/nope'}}\n")
    assert main(["--manifest", str(repo), "add-version", str(broken)]) == 1
    err = capsys.readouterr().err
    assert "unresolvable reference" in err and "Traceback" not in err
    # no info.version
    data = yaml.safe_load(V2.read_text())
    del data["info"]["version"]
    versionless = tmp_path / "versionless.yaml"
    versionless.write_text(yaml.safe_dump(data))
    assert main(["--manifest", str(repo), "add-version", str(versionless)]) == 1
    assert "pass --version" in capsys.readouterr().err
    # a version that cannot name a folder
    assert main(["--manifest", str(repo), "add-version", str(V2), "--version", "../up"]) == 2
    assert main(["--manifest", str(repo), "add-version", str(tmp_path / "missing.yaml")]) == 1
    assert repo.read_text() == before
    assert not (repo.parent.parent.parent / "specs-data" / "ampeco" / "9.0.0").exists()


def test_spec_already_in_place_is_not_copied(repo, capsys):
    target = repo.parent.parent.parent / "specs-data" / "ampeco" / "2.0.0" / "openapi.yaml"
    target.parent.mkdir(parents=True)
    target.write_bytes(V2.read_bytes())
    assert main(["--manifest", str(repo), "add-version", str(target)]) == 0
    assert "already at" in capsys.readouterr().out
    assert load_manifest(repo).get("2.0.0").path == target.resolve()
