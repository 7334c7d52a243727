"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any, TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import PaymentMethodUpdateValidationErrorBodyMessageLiteral


class PaymentMethodUpdateValidationErrorBodyMessage(OpenEnum):
    CAN_NOT_SET_THIS_PAYMENT_METHOD_AS_NON_DEFAULT_PLEASE_ADD_ANOTHER_PAYMENT_METHOD = "Can not set this payment method as non default. Please add another payment method."
    THE_GIVEN_DATA_WAS_INVALID = "The given data was invalid."
    CANNOT_UPDATE_EXPIRED_PAYMENT_METHOD = "Cannot update expired payment method."


class PaymentMethodUpdateValidationErrorBody(SDKModel):
    message: PaymentMethodUpdateValidationErrorBodyMessage | None = None
    errors: dict[str, Any] | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            message: (
                PaymentMethodUpdateValidationErrorBodyMessage
                | PaymentMethodUpdateValidationErrorBodyMessageLiteral
                | None
            ) = ...,
            errors: dict[str, Any] | None = ...,
        ) -> None: ...
