"""Measurements that run inside a fresh child process: ``python probes.py NAME [ARGS]``.

Each probe prints one JSON object on its last line of stdout. Only the standard library
is imported at the top, so whatever a probe times is not already loaded. The generated
package must be importable (``run.py`` sets ``PYTHONPATH`` to its folder).
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

PAGE_SIZE = 100
BASE_URL = "https://cpo.example.com"
TOKEN = "bench-token"
LISTING_PATH = "/public-api/resources/evses/v2.1"


def _rss_mb() -> float:
    """Current resident set size of this process, in MiB."""
    with open("/proc/self/statm") as handle:
        resident = int(handle.read().split()[1])
    return resident * os.sysconf("SC_PAGE_SIZE") / 2**20


def _emit(result: dict[str, Any]) -> None:
    print(json.dumps(result))


# -- import and construction ---------------------------------------------------------


def probe_import(package: str) -> None:
    started = time.perf_counter()
    __import__(package)
    _emit(
        {
            "import_ms": (time.perf_counter() - started) * 1e3,
            "modules": len(sys.modules),
        }
    )


def probe_construct(package: str) -> None:
    """``from ampeco import Ampeco``, ``Ampeco(...)`` and the first resource attribute."""
    cpu = time.process_time()
    started = time.perf_counter()
    module = __import__(package)
    client = module.Ampeco(base_url=BASE_URL, api_token=TOKEN)
    constructed = time.perf_counter()
    client.evses
    touched = time.perf_counter()
    cpu = time.process_time() - cpu
    _emit(
        {
            "cpu_ms": cpu * 1e3,
            "construct_ms": (constructed - started) * 1e3,
            "first_resource_ms": (touched - constructed) * 1e3,
            "total_ms": (touched - started) * 1e3,
            "modules": len(sys.modules),
            "httpcore_loaded": "httpcore" in sys.modules,
            "models_loaded": sum(
                1 for name in sys.modules if name.startswith(f"{package}.models.")
            ),
        }
    )


def probe_first_call(package: str, body_file: str) -> None:
    """Construction, then the first listing call of the process (through MockTransport)."""
    import httpx

    with open(body_file, "rb") as handle:
        body = handle.read()
    started = time.perf_counter()
    module = __import__(package)
    client = module.Ampeco(
        base_url=BASE_URL,
        api_token=TOKEN,
        transport=httpx.MockTransport(
            lambda request: httpx.Response(
                200, content=body, headers={"Content-Type": "application/json"}
            )
        ),
    )
    ready = time.perf_counter()
    page = client.evses.listing(per_page=PAGE_SIZE).first_page()
    done = time.perf_counter()
    assert len(page.data) == PAGE_SIZE
    _emit({"first_call_ms": (done - ready) * 1e3, "total_ms": (done - started) * 1e3})


def probe_all_models(package: str) -> None:
    models = __import__(f"{package}.models", fromlist=["__all__"])
    started = time.perf_counter()
    for name in models.__all__:
        getattr(models, name)
    _emit(
        {
            "all_models_ms": (time.perf_counter() - started) * 1e3,
            "names": len(models.__all__),
        }
    )


def _resources(module: Any) -> list[str]:
    return sorted({op.resource for op in module.OPERATIONS.values()})


def _touch(client: Any, dotted: str) -> None:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)


def probe_memory(package: str) -> None:
    bare = _rss_mb()
    module = __import__(package)
    imported = _rss_mb()
    client = module.Ampeco(base_url=BASE_URL, api_token=TOKEN)
    for dotted in _resources(module):
        _touch(client, dotted)
    resources = _rss_mb()
    models = __import__(f"{package}.models", fromlist=["__all__"])
    for name in models.__all__:
        getattr(models, name)
    all_models = _rss_mb()
    _emit(
        {
            "bare_mb": bare,
            "import_mb": imported,
            "resources_mb": resources,
            "models_mb": all_models,
            "resource_count": len(_resources(module)),
        }
    )


# -- per-call overhead ---------------------------------------------------------------


def probe_body(package: str, out: str) -> None:
    """Write the listing body the other probes serve (made here, not in the timed process)."""
    body = _listing_body(package)
    with open(out, "wb") as handle:
        handle.write(body)
    _emit({"bytes": len(body), "items": PAGE_SIZE})


def _listing_body(package: str) -> bytes:
    """A 100-item EVSE listing page as the stub server invents it (fits the model)."""
    try:
        stub_module = __import__(f"{package}.stub", fromlist=["AmpecoStub"])
        module = __import__(package)
        stub = stub_module.AmpecoStub(seed=1, sample_items=PAGE_SIZE)
        client = module.Ampeco("http://stub.local", TOKEN, transport=stub.transport())
        raw = client.with_raw_response.evses.listing(per_page=PAGE_SIZE)
        data = json.loads(raw.content)
        if len(data.get("data", [])) == PAGE_SIZE:
            data["links"] = {"first": None, "last": None, "prev": None, "next": None}
            data["meta"] = {
                "path": BASE_URL + LISTING_PATH,
                "per_page": PAGE_SIZE,
                "next_cursor": None,
                "prev_cursor": None,
            }
            return json.dumps(data).encode()
    except Exception as exc:  # the stub is optional: fall back to a fixed item
        print(
            f"stub unavailable ({type(exc).__name__}: {exc}); using a fixed item",
            file=sys.stderr,
        )
    return json.dumps(
        {
            "data": [dict(_FIXED_ITEM, id=n + 1) for n in range(PAGE_SIZE)],
            "links": {"first": None, "last": None, "prev": None, "next": None},
            "meta": {
                "path": BASE_URL + LISTING_PATH,
                "per_page": PAGE_SIZE,
                "next_cursor": None,
                "prev_cursor": None,
            },
        }
    ).encode()


_FIXED_ITEM: dict[str, Any] = {
    "chargePointId": 355,
    "id": 1,
    "physicalReference": "physicalReference-1370",
    "label": "label-9737",
    "currentType": "dc",
    "networkId": "networkId-2837",
    "status": "disabled",
    "tariffGroupId": 928,
    "allowsReservation": False,
    "bookingEnabled": False,
    "roamingOperatorId": 427,
    "hardwareStatus": "charging",
    "connectors": [
        {"id": 469, "type": "type-g-british", "format": "socket", "status": "disabled"}
    ],
    "createdAt": "2024-11-22T13:59:54+00:00",
    "lastUpdatedAt": "2024-05-05T19:44:27+00:00",
}


def probe_percall(
    package: str, body_file: str, rounds: str = "15", per_round: str = "40"
) -> None:
    """Per-call time of three calls, SDK against hand-written httpx + TypeAdapter.

    Each round times every side in turn, so that load from other processes hits them
    alike; ratios are taken per round.
    """
    from collections.abc import Callable

    import httpx
    from pydantic import BaseModel, TypeAdapter

    module = __import__(package)
    Evse = getattr(__import__(f"{package}.models", fromlist=["Evse"]), "Evse")
    with open(body_file, "rb") as handle:
        listing = handle.read()
    item = json.loads(listing)["data"][0]
    single = json.dumps({"data": item}).encode()
    TypeAdapter(list[Evse]).validate_python(
        json.loads(listing)["data"]
    )  # fits strictly

    def handler(request: httpx.Request) -> httpx.Response:
        content = listing if request.url.path == LISTING_PATH else single
        return httpx.Response(
            200, content=content, headers={"Content-Type": "application/json"}
        )

    client = module.Ampeco(
        base_url=BASE_URL, api_token=TOKEN, transport=httpx.MockTransport(handler)
    )
    http = httpx.Client(transport=httpx.MockTransport(handler), timeout=60.0)
    headers = {
        "Authorization": f"Bearer {TOKEN}",
        "Accept": "application/json",
        "User-Agent": "hand-written",
    }
    many = TypeAdapter(list[Evse])
    one = TypeAdapter(Evse)

    class ListBody(BaseModel):
        data: list[Evse]

    class OneBody(BaseModel):
        data: Evse

    many_body = TypeAdapter(ListBody)
    one_body = TypeAdapter(OneBody)
    filtered = {
        "filter[chargePointId]": "12",
        "include[]": "connectors",
        "per_page": PAGE_SIZE,
    }

    def get(url: str, params: dict[str, Any] | None = None) -> httpx.Response:
        response = http.get(url, params=params, headers=headers)
        response.raise_for_status()
        return response

    # name: (SDK, hand-written as the brief has it, hand-written with validate_json on an envelope model)
    cases: dict[str, tuple[Callable[[], Any], ...]] = {
        "listing": (
            lambda: client.evses.listing(per_page=PAGE_SIZE).first_page().data,
            lambda: many.validate_python(
                get(BASE_URL + LISTING_PATH, {"per_page": PAGE_SIZE}).json()["data"]
            ),
            lambda: many_body.validate_json(
                get(BASE_URL + LISTING_PATH, {"per_page": PAGE_SIZE}).content
            ).data,
        ),
        "filtered": (
            lambda: client.evses.listing(
                filter={"chargePointId": "12"},
                include=["connectors"],
                per_page=PAGE_SIZE,
            )
            .first_page()
            .data,
            lambda: many.validate_python(
                get(BASE_URL + LISTING_PATH, filtered).json()["data"]
            ),
            lambda: many_body.validate_json(
                get(BASE_URL + LISTING_PATH, filtered).content
            ).data,
        ),
        "read": (
            lambda: client.evses.read(17),
            lambda: one.validate_python(
                get(f"{BASE_URL}{LISTING_PATH}/17").json()["data"]
            ),
            lambda: one_body.validate_json(
                get(f"{BASE_URL}{LISTING_PATH}/17").content
            ).data,
        ),
    }
    n_rounds, n_calls = int(rounds), int(per_round)
    result: dict[str, Any] = {}
    for name, sides in cases.items():
        calls = n_calls * (10 if name == "read" else 1)
        first = [side() for side in sides]
        if name == "read":
            assert len({item.id for item in first}) == 1
        else:
            assert [len(items) for items in first] == [PAGE_SIZE] * len(sides)
        for _ in range(max(5, calls // 4)):  # warm caches, adapters, branch predictors
            for side in sides:
                side()
        times: list[list[float]] = [[] for _ in sides]
        for _ in range(n_rounds):
            for index, side in enumerate(sides):
                start = time.perf_counter()
                for _ in range(calls):
                    side()
                times[index].append((time.perf_counter() - start) / calls)
        sdk_t, hand_t, tuned_t = times
        result[name] = {
            "sdk_us": [t * 1e6 for t in sdk_t],
            "hand_us": [t * 1e6 for t in hand_t],
            "tuned_us": [t * 1e6 for t in tuned_t],
            "ratios": [a / b for a, b in zip(sdk_t, hand_t)],
            "tuned_ratios": [a / b for a, b in zip(sdk_t, tuned_t)],
            "calls_per_round": calls,
        }
    _emit(result)


# -- generation without the CLI (linearity) --------------------------------------------


def probe_generate(repo: str, spec: str, out: str) -> None:
    """Generate ``spec`` into ``out`` as a plain path is by default (the fast validation),
    black run on the statements that need it (counted, by both processes when generation forks)."""
    sys.path.insert(0, repo)
    import tempfile
    from pathlib import Path

    from generator.format import blackcache

    real = blackcache.format
    tally = tempfile.TemporaryFile()  # shared with a forked child: one byte per statement

    def counted(source: str, line_length: int = 88) -> str:
        os.write(tally.fileno(), b"1")
        return real(source, line_length)

    blackcache.format = counted  # type: ignore[assignment]
    from generator.pipeline import generate
    from generator.writer import write_tree

    started = time.perf_counter()
    generated = generate(Path(spec))
    write_tree(generated.files, Path(out))
    elapsed = time.perf_counter() - started
    api = generated.api
    _emit(
        {
            "seconds": elapsed,
            "operations": len(api.operations),
            "models": len(api.models),
            "enums": len(api.enums),
            "files": len(generated.files),
            "black_statements": os.fstat(tally.fileno()).st_size,
        }
    )


PROBES = {
    "import": probe_import,
    "construct": probe_construct,
    "first_call": probe_first_call,
    "body": probe_body,
    "all_models": probe_all_models,
    "memory": probe_memory,
    "percall": probe_percall,
    "generate": probe_generate,
}

if __name__ == "__main__":
    PROBES[sys.argv[1]](*sys.argv[2:])
