"""Peak and retained memory of parsing one EVSE listing page, as multiples of its body.

Run by hand (not collected by pytest), against a generated package on PYTHONPATH:

    PYTHONPATH=generated/3.110.0 python3 tests/runtime/bench_listing_memory.py 20 fit
    PYTHONPATH=/tmp/out python3 tests/runtime/bench_listing_memory.py 100 mismatch

``fit``: items as the package's stub invents them (100 distinct, repeated to the size);
``mismatch``: the same with a mistyped ``id``, so every item takes the lenient path.
The page comes over HTTP from a recording server on 127.0.0.1, so tracemalloc counts
the body as httpx reads it (the page keeps it: ``page.response``) and the models
(docs/sdk-runtime.md has the numbers).
"""

from __future__ import annotations

import gc
import json
import logging
import sys
import time
import tracemalloc

from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runtime_server import RecordingServer, Reply  # noqa: E402


def main(size_mb: float, mode: str, package: str = "ampeco") -> dict[str, object]:
    module = __import__(package)
    stub = __import__(f"{package}.stub", fromlist=["AmpecoStub"]).AmpecoStub(
        seed=1, sample_items=100
    )
    sample = module.Ampeco("http://stub.local", "t", transport=stub.transport())
    items = json.loads(sample.with_raw_response.evses.listing(per_page=100).content)[
        "data"
    ]
    if mode == "mismatch":
        items = [dict(item, id="not-a-number") for item in items]
    encoded = [json.dumps(item).encode() for item in items]
    count = int(size_mb * 1e6 / (len(encoded[0]) + 1))
    body = (
        b'{"data":['
        + b",".join(encoded[n % len(encoded)] for n in range(count))
        + b'],"links":{"next":null}}'
    )
    del encoded

    server = RecordingServer()
    server.start()
    server.on(
        "GET",
        "/public-api/resources/evses/v2.1",
        Reply(200, body, {"Content-Type": "application/json"}),
    )
    client = module.Ampeco(
        base_url=server.url, api_token="t", max_retries=0, timeout=600
    )
    logging.disable(logging.WARNING)  # the mismatch warning is not what is measured
    client.evses.listing(per_page=1).first_page()  # imports and validators first
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    page = client.evses.listing(per_page=count).first_page()
    elapsed = time.perf_counter() - started
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    server.stop()
    return {
        "mode": mode,
        "body_mb": round(len(body) / 1e6, 1),
        "items": len(page.data),
        "peak_x_body": round((peak - base) / len(body), 2),
        "retained_x_body": round((current - base) / len(body), 2),
        "seconds": round(elapsed, 2),
    }


if __name__ == "__main__":
    size = float(sys.argv[1]) if len(sys.argv) > 1 else 20.0
    kind = sys.argv[2] if len(sys.argv) > 2 else "fit"
    print(json.dumps(main(size, kind)))
