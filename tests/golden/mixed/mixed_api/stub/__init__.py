"""A mock Mixed API 2.0.0 server for tests, generated from the SDK's spec.

One handler per operation (8 of them, in ``_handlers``) checks requests the way
the API does (401 without the credentials the operation's security asks for, 404 or
405 for unknown paths or methods, 422 with ``{"message": ..., "errors": {...}}`` for
invalid parameters or bodies) and answers with data that fits the spec's response
schemas: invented deterministically from ``seed`` and kept in memory, so a record
created can be read, listed, updated and deleted. Every collection starts with
``sample_items`` records (ids 1, 2, 3). ``token=`` and ``credentials=`` (by security
scheme name, as the client takes them) pin the only secrets accepted.

    from mixed_api import MixedApi
    from mixed_api.stub import MixedApiStub

    stub = MixedApiStub(seed=1)
    client = MixedApi("http://stub.local", "any-token", transport=stub.transport())
    pet = client.pets.read(1)
    assert stub.requests[-1].status == 200
    stub.fail_next("petRead", status=429, headers={"Retry-After": "1"})
    stub.add_latency("petRead", 0.2)

    with stub.serve() as url:  # a real HTTP server on 127.0.0.1
        client = MixedApi(url, "any-token")

``python -m mixed_api.stub --port 8000`` serves it from the command line.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._runtime.stub_call import Call
from .._runtime.stub_engine import Stub
from .._runtime.stub_records import RecordedRequest, Reply
from .._runtime.stub_routes import Route
from .._runtime.stub_state import Store
from .._version import __api_version__
from ._handlers import ROUTES
from ._schemas import SCHEMAS

if TYPE_CHECKING:
    import httpx

__all__ = ["MixedApiStub", "Call", "RecordedRequest", "Reply", "Route", "Store"]


class MixedApiStub(Stub):
    """A stateful mock of the Mixed API 2.0.0 (see the module docstring)."""

    routes = tuple(ROUTES.routes)
    security_schemes = ROUTES.schemes
    schemas = SCHEMAS
    api_version = __api_version__

    def notification_payload(
        self, notification: str, fields: Mapping[str, Any] | None = None
    ) -> dict[str, Any]:
        """A full payload of the notification type ``notification`` (a key of
        ``webhooks.NOTIFICATION_TYPES``), valid for its model.

        Invented deterministically from the seed and the type; ``fields`` (camelCase
        keys) are laid over it, objects merged key by key.
        """
        from .._runtime.stub_notifications import invent_notification
        from ..webhooks import NOTIFICATION_TYPES

        if notification not in NOTIFICATION_TYPES:
            known = ", ".join(sorted(NOTIFICATION_TYPES)) or "none"
            raise KeyError(
                f"no notification type {notification!r} in this API (it has: {known})"
            )
        return invent_notification(
            self.schemas,
            NOTIFICATION_TYPES[notification].__name__,
            notification,
            random.Random(f"{self.seed}|notification|{notification}"),
            fields=fields,
            depth=self.depth,
        )

    def send_notification(
        self,
        url: str,
        notification: str,
        secret: str,
        *,
        payload: Mapping[str, Any] | None = None,
        fields: Mapping[str, Any] | None = None,
        **options: Any,
    ) -> httpx.Response:
        """POST a signed notification of type ``notification`` to ``url``, as the API
        does, and return the receiver's response.

        The body is ``payload`` when given, else :meth:`notification_payload` (with
        ``fields`` laid over it); ``options`` go to ``webhooks.send_notification``
        (tenant, webhook_id, timestamp, client...).
        """
        from .._runtime.webhooks_delivery import send_notification

        if payload is None:
            payload = self.notification_payload(notification, fields)
        return send_notification(
            url, payload, secret, webhook_type=notification, **options
        )
