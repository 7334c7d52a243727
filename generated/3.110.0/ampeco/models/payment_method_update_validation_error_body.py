"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any

from .._runtime.models import AmpecoModel, OpenEnum


class PaymentMethodUpdateValidationErrorBodyMessage(OpenEnum):
    CAN_NOT_SET_THIS_PAYMENT_METHOD_AS_NON_DEFAULT_PLEASE_ADD_ANOTHER_PAYMENT_METHOD = "Can not set this payment method as non default. Please add another payment method."
    THE_GIVEN_DATA_WAS_INVALID = "The given data was invalid."
    CANNOT_UPDATE_EXPIRED_PAYMENT_METHOD = "Cannot update expired payment method."


class PaymentMethodUpdateValidationErrorBody(AmpecoModel):
    message: PaymentMethodUpdateValidationErrorBodyMessage | None = None
    errors: dict[str, Any] | None = None
