"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel


class UserApplyCustomFeeRequest(SDKModel):
    amount: Decimal
    description: str
    """Shown to the user and also added to the user's bank statement (if the payment method is a bank card)."""
    payment_method_id: str | None = Field(
        default=None,
        validation_alias="paymentMethodId",
        serialization_alias="paymentMethodId",
    )
    """The ID of the payment method, as returned by the payment method listing (User / Payment Method / Listing). When left empty or null, it would take the balance and if the balance is insufficient, would reject the action. Corporate billing is not supported as a payment method."""
