"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any

from .._runtime.models import AmpecoModel, OpenEnum


class ValidationErrorBodyMessage(OpenEnum):
    MAXIMUM_ALLOWED_PAYMENT_METHODS_REACHED = "Maximum allowed payment methods reached"
    PAYMENT_PROCESSOR_NOT_INSTALLED = "Payment processor not installed"
    THE_GIVEN_DATA_WAS_INVALID = "The given data was invalid."
    INVALID_OPERATION = "Invalid Operation"


class ValidationErrorBody(AmpecoModel):
    message: ValidationErrorBodyMessage | None = None
    errors: dict[str, Any] | None = None
