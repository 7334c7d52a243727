"""Notification payloads the stub invents from the API's payload models.

:func:`invent_notification` fills every field of the model (optional ones too, down to
the stub's depth) with values its schema accepts, deterministically for a given
``random.Random``, names the notification type in the payload's ``notification``
field when the model has one that accepts it, and lays the caller's fields over it.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from typing import Any

from .stub_schema import Checker, Schemas, Synth, Type, merge_patch
from .webhooks_core import DISCRIMINATOR

__all__ = ["invent_notification"]


def invent_notification(
    schemas: Schemas,
    model: str,
    notification: str,
    rng: random.Random,
    *,
    fields: Mapping[str, Any] | None = None,
    depth: int = 4,
) -> dict[str, Any]:
    """A payload of the model called ``model`` for the type ``notification``.

    ``schemas`` must describe the model (the stub's schema table does for every
    notification of the API); ``KeyError`` names a model it does not know.
    """
    shape = schemas.models.get(model)
    if shape is None:
        raise KeyError(f"no payload model {model!r} in the stub's schemas")
    invented = Synth(schemas, rng, depth=depth).value(Type("model", model))
    payload: dict[str, Any] = dict(invented) if isinstance(invented, dict) else {}
    spec = shape.by_name.get(DISCRIMINATOR)
    if spec is not None and Checker(schemas).ok(notification, spec.type, spec):
        payload[DISCRIMINATOR] = notification
    if fields:
        merged = merge_patch(payload, dict(fields))
        payload = merged if isinstance(merged, dict) else payload
    return payload
