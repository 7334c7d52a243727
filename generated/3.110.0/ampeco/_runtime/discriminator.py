"""Discriminated unions: choose a union's model by the value of one property."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any


def tag_of(prop: str) -> Callable[[Any], str | None]:
    """A pydantic ``Discriminator`` callable reading ``prop`` (the JSON name) from a
    mapping or from a model instance; enum members give their value."""

    def get(value: Any) -> str | None:
        if isinstance(value, dict):
            found = value.get(prop)
        else:
            found = getattr(value, prop, None)
            fields = getattr(type(value), "model_fields", {})
            for name, info in fields.items():
                if prop in (
                    info.validation_alias,
                    info.serialization_alias,
                    info.alias,
                ):
                    found = getattr(value, name, None)
                    break
        if isinstance(found, Enum):
            found = found.value
        return None if found is None else str(found)

    return get
