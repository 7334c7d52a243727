"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class SessionRetryPaymentRequest(SDKModel):
    payment_method_id: int | None = Field(
        default=None,
        validation_alias="paymentMethodId",
        serialization_alias="paymentMethodId",
    )
