"""Upgrades you can trust, shown on versions of the real spec derived at test time
(``derive.CHAIN``: added operations and fields, a removed operation, a merged enum, a split
schema, a path-parameter rename), in a throw-away repository driven through the CLI:

- ``generate --all`` twice gives byte-identical trees and lock, and adding later versions
  never changes the trees (or lock entries) of the earlier ones;
- an unchanged version is not rewritten (the stamp in its marker), a touched file is;
- each report lists every change once, correctly classified, and nothing else, in the names
  the generated SDKs have;
- code written against the first version still works on every later one, except where the
  report says breaking.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from generator.model.ir import Api, TypeRef
from generator.versions.lock import read_versions_lock
from generator.writer import MARKER, read_tree

from .derive import CHAIN, derive, write_repository

VERSIONS = [version for version, _ in CHAIN]
FIRST = VERSIONS[:3]
CALLS = Path(__file__).resolve().parent / "v1_calls.py"


def snapshot(root: Path) -> dict[str, dict[str, str]]:
    """version -> every file of generated/<version>, the marker included."""
    out = {}
    for version_dir in sorted((root / "generated").iterdir()):
        files = read_tree(version_dir)
        files[MARKER] = (version_dir / MARKER).read_text()
        out[version_dir.name] = files
    return out


@pytest.fixture(scope="module")
def chain(real_entry, tmp_path_factory):
    """The derived versions generated as a team would: the first three, then all six."""
    os.environ.pop("AMPECO_SPECS_DIR", None)
    specs = derive(real_entry.path.read_bytes())
    root = tmp_path_factory.mktemp("upgrades") / "repo"
    manifest = write_repository(root, {v: specs[v] for v in FIRST})
    assert main(["--manifest", str(manifest), "generate", "--all", "-q"]) == 0
    early = snapshot(root)
    early_lock = read_versions_lock(root / "specs" / "names.lock.json")
    write_repository(root, specs)
    assert main(["--manifest", str(manifest), "generate", "--all", "-q"]) == 0
    return {"root": root, "manifest": manifest, "specs": specs, "early": early, "early_lock": early_lock, "all": snapshot(root)}


def cli(chain, *args: str) -> int:
    return main(["--manifest", str(chain["manifest"]), *args])


def test_adding_later_versions_never_changes_earlier_ones(chain):
    assert set(chain["early"]) == set(FIRST)
    for version in FIRST:
        assert chain["all"][version] == chain["early"][version], f"generated/{version} changed when later versions were added"
    lock = read_versions_lock(chain["root"] / "specs" / "names.lock.json")
    assert list(lock.versions) == VERSIONS
    for version in FIRST:
        assert lock.versions[version] == chain["early_lock"].versions[version]


def test_generate_all_twice_is_byte_identical(chain):
    root = chain["root"]
    lock_text = (root / "specs" / "names.lock.json").read_text()
    shutil.rmtree(root / "generated")
    assert cli(chain, "generate", "--all", "-q") == 0  # every version made again from scratch
    assert snapshot(root) == chain["all"]
    assert (root / "specs" / "names.lock.json").read_text() == lock_text


def test_an_unchanged_version_is_not_rewritten(chain, capsys):
    root = chain["root"]
    assert cli(chain, "generate", "--all") == 0
    out = capsys.readouterr().out
    assert out.count("up to date (spec, names and generator unchanged)") == len(VERSIONS)
    assert cli(chain, "generate", "--all", "--check") == 0
    # a file edited by hand: the stamp still matches, the tree does not; check says so
    readme = root / "generated" / "1.0.0" / "README.md"
    readme.write_text(readme.read_text() + "edited\n")
    assert cli(chain, "generate", "--check") == 1  # --check covers every version by default
    assert "generated/1.0.0: 1 file(s) out of date" in capsys.readouterr().err
    assert cli(chain, "generate", "--all", "-q") == 0
    assert snapshot(root) == chain["all"]


def test_a_run_that_finds_everything_up_to_date_loads_no_generator_stage(chain):
    """The up-to-date check (stamp, then the files' sizes, times and inodes) runs before
    anything heavy: such a run imports neither the loader, the IR, the normaliser nor the
    emitters (they are ~20 ms of a ~0.1 s run)."""
    assert cli(chain, "generate", "--all", "-q") == 0
    probe = (
        "import sys\n"
        "from generator.cli import main\n"
        f"assert main(['--manifest', {str(chain['manifest'])!r}, 'generate', '--all']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('generator.load.document', 'generator.model', "
        "'generator.normalise', 'generator.emit', 'generator.pipeline'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=chain["root"])
    assert done.stdout.count("up to date (spec, names and generator unchanged)") == len(VERSIONS)
    assert done.stdout.strip().splitlines()[-1] == "[]"


def reaches(api: Api, t: TypeRef | None, name: str, seen: set[str] | None = None) -> bool:
    seen = set() if seen is None else seen
    if t is None:
        return False
    if t.kind in ("model", "enum"):
        if t.name == name:
            return True
        if t.kind == "enum" or t.name in seen:
            return False
        seen.add(t.name)
        model = next(m for m in api.models if m.name == t.name)
        return any(reaches(api, f.type, name, seen) for f in model.fields) or reaches(api, model.extra, name, seen)
    return any(reaches(api, i, name, seen) for i in t.items)


def report(chain, old: str, new: str) -> dict:
    out = chain["root"] / f"report-{old}-{new}.json"
    assert cli(chain, "diff", old, new, "--format", "json", "-o", str(out)) == 0
    return json.loads(out.read_text())


def entries(data: dict) -> list[tuple[str, str, bool]]:
    return sorted((c["kind"], c["operation"] or c["path"], c["breaking"]) for c in data["changes"])


def test_added_operations_and_fields(chain):
    assert entries(report(chain, "1.0.0", "1.1.0")) == [
        ("operation-added", "widgetRead", False),
        ("operation-added", "widgetsListing", False),
        ("request-property-added", "taxCreate", False),
        ("response-property-added", "taxCreate", False),
        ("response-property-added", "taxRead", False),
        ("response-property-added", "taxUpdate", False),
        ("response-property-added", "taxesListing", False),
    ]


def test_a_removed_operation(chain):
    assert entries(report(chain, "1.1.0", "1.2.0")) == [("operation-removed", "taxDelete", True), ("sdk-method-removed", "taxDelete", True)]


def test_a_merged_enum_keeps_the_live_name_and_aliases_the_other(chain, real_entry):
    from generator.pipeline import build_api

    data = report(chain, "1.2.0", "1.3.0")
    sdk = [c for c in data["changes"] if c["section"] == "sdk"]
    assert [(c["kind"], c["old"], c["new"], c["breaking"]) for c in sdk] == [
        ("sdk-enum-aliased", "EvseDeprecatedHardwareStatus", "EvseHardwareStatus", False)
    ]
    rest = [c for c in data["changes"] if c["section"] != "sdk"]
    assert {(c["kind"].rsplit("-property-", 1)[-1], c["new"], c["breaking"]) for c in rest} == {("enum-value-added", "occupied", False)}
    # exactly the operations that used the deprecated enum, each once
    old = build_api(chain["root"] / "specs-data" / "ampeco" / "1.2.0" / "openapi.json", validate=False)
    users = sorted(
        op.operation_id
        for op in old.operations
        if any(reaches(old, t, "EvseDeprecatedHardwareStatus") for t in [op.result, *(p.type for p in op.parameters)])
    )
    assert sorted({c["operation"] for c in rest if c["operation"]}) == users
    assert len({(c["operation"], c["where"], c["path"]) for c in rest}) == len(rest)
    init = chain["root"] / "generated" / "1.3.0" / "ampeco" / "models" / "__init__.py"
    assert '"EvseDeprecatedHardwareStatus": "EvseHardwareStatus"' in init.read_text()


def test_a_split_schema(chain):
    assert entries(report(chain, "1.3.0", "1.4.0")) == [("response-property-added", "taxRead", False)]
    tax = (chain["root"] / "generated" / "1.4.0" / "ampeco" / "models" / "__init__.py").read_text()
    assert '"Tax": "tax"' in tax  # the name stays with the part most operations use


def test_a_path_parameter_rename_is_one_entry(chain):
    data = report(chain, "1.4.0", "1.5.0")
    assert entries(data) == [("request-path-parameter-renamed", "taxRead", True), ("request-path-parameter-renamed", "taxUpdate", True)]
    assert all((c["old"], c["new"]) == ("tax", "tax_id") and "keyword" in c["message"] for c in data["changes"])


def test_the_report_names_only_classes_the_sdks_have(chain):
    def classes(version: str) -> str:
        return (chain["root"] / "generated" / version / "ampeco" / "models" / "__init__.py").read_text()

    for old, new in zip(VERSIONS, VERSIONS[1:]):
        for change in report(chain, old, new)["changes"]:
            if change["kind"].startswith(("sdk-class", "sdk-enum-")) and not change["kind"].startswith("sdk-enum-member"):
                assert f'"{change["old"]}":' in classes(old), change
                if change["new"]:
                    assert f'"{change["new"]}":' in classes(new), change


def test_code_written_against_the_first_version(chain):
    """A dozen calls through each version's stub on 127.0.0.1: what fails is exactly what the
    reports since the first version called breaking."""
    expected_failures = {
        "taxes.delete(1)": ("1.2.0", "sdk-method-removed"),  # the method is gone
        "taxes.read(tax=1)": ("1.5.0", "request-path-parameter-renamed"),  # keyword callers only
    }
    breaking: set[str] = set()
    for index, version in enumerate(VERSIONS):
        if index:
            breaking |= {c["kind"] for c in report(chain, VERSIONS[index - 1], version)["changes"] if c["breaking"]}
        env = {**os.environ, "PYTHONPATH": str(chain["root"] / "generated" / version), "NO_PROXY": "127.0.0.1"}
        done = subprocess.run([sys.executable, str(CALLS)], capture_output=True, text=True, timeout=120, env=env, cwd=chain["root"])
        assert done.returncode == 0, done.stderr
        results = json.loads(done.stdout)
        assert len(results) >= 12
        failed = {call for call, outcome in results.items() if outcome != "ok"}
        due = {call for call, (since, kind) in expected_failures.items() if VERSIONS.index(since) <= index}
        assert failed == due, (version, {c: results[c] for c in failed})
        assert {expected_failures[c][1] for c in failed} <= breaking


def test_generate_path_and_generate_version_give_the_same_sdk(chain, tmp_path):
    spec = chain["root"] / "specs-data" / "ampeco" / "1.3.0" / "openapi.json"
    copy = tmp_path / "elsewhere" / "openapi.json"  # the same bytes under another path
    copy.parent.mkdir()
    copy.write_bytes(spec.read_bytes())
    for path, out in ((spec, tmp_path / "by-path"), (copy, tmp_path / "by-copy")):
        assert cli(chain, "generate", str(path), "--out", str(out), "-q") == 0
        assert read_tree(out) == read_tree(chain["root"] / "generated" / "1.3.0")


def test_names_lock_option_for_a_spec_outside_the_manifest(chain, tmp_path):
    lock = tmp_path / "names.lock.json"
    shutil.copy(chain["root"] / "specs" / "names.lock.json", lock)
    data = json.loads(chain["specs"]["1.3.0"])
    data["info"]["description"] = data["info"].get("description", "") + " "  # another file, same API
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(data))
    plain, locked = tmp_path / "plain", tmp_path / "locked"
    assert main(["generate", str(spec), "--out", str(plain), "-q"]) == 0
    assert main(["generate", str(spec), "--names-lock", str(lock), "--out", str(locked), "-q"]) == 0
    init = (locked / "ampeco" / "models" / "__init__.py").read_text()
    assert init == (chain["root"] / "generated" / "1.3.0" / "ampeco" / "models" / "__init__.py").read_text()
    assert '"EvseDeprecatedHardwareStatus": "EvseHardwareStatus"' not in (plain / "ampeco" / "models" / "__init__.py").read_text()


def test_scoped_gate(chain, tmp_path, capsys):
    uses = tmp_path / "uses.txt"
    uses.write_text("# what our app calls\nevseRead\ncharge_points.listing\nTax\n")
    assert cli(chain, "diff", "1.1.0", "1.2.0", "--fail-on-breaking") == 1
    assert cli(chain, "diff", "1.1.0", "1.2.0", "--fail-on-breaking", "--uses", str(uses)) == 0
    uses.write_text("taxes.delete\n")
    assert cli(chain, "diff", "1.1.0", "1.2.0", "--fail-on-breaking", "--uses", str(uses)) == 1
    assert "taxDelete: removed" in capsys.readouterr().err
    uses.write_text("\n# nothing\n")
    assert cli(chain, "diff", "1.1.0", "1.2.0", "--fail-on-breaking", "--uses", str(uses)) == 2
    assert "names nothing" in capsys.readouterr().err
    assert cli(chain, "diff", "1.1.0", "1.2.0", "--uses", str(uses)) == 2


def test_an_old_name_imports_and_its_first_use_warns(chain):
    package = chain["root"] / "generated" / "1.5.0"
    init = package / "ampeco" / "models" / "__init__.py"
    black = subprocess.run([sys.executable, "-m", "black", "--check", "--quiet", str(init)], capture_output=True, text=True, timeout=120)
    assert black.returncode == 0, black.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent", "--cache-dir", str(chain["root"] / ".mypy"), "ampeco/models/__init__.py"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=package,
    )
    assert mypy.returncode == 0, mypy.stdout
    script = (
        "import warnings\n"
        "with warnings.catch_warnings(record=True) as seen:\n"
        "    warnings.simplefilter('always')\n"
        "    from ampeco.models import EvseDeprecatedHardwareStatus as Old\n"
        "    import ampeco.models as models\n"
        "    models.EvseDeprecatedHardwareStatus\n"
        "from ampeco.models import EvseHardwareStatus\n"
        "assert Old is EvseHardwareStatus and Old('occupied') == 'occupied'\n"
        "assert 'EvseDeprecatedHardwareStatus' not in models.__all__\n"
        "print([str(w.message) for w in seen if issubclass(w.category, DeprecationWarning)])\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONPATH": str(package)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(["ampeco.models.EvseDeprecatedHardwareStatus is deprecated: use ampeco.models.EvseHardwareStatus"])
