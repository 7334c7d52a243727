"""The stub over real HTTP on 127.0.0.1: the standard library server, uvicorn, and
``python -m <package>.stub``."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from typing import Any

import httpx
import pytest

from .test_stub_behaviour import CHARGE_POINT

PLAIN = {"Authorization": "Bearer t"}


def exercise(gen: Any, url: str) -> None:
    """CRUD, a paginated listing, a 422 and a scripted 429 through the SDK at ``url``."""
    with gen.sdk.AmpecoStubcheck(base_url=url, api_token="t", max_retries=1) as client:
        created = client.charge_points.create(body=CHARGE_POINT)
        assert client.charge_points.read(created.id).name == "Depot 1"
        client.charge_points.update(created.id, body={"name": "Renamed"})
        assert [cp.name for cp in client.charge_points.listing(per_page=2)][-1] == "Renamed"
        client.charge_points.delete(created.id)
        with pytest.raises(gen.sdk.NotFoundError):
            client.charge_points.read(created.id)
        with pytest.raises(gen.sdk.UnprocessableEntityError) as caught:
            client.charge_points.create(body={"name": 5})
        assert "name" in caught.value.errors


@pytest.mark.parametrize("server", ["stdlib", "uvicorn"])
def test_real_server_on_loopback(gen: Any, server: str) -> None:
    if server == "uvicorn" and importlib.util.find_spec("uvicorn") is None:
        pytest.skip("uvicorn is not installed")
    stub = gen.new_stub(seed=2)
    with stub.serve(port=0, server=server) as url:
        assert url.startswith("http://127.0.0.1:")
        exercise(gen, url)
        listing = next(r for r in stub.requests if r.operation_id == "chargePointsListing" and r.query_value("cursor"))
        assert listing.url.startswith(url)  # links.next pointed back at this server
        stub.fail_next("evseRead", status=429, headers={"Retry-After": "0"})
        with gen.sdk.AmpecoStubcheck(base_url=url, api_token="t") as client:
            assert client.evses.read(1).id == 1
        assert [r.status for r in stub.requests[-2:]] == [429, 200]
        response = httpx.get(f"{url}/public-api/resources/evses/v2.1/1")
        assert response.status_code == 401 and response.json() == {"message": "Unauthenticated."}
        assert httpx.head(f"{url}/public-api/resources/evses/v2.1/1", headers=PLAIN).status_code == 200


def test_command_line_serves_on_loopback(gen: Any) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(gen.root), os.environ.get("PYTHONPATH", "")])}
    with httpx.Client() as probe:
        port = _free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", f"{gen.sdk.__name__}.stub", "--port", str(port), "--seed", "4", "--server", "stdlib"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 20
            while True:
                try:
                    response = probe.get(f"{url}/public-api/resources/evses/v2.1/1", headers=PLAIN)
                    break
                except httpx.ConnectError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        raise
                    time.sleep(0.05)
            assert response.status_code == 200 and response.json()["data"]["id"] == 1
            same = gen.new_stub(seed=4)
            with gen.client(same) as client:
                client.evses.read(1)
            assert response.json() == same.requests[-1].response  # --seed fixes the data
        finally:
            process.terminate()
            _, err = process.communicate(timeout=10)
    assert f"127.0.0.1:{port}" in err


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_wire_format_over_real_http(gen: Any) -> None:
    """What the SDK puts on the wire is what the stub (like AMPECO) reads back."""
    stub = gen.new_stub(seed=2)
    with stub.serve() as url, gen.sdk.AmpecoStubcheck(base_url=url, api_token="t") as client:
        client.evses.listing(
            filter={"chargePointId": "12", "roamingOperatorIds": [3, 4], "roaming": False},
            include=["connectors"],
            per_page=50,
        ).first_page()
        record = stub.requests[-1]
        assert record.raw_query == (
            "filter%5BchargePointId%5D=12&filter%5BroamingOperatorIds%5D%5B%5D=3"
            "&filter%5BroamingOperatorIds%5D%5B%5D=4&filter%5Broaming%5D=false"
            "&include%5B%5D=connectors&per_page=50"
        )
        assert record.headers["authorization"] == "Bearer t"
        assert record.headers["accept"] == "application/json"
        client.charge_points.update(1, body={"name": "N", "locationId": None})
        record = stub.requests[-1]
        assert record.method == "PATCH" and record.json == {"name": "N", "locationId": None}
        assert record.headers["content-type"] == "application/json"
