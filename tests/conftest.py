"""Shared fixtures: the manifest, the real AMPECO spec, and generated packages."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import os

import pytest
from hypothesis import settings

# CI runs the same property-test examples every time (no flaky failures); locally
# hypothesis explores, and keeps failures in its example database.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

from generator import native
from generator.versions.manifest import Manifest, VersionEntry, load_manifest
from generator.pipeline import Generated, build_api, generate
from generator.writer import write_tree

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
REAL_VERSION = "3.110.0"


# -- tests that replace a function of a stage mypyc compiled (generator/native.py) ---------
def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sources: replaces a function of a compiled stage (which its compiled callers would "
        "not see): runs in a pytest process of its own on the stages' sources (AMPECO_CODEGEN_PURE=1)",
    )


def on_sources(nodeid: str) -> subprocess.CompletedProcess[str]:
    """The test ``nodeid`` run by a pytest of its own with the stages loaded from their sources."""
    env = dict(os.environ, AMPECO_CODEGEN_PURE="1")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--no-header", nodeid]
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if pyfuncitem.get_closest_marker("sources") is None or not native.compiled:
        return None  # the stages run from their sources here already
    done = on_sources(pyfuncitem.nodeid)
    if done.returncode != 0:
        pytest.fail(f"on the stages' sources (AMPECO_CODEGEN_PURE=1):\n{done.stdout}{done.stderr}", pytrace=False)
    return True


@pytest.fixture(scope="session")
def manifest() -> Manifest:
    return load_manifest(REPO / "specs" / "versions.toml")


@pytest.fixture(scope="session")
def real_entry(manifest: Manifest) -> VersionEntry:
    entry = manifest.get(REAL_VERSION)
    assert entry.path.is_file(), f"the real spec is missing: {entry.path} (is ../shared beside the repo?)"
    return entry


@pytest.fixture(scope="session")
def real_api(real_entry: VersionEntry):
    return build_api(real_entry.path, sha256=real_entry.sha256)


@pytest.fixture(scope="session")
def real_generated(real_entry: VersionEntry) -> Generated:
    return generate(real_entry.path, sha256=real_entry.sha256)


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    return REPO / "generated" / REAL_VERSION


@pytest.fixture(scope="session")
def sdk(golden_dir: Path):
    """The committed golden SDK for 3.110.0, imported as ``ampeco``."""
    if str(golden_dir) not in sys.path:
        sys.path.insert(0, str(golden_dir))
    module = importlib.import_module("ampeco")
    assert Path(module.__file__).resolve().is_relative_to(golden_dir.resolve()), module.__file__
    return module


def generate_package(spec: Path, out: Path, package: str) -> Generated:
    """Generate ``spec`` as package ``package`` under ``out`` and make it importable."""
    result = generate(spec, package=package)
    write_tree(result.files, out)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return result


@pytest.fixture(scope="module")
def _recording_server():
    from .runtime.runtime_server import RecordingServer

    instance = RecordingServer()
    instance.start()
    yield instance
    instance.stop()


@pytest.fixture()
def server(_recording_server):
    """A recording HTTP server on 127.0.0.1 (one per test module), emptied for each test."""
    _recording_server.reset()
    return _recording_server


def sdk_names(package: str):
    """The public names a package generated as ``package`` gets (no ``--client-name``):
    ``client``, ``async_client``, ``stub``, ``error`` and the environment ``prefix``."""
    from types import SimpleNamespace

    from generator import naming

    client = naming.client_class_name(package)
    return SimpleNamespace(
        client=client, async_client="Async" + client, stub=client + "Stub", error=client + "Error", prefix=naming.env_prefix(client)
    )
