"""The generated package builds without writing into its own folder (hatchling builds
out of tree), and ``generate --check`` ignores only what a build could leave behind
(issue 19). Builds a wheel of a freshly generated 3.110.0 package into a temporary
folder: slow-ish (~10 s), offline (``--no-build-isolation``, hatchling from the dev
extras)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from generator.writer import read_tree

from ..conftest import REAL_VERSION, REPO


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=600)


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling is not installed (pip install -e '.[dev]')")
def test_a_wheel_builds_out_of_tree_and_check_still_passes(tmp_path: Path) -> None:
    out = tmp_path / "sdk"
    assert cli("generate", REAL_VERSION, "--out", str(out)).returncode == 0
    before = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(wheels), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == before
    (wheel,) = wheels.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "ampeco/py.typed" in names and "ampeco/stub/_handlers.py" in names
    assert "ampeco/stub/_schemas.json" in names  # data the stub reads at import
    assert "ampeco/_runtime/stub_engine.py" in names
    check = cli("generate", REAL_VERSION, "--out", str(out), "--check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_check_ignores_build_leftovers_and_nothing_else(tmp_path: Path) -> None:
    root = tmp_path / "pkg"
    (root / "ampeco").mkdir(parents=True)
    (root / "ampeco" / "__init__.py").write_text("x = 1\n")
    expected = read_tree(root)
    # what setuptools or a plain import leaves behind
    # (and what mypy, ruff or pytest leave when run over the package in place)
    for leftover in (
        "build/lib/ampeco/__init__.py",
        "ampeco.egg-info/PKG-INFO",
        "ampeco/__pycache__/__init__.cpython-311.pyc",
        ".mypy_cache/3.11/ampeco/__init__.data.json",
        "ampeco/.ruff_cache/CACHEDIR.TAG",
        ".pytest_cache/v/cache/nodeids",
    ):
        path = root / leftover
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("left behind\n")
    assert read_tree(root) == expected
    # anything else is the tree's business: an extra module, a nested build/ folder
    (root / "ampeco" / "build").mkdir()
    (root / "ampeco" / "build" / "x.py").write_text("y = 2\n")
    (root / "notes.txt").write_text("z\n")
    assert set(read_tree(root)) - set(expected) == {"ampeco/build/x.py", "notes.txt"}
    shutil.rmtree(root)
