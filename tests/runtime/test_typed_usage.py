"""``mypy --strict`` on a typed usage file against a freshly generated SDK: TypedDict
inputs, enum literals, raw and streamed responses (issue 16)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.pipeline import generate
from generator.versions.manifest import load_manifest
from generator.writer import write_tree

USAGE = Path(__file__).resolve().parent / "typed" / "usage.py"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fresh_sdk(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("typed_sdk")
    entry = load_manifest(REPO / "specs" / "versions.toml").get("3.110.0")
    result = generate(
        entry.path, sha256=entry.sha256, names_lock=REPO / "specs" / "names.lock.json"
    )
    write_tree(result.files, out / "sdk")
    return out


def test_the_fresh_package_is_black_clean(fresh_sdk: Path) -> None:
    """params.py, the typed views and the models' type-checking __init__ included."""
    (fresh_sdk / "black.toml").write_text("[tool.black]\n")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "black",
            "--check",
            "-q",
            "--config",
            str(fresh_sdk / "black.toml"),
            ".",
        ],
        cwd=fresh_sdk / "sdk",
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-3000:]


@pytest.fixture(scope="module")
def mypy_report(fresh_sdk: Path) -> dict[int, list[str]]:
    out = fresh_sdk
    shutil.copy(USAGE, out / "sdk" / "usage.py")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(out / "cache"),
            "--show-error-codes",
            "--no-pretty",
            "ampeco",
            "usage.py",
        ],
        cwd=out / "sdk",
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode in (0, 1) and "source file" in run.stdout, (
        run.stdout[-2000:] + run.stderr[-2000:]
    )
    by_line: dict[int, list[str]] = {}
    for line in run.stdout.splitlines():
        match = re.match(r"(.+?):(\d+): (error|note): (.*)$", line)
        if match is None:
            continue
        assert (
            match.group(1) == "usage.py"
        ), f"mypy finds fault with the generated package: {line}"
        by_line.setdefault(int(match.group(2)), []).append(
            f"{match.group(3)}: {match.group(4)}"
        )
    return by_line


def _expectations() -> list[tuple[int, str, str]]:
    found = []
    for number, line in enumerate(USAGE.read_text().splitlines(), 1):
        match = re.search(r"# (reveal|error): (.+)$", line)
        if match:
            found.append((number, match.group(1), match.group(2).strip()))
    return found


def test_the_usage_file_says_what_it_expects() -> None:
    kinds = {kind for _, kind, _ in _expectations()}
    assert kinds == {"reveal", "error"} and len(_expectations()) >= 20


@pytest.mark.parametrize(
    "number,kind,expected", _expectations(), ids=lambda v: str(v)[:40]
)
def test_mypy_sees_the_precise_types(
    mypy_report: dict[int, list[str]], number: int, kind: str, expected: str
) -> None:
    messages = mypy_report.get(number, [])
    if kind == "reveal":
        assert messages == [f'note: Revealed type is "{expected}"'], messages
    else:
        assert any(
            m.startswith("error:") and m.endswith(f"[{expected}]") for m in messages
        ), messages


def test_no_other_line_has_an_error(mypy_report: dict[int, list[str]]) -> None:
    expected = {number for number, _, _ in _expectations()}
    unexpected = {n: m for n, m in mypy_report.items() if n not in expected}
    assert unexpected == {}
