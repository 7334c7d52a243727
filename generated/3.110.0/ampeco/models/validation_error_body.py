"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any, TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ValidationErrorBodyMessageLiteral


class ValidationErrorBodyMessage(OpenEnum):
    MAXIMUM_ALLOWED_PAYMENT_METHODS_REACHED = "Maximum allowed payment methods reached"
    PAYMENT_PROCESSOR_NOT_INSTALLED = "Payment processor not installed"
    THE_GIVEN_DATA_WAS_INVALID = "The given data was invalid."
    INVALID_OPERATION = "Invalid Operation"


class ValidationErrorBody(SDKModel):
    message: ValidationErrorBodyMessage | None = None
    errors: dict[str, Any] | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            message: (
                ValidationErrorBodyMessage | ValidationErrorBodyMessageLiteral | None
            ) = ...,
            errors: dict[str, Any] | None = ...,
        ) -> None: ...
