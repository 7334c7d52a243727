"""Notifications of the Mixed API 2.0.0: verify, parse and dispatch them.

The API POSTs each notification to your callback URL as a JSON object whose
``notification`` field names its type, signed in ``X-Signature`` (HMAC-SHA256 of the
raw body keyed with your API access token) and sent with ``X-Timestamp``,
``X-Tenant``, ``X-Webhook-Id`` and ``X-Webhook-Type`` headers.

- ``parse(body, headers, secret)`` verifies a request and returns a ``Notification``:
  ``.payload`` is the typed model (``UnknownNotification`` with the raw payload for a
  type this SDK does not know), beside ``.tenant``, ``.webhook_id``, ``.webhook_type``
  and ``.timestamp``;
- ``verify_signature(body, headers, secret)`` only checks the signature (and, within
  ``tolerance`` seconds, the timestamp);
- ``WebhookDispatcher`` calls the handler registered for each type;
- ``send_notification(url, payload, secret)`` signs and POSTs a notification the way
  the API does, to test a receiver end to end.

Receiving notifications with any WSGI server (in ASGI: read the body, then the same)::

    from mixed_api.webhooks import WebhookDispatcher, WebhookError

    dispatcher = WebhookDispatcher(secret="<your API access token>")

    @dispatcher.on("petAdopted")
    def handle(notification):
        print(notification.tenant, notification.payload)

    def app(environ, start_response):
        body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
        headers = {k[5:]: v for k, v in environ.items() if k.startswith("HTTP_")}
        try:
            dispatcher.dispatch(body, headers)
        except WebhookError as exc:  # bad signature, stale timestamp, not JSON
            start_response("400 Bad Request", [("Content-Type", "text/plain")])
            return [str(exc).encode()]
        start_response("202 Accepted", [])
        return []

Generated from the API's OpenAPI document: regenerate, do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeAlias, Union

from ._runtime.models import SDKModel
from ._runtime.webhooks_core import (
    DEFAULT_TOLERANCE,
    Notification,
    NotificationTypes,
    UnknownNotification,
    WebhookError,
    WebhookPayloadError,
    WebhookVerificationError,
    compute_signature,
    verify_signature,
)
from ._runtime.webhooks_core import WebhookDispatcher as _WebhookDispatcher
from ._runtime.webhooks_delivery import (
    asend_notification,
    format_timestamp,
    send_notification,
    sign_notification,
)
from .models.cat import Cat
from .models.dog import Dog

__all__ = [
    "DEFAULT_TOLERANCE",
    "NOTIFICATION_TYPES",
    "Notification",
    "NotificationPayload",
    "UnknownNotification",
    "WebhookDispatcher",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "asend_notification",
    "compute_signature",
    "format_timestamp",
    "parse",
    "parse_payload",
    "send_notification",
    "sign_notification",
    "verify_signature",
]

NotificationPayload: TypeAlias = Union[
    Cat,
    Dog,
    UnknownNotification,
]
"""A notification payload: one of the models below, or ``UnknownNotification``."""

NOTIFICATION_TYPES: dict[str, type[SDKModel]] = {
    "petAdopted": Cat,
    "petUpdated": Cat,
}
"""Notification type (the payload's ``notification`` value) -> its payload model."""

_ALTERNATIVES: dict[str, tuple[type[SDKModel], ...]] = {
    "petAdopted": (Dog,),
    "petUpdated": (Dog,),
}
"""Further models to try, in order, for a type whose payload differs between versions."""

_TYPES = NotificationTypes(NOTIFICATION_TYPES, _ALTERNATIVES)


def parse(
    body: bytes,
    headers: Mapping[str, str],
    secret: str,
    *,
    tolerance: float | None = DEFAULT_TOLERANCE,
    now: Callable[[], float] | None = None,
) -> Notification[NotificationPayload]:
    """Verify a notification request, then parse it.

    ``body`` is the raw request body, ``headers`` its headers (any mapping; names in any
    case) and ``secret`` the shared secret the API signs with. ``tolerance`` bounds
    the age of ``X-Timestamp`` in seconds (``None``: no freshness check); ``now`` is
    the clock (default ``time.time``). Raises ``WebhookVerificationError`` or
    ``WebhookPayloadError``.
    """
    return _TYPES.parse(body, headers, secret, tolerance=tolerance, now=now)


def parse_payload(
    data: Mapping[str, Any], *, webhook_type: str | None = None
) -> NotificationPayload:
    """A decoded payload as its model (or ``UnknownNotification``); no verification.

    The type is the payload's ``notification`` value, else ``webhook_type``.
    """
    payload: NotificationPayload = _TYPES.payload(data, webhook_type)
    return payload


class WebhookDispatcher(_WebhookDispatcher):
    """Verifies each request with ``secret`` and calls the handler for its type.

    Register handlers with ``@dispatcher.on("type.name")`` (or a payload model class)
    and ``@dispatcher.fallback``; then ``dispatcher.dispatch(body, headers)``.
    """

    def __init__(
        self,
        secret: str,
        *,
        tolerance: float | None = DEFAULT_TOLERANCE,
        now: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(secret, _TYPES, tolerance=tolerance, now=now)
