"""A mock Mixed API 2.0.0 server for tests, generated from the SDK's spec.

One handler per operation (8 of them, in ``_handlers``) checks requests the way
the API does (401 without the credentials the operation's security asks for, 404 or
405 for unknown paths or methods, 422 with ``{"message": ..., "errors": {...}}`` for
invalid parameters or bodies) and answers with data that fits the spec's response
schemas: invented deterministically from ``seed`` and kept in memory, so a record
created can be read, listed, updated and deleted. Every collection starts with
``sample_items`` records (ids 1, 2, 3). ``token=`` and ``credentials=`` (by security
scheme name, as the client takes them) pin the only secrets accepted.

    from mixed_api import Ampeco
    from mixed_api.stub import AmpecoStub

    stub = AmpecoStub(seed=1)
    client = Ampeco("http://stub.local", "any-token", transport=stub.transport())
    pet = client.pets.read(1)
    assert stub.requests[-1].status == 200
    stub.fail_next("petRead", status=429, headers={"Retry-After": "1"})
    stub.add_latency("petRead", 0.2)

    with stub.serve() as url:  # a real HTTP server on 127.0.0.1
        client = Ampeco(url, "any-token")

``python -m mixed_api.stub --port 8000`` serves it from the command line.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._runtime.stub_engine import Call, RecordedRequest, Reply, Route, Store, Stub
from .._version import __api_version__
from ._handlers import ROUTES
from ._schemas import SCHEMAS

if TYPE_CHECKING:
    import httpx

__all__ = ["AmpecoStub", "Call", "RecordedRequest", "Reply", "Route", "Store"]


class AmpecoStub(Stub):
    """A stateful mock of the Mixed API 2.0.0 (see the module docstring)."""

    routes = tuple(ROUTES.routes)
    security_schemes = ROUTES.schemes
    schemas = SCHEMAS
    api_version = __api_version__

    def send_notification(
        self,
        url: str,
        notification: str,
        secret: str,
        *,
        payload: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> httpx.Response:
        """POST a signed notification of type ``notification`` to ``url``, as AMPECO does.

        ``payload`` defaults to one invented (deterministically, from the seed) from the
        notification's model; ``options`` go to ``webhooks.send_notification`` (tenant,
        webhook_id, timestamp, client...).
        """
        from .._runtime.stub_schema import Synth, Type
        from .._runtime.webhooks_delivery import send_notification
        from ..webhooks import NOTIFICATION_TYPES

        if payload is None:
            model = NOTIFICATION_TYPES[notification]
            rng = random.Random(f"{self.seed}|notification|{notification}")
            invented = Synth(self.schemas, rng, depth=self.depth).value(
                Type("model", model.__name__)
            )
            payload = {**invented, "notification": notification}
        return send_notification(
            url, payload, secret, webhook_type=notification, **options
        )
