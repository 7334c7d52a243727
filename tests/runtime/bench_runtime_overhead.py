"""Per-call overhead of the runtime against hand-written httpx + TypeAdapter code.

Run by hand (not collected by pytest): ``python3 tests/runtime/bench_runtime_overhead.py``.
Both sides build the same request, send it through an in-process ``httpx.MockTransport``
and parse a 100-item EVSE listing page; the target is a ratio of at most 1.3.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path[:0] = [
    str(Path(__file__).resolve().parent),
    str(Path(__file__).resolve().parents[2] / "templates"),
]

import httpx  # noqa: E402
from pydantic import TypeAdapter  # noqa: E402

from runtime.pagination import PageLinks, PageMeta  # noqa: E402
from runtime.models import SDKModel  # noqa: E402
from runtime_fakes import TOKEN, Evse, FakeAmpeco, evse_json  # noqa: E402

BODY = json.dumps(
    {
        "data": [
            evse_json(n, connectors=[{"id": n, "type": "CCS"}]) for n in range(100)
        ],
        "links": {"first": None, "last": None, "prev": None, "next": None},
        "meta": {
            "path": "x",
            "per_page": 100,
            "next_cursor": None,
            "prev_cursor": None,
        },
    }
).encode()


def handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(
        200, content=BODY, headers={"Content-Type": "application/json"}
    )


class Listing(SDKModel):
    data: list[Evse]
    links: PageLinks | None = None
    meta: PageMeta | None = None


def hand_written() -> Callable[[], Any]:
    http = httpx.Client(transport=httpx.MockTransport(handler), timeout=60.0)
    adapter = TypeAdapter(Listing)
    headers = {
        "Authorization": f"Bearer {TOKEN}",
        "Accept": "application/json",
        "User-Agent": "bench",
    }

    def call() -> Any:
        response = http.get(
            "https://cpo.example.com/public-api/resources/evses/v2.1",
            params={
                "filter[chargePointId]": "12",
                "include[]": "connectors",
                "per_page": 100,
            },
            headers=headers,
        )
        response.raise_for_status()
        return adapter.validate_json(response.content).data

    return call


def sdk() -> Callable[[], Any]:
    client = FakeAmpeco(
        base_url="cpo.example.com",
        api_token=TOKEN,
        transport=httpx.MockTransport(handler),
    )

    def call() -> Any:
        listing = client.evses.listing(
            filter={"chargePointId": 12}, include=["connectors"], per_page=100
        )
        return listing.first_page().data

    return call


def measure(call: Callable[[], Any], rounds: int = 15, per_round: int = 40) -> float:
    for _ in range(20):
        call()
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(per_round):
            call()
        samples.append((time.perf_counter() - start) / per_round)
    return statistics.median(samples)


def main() -> None:
    base, ours = hand_written(), sdk()
    assert len(base()) == len(ours()) == 100
    t_base = measure(base)
    t_ours = measure(ours)
    print("| variant | per call (µs) |")
    print("|---|---|")
    print(f"| httpx + TypeAdapter | {t_base * 1e6:.0f} |")
    print(f"| SDK runtime | {t_ours * 1e6:.0f} |")
    print(f"| ratio | {t_ours / t_base:.2f} |")


if __name__ == "__main__":
    main()
