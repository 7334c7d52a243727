"""Fixtures for the runtime tests: import path, a recording HTTP server, a sleep recorder.

The runtime lives in ``templates/runtime`` and is imported here as the top-level
package ``runtime`` (the generator copies it into each SDK as ``<pkg>._runtime``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
_HERE = Path(__file__).resolve().parent
for _path in (_HERE, _TEMPLATES):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import runtime  # noqa: E402,F401  (fails loudly if the path above is wrong)

from runtime_server import RecordingServer, SleepRecorder  # noqa: E402


@pytest.fixture(scope="session")
def _server_instance() -> Iterator[RecordingServer]:
    server = RecordingServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server(_server_instance: RecordingServer) -> RecordingServer:
    """A real HTTP server on 127.0.0.1 with scripted responses, reset for each test."""
    _server_instance.reset()
    return _server_instance


@pytest.fixture
def sleeps() -> SleepRecorder:
    return SleepRecorder()


@pytest.fixture(autouse=True)
def _no_env_config(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start without AMPECO_* variables so the environment cannot leak in."""
    monkeypatch.delenv("AMPECO_BASE_URL", raising=False)
    monkeypatch.delenv("AMPECO_API_TOKEN", raising=False)
