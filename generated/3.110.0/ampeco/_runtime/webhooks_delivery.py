"""Sending signed notifications with the X-Signature scheme, to test a receiver end to end.

:func:`sign_notification` builds the exact body and headers (``X-Signature``,
``X-Timestamp``, ``X-Tenant``, ``X-Webhook-Id``, ``X-Webhook-Type``);
:func:`send_notification` and :func:`asend_notification` POST them with httpx.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

import httpx
from pydantic import BaseModel

from .models import encode_json, to_jsonable
from .webhooks_core import (
    DISCRIMINATOR,
    SIGNATURE_HEADER,
    TENANT_HEADER,
    TIMESTAMP_HEADER,
    WEBHOOK_ID_HEADER,
    WEBHOOK_TYPE_HEADER,
    compute_signature,
)

__all__ = [
    "format_timestamp",
    "sign_notification",
    "send_notification",
    "asend_notification",
]

_DEFAULT_TIMEOUT = 10.0


def format_timestamp(when: float | datetime) -> str:
    """An ``X-Timestamp`` as the scheme writes it: ISO 8601 with microseconds, in Zulu time."""
    if isinstance(when, datetime):
        moment = when if when.tzinfo else when.replace(tzinfo=timezone.utc)
    else:
        moment = datetime.fromtimestamp(when, timezone.utc)
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _encode(payload: BaseModel | Mapping[str, Any] | bytes) -> tuple[bytes, str]:
    """The body bytes and the payload's notification type ("" if it names none)."""
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload), ""
    data = to_jsonable(payload)
    if not isinstance(data, dict):
        raise TypeError("a notification payload must be a model or a mapping")
    name = data.get(DISCRIMINATOR)
    return encode_json(data), name if isinstance(name, str) else ""


def sign_notification(
    payload: BaseModel | Mapping[str, Any] | bytes,
    secret: str,
    *,
    tenant: str = "tenant",
    webhook_id: str | None = None,
    webhook_type: str | None = None,
    timestamp: float | datetime | str | None = None,
    now: Callable[[], float] | None = None,
) -> tuple[bytes, dict[str, str]]:
    """The body and headers of a notification request, signed with ``secret``.

    ``payload`` is a payload model, a mapping (camelCase keys) or ready JSON bytes.
    ``webhook_type`` defaults to the payload's ``notification`` value, ``webhook_id``
    to a random id and ``timestamp`` to ``now()`` (default ``time.time``); a string
    timestamp is sent as given.
    """
    body, name = _encode(payload)
    if timestamp is None:
        timestamp = (now or time.time)()
    stamp = timestamp if isinstance(timestamp, str) else format_timestamp(timestamp)
    headers = {
        "Content-Type": "application/json",
        SIGNATURE_HEADER: compute_signature(body, secret),
        TIMESTAMP_HEADER: stamp,
        TENANT_HEADER: tenant,
        WEBHOOK_ID_HEADER: webhook_id if webhook_id is not None else str(uuid.uuid4()),
    }
    kind = webhook_type if webhook_type is not None else name
    if kind:
        headers[WEBHOOK_TYPE_HEADER] = kind
    return body, headers


def send_notification(
    url: str,
    payload: BaseModel | Mapping[str, Any] | bytes,
    secret: str,
    *,
    tenant: str = "tenant",
    webhook_id: str | None = None,
    webhook_type: str | None = None,
    timestamp: float | datetime | str | None = None,
    now: Callable[[], float] | None = None,
    client: httpx.Client | None = None,
    timeout: float = _DEFAULT_TIMEOUT,
) -> httpx.Response:
    """Sign ``payload`` (see :func:`sign_notification`) and POST it to ``url``.

    Returns the receiver's response whatever its status; redirects are not followed.
    Uses ``client`` when given, else a short-lived one that ignores proxy settings of
    the environment (a test receiver is usually on loopback).
    """
    body, headers = sign_notification(
        payload,
        secret,
        tenant=tenant,
        webhook_id=webhook_id,
        webhook_type=webhook_type,
        timestamp=timestamp,
        now=now,
    )
    if client is not None:
        return client.post(url, content=body, headers=headers, timeout=timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False) as own:
        return own.post(url, content=body, headers=headers)


async def asend_notification(
    url: str,
    payload: BaseModel | Mapping[str, Any] | bytes,
    secret: str,
    *,
    tenant: str = "tenant",
    webhook_id: str | None = None,
    webhook_type: str | None = None,
    timestamp: float | datetime | str | None = None,
    now: Callable[[], float] | None = None,
    client: httpx.AsyncClient | None = None,
    timeout: float = _DEFAULT_TIMEOUT,
) -> httpx.Response:
    """Like :func:`send_notification`, with an ``httpx.AsyncClient``."""
    body, headers = sign_notification(
        payload,
        secret,
        tenant=tenant,
        webhook_id=webhook_id,
        webhook_type=webhook_type,
        timestamp=timestamp,
        now=now,
    )
    if client is not None:
        return await client.post(url, content=body, headers=headers, timeout=timeout)
    async with httpx.AsyncClient(
        timeout=timeout, follow_redirects=False, trust_env=False
    ) as own:
        return await own.post(url, content=body, headers=headers)
