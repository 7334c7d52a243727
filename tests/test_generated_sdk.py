"""The committed 3.110.0 SDK: imports, stays lazy, passes black and mypy --strict,
installs with pip, and every operation builds the right request."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from .conftest import REPO


def test_operations_listed_and_bound(sdk):
    from ampeco import OPERATIONS, Ampeco, AsyncAmpeco

    assert len(OPERATIONS) == 452
    assert repr(OPERATIONS["evsesListing"]) == (
        "Operation(operation_id='evsesListing', http_method='GET', path='/public-api/resources/evses/v2.1', "
        "resource='evses', method='listing', deprecated=False, summary='EVSEs / Listing')"
    )
    for cls in (Ampeco, AsyncAmpeco):
        client = cls(base_url="http://127.0.0.1:9", api_token="t")
        for op in OPERATIONS.values():
            target = client
            for part in op.resource.split("."):
                target = getattr(target, part)
            assert callable(getattr(target, op.method)), op.operation_id


def test_versions(sdk):
    assert sdk.__api_version__ == "3.110.0"
    assert sdk.__version__ == "3.110.0"


def test_import_is_lazy(golden_dir):
    code = "import sys, ampeco; print(sorted(m for m in ('httpx', 'pydantic', 'ampeco.models.evse', 'ampeco._client') if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", code], cwd=golden_dir, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    code = "import sys; from ampeco import Ampeco; c = Ampeco(base_url='h', api_token='t'); c.evses; print('ampeco.models.charge_point' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], cwd=golden_dir, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_black_clean(golden_dir, tmp_path):
    # black's default style, not this repository's configuration (which leaves generated/
    # out of its own formatting): and every file must really be looked at
    config = tmp_path / "black.toml"
    config.write_text("[tool.black]\n")
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--no-cache", "--config", str(config), "."],
        cwd=golden_dir,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    python_files = sum(1 for _ in golden_dir.rglob("*.py"))
    assert f"{python_files} files would be left unchanged" in result.stderr, result.stderr[-500:]


def test_mypy_strict(golden_dir, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "-p", "ampeco"],
        cwd=golden_dir,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_installs_into_a_fresh_venv(golden_dir, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    source = tmp_path / "source"  # pip writes build/ and *.egg-info beside the sources
    shutil.copytree(golden_dir, source)
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", str(source)],
        check=True,
        capture_output=True,
    )
    code = "from ampeco import Ampeco, OPERATIONS; import ampeco; assert len(OPERATIONS) == 452; print(ampeco.__file__)"
    result = subprocess.run([str(python), "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert "site-packages" in result.stdout


# -- every operation on the wire ----------------------------------------------------------

PATH_VALUES = {"int": 7, "str": "a b/c"}


def sample(t):
    """A value for a required parameter of type ``t``."""
    if t.kind == "primitive":
        return {"int": 3, "float": 1.5, "bool": True, "str": "x", "datetime": datetime(2024, 1, 2, 3, 4, 5)}.get(t.name, "x")
    if t.kind == "list":
        return [sample(t.items[0])]
    if t.kind == "enum":
        return None
    return {}


def fake_body(op):
    status = op.success_statuses[0] if op.success_statuses else 200
    if op.pagination:
        return status, {"data": [], "links": {"next": None}, "meta": {}}
    if op.result is None:
        return status, None
    if op.unwrap:
        return status, {"data": [] if op.result.kind == "list" else {}}
    return status, [] if op.result.kind == "list" else {}


def test_every_operation_builds_its_request(sdk, real_api):
    from ampeco import Ampeco

    ops = {op.operation_id: op for op in real_api.operations}
    seen: list[httpx.Request] = []
    tokens: list[str | None] = []  # read at send time: the runtime masks it afterwards
    current: dict[str, object] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        tokens.append(request.headers.get("authorization"))
        status, payload = fake_body(current["op"])
        if payload is None:
            return httpx.Response(status)
        return httpx.Response(status, json=payload)

    client = Ampeco(base_url="https://cpo.example.com", api_token="secret-token", transport=httpx.MockTransport(handler), max_retries=0)
    failures = []
    for op_id, op in sorted(ops.items()):
        current["op"] = op
        seen.clear()
        tokens.clear()
        args, expected_path = [], op.path
        for p in op.parameters:
            if p.location == "path":
                value = PATH_VALUES["int" if p.type.name == "int" else "str"]
                args.append(value)
                expected_path = expected_path.replace("{" + p.wire_name + "}", quote(str(value), safe=""))
        kwargs = {p.name: sample(p.type) for p in op.parameters if p.location != "path" and p.required}
        if op.body is not None and op.body.required:
            kwargs["body"] = {}
        method = getattr(getattr(client, op.resource), op.method)
        try:
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                result = method(*args, **kwargs)
                if op.pagination:
                    list(result)
        except Exception as exc:  # collect, report all at once
            failures.append(f"{op_id}: {type(exc).__name__}: {exc}")
            continue
        if len(seen) != 1:
            failures.append(f"{op_id}: {len(seen)} requests")
            continue
        request = seen[0]
        if request.method != op.http_method or request.url.raw_path.split(b"?")[0].decode() != expected_path:
            failures.append(f"{op_id}: sent {request.method} {request.url.raw_path!r}, expected {op.http_method} {expected_path}")
        if tokens != ["Bearer secret-token"]:
            failures.append(f"{op_id}: no bearer token")
    assert not failures, "\n".join(failures[:30])
