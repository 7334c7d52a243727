"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any

from .._runtime.models import SDKModel


class ChargePointEvseUnlockValidationErrorBody(SDKModel):
    message: str | None = None
    errors: dict[str, Any] | None = None
