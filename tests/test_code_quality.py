"""The generator's own code is held to the standard of its output (issue 15): ``ruff check``,
``ruff format --check`` and ``mypy`` (strict, pyproject.toml) pass on ``generator/`` and
``templates/runtime/``. The runtime is copied verbatim into every generated package, so it
keeps black's default 88 columns (templates/ruff.toml); ``generator/`` is written at 150,
and black (``[tool.black]``) must agree with ``ruff format`` there."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import REPO

SOURCES = ["generator", "templates/runtime"]


def run_tool(module: str, *args: str) -> None:
    """``python -m <module> <args>`` from the repository root (so its configuration
    applies); skipped when the tool is not installed, a failure shows the tool's report."""
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} is not installed (pip install -e '.[dev]')")
    done = subprocess.run([sys.executable, "-m", module, *args], cwd=REPO, capture_output=True, text=True, timeout=600)
    report = (done.stdout + done.stderr).strip()
    assert done.returncode == 0, f"{module} {' '.join(args)} exited {done.returncode}:\n{report[-6000:]}"


def test_ruff_check() -> None:
    run_tool("ruff", "check", "--no-fix", *SOURCES)


def test_ruff_format() -> None:
    run_tool("ruff", "format", "--check", *SOURCES)


def test_black_agrees_on_the_generator() -> None:
    # the same width in [tool.black] and [tool.ruff]: the two formatters must not fight
    run_tool("black", "--check", "generator")


def test_black_default_style_on_the_runtime() -> None:
    # what every generated package must pass: black's defaults, whatever this repository says
    run_tool("black", "--check", "--config", "/dev/null", "templates/runtime")


def test_mypy_generator() -> None:
    run_tool("mypy", "generator")


def test_mypy_runtime() -> None:
    run_tool("mypy", "templates/runtime")
