"""Code written against the first version: a dozen typical calls, run through the stub over
loopback. Prints {call: "ok" | "<error class>: <message>"} as JSON."""

import itertools
import json
import warnings

from ampeco import Ampeco
from ampeco.stub import AmpecoStub

results = {}


def run(name, call):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            call()
        results[name] = "ok"
    except Exception as exc:  # the test reads which calls failed, and how
        results[name] = f"{type(exc).__name__}: {str(exc)[:200]}"


def model(name):
    import ampeco.models

    return getattr(ampeco.models, name)


stub = AmpecoStub(seed=1)
with stub.serve() as url, Ampeco(url, "any-token", max_retries=0, timeout=10) as client:
    run("taxes.listing", lambda: list(itertools.islice(client.taxes.listing(), 3)))
    run("taxes.create", lambda: client.taxes.create(body={"name": "VAT", "percentage": 20}))
    run("taxes.read(1)", lambda: client.taxes.read(1))
    run("taxes.read(tax=1)", lambda: client.taxes.read(tax=1))
    run("taxes.update(1)", lambda: client.taxes.update(1, body={"name": "VAT 2"}))
    run("taxes.delete(1)", lambda: client.taxes.delete(1))
    run("evses.read(1)", lambda: client.evses.read(1).hardware_status)
    run("evses.listing", lambda: list(itertools.islice(client.evses.listing(), 3)))
    run("evses.read_deprecated(1)", lambda: client.evses.read_deprecated(1).hardware_status)
    run("charge_points.listing", lambda: list(itertools.islice(client.charge_points.listing(), 3)))
    run("models.Tax", lambda: model("Tax").model_validate({"id": 1, "name": "VAT", "percentage": 20, "lastUpdatedAt": "2024-01-01T00:00:00Z"}))
    run("models.EvseHardwareStatus", lambda: model("EvseHardwareStatus")("charging"))
    run("models.EvseDeprecatedHardwareStatus", lambda: model("EvseDeprecatedHardwareStatus")("charging"))
print(json.dumps(results, indent=1, sort_keys=True))
