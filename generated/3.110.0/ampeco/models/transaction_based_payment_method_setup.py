"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class TransactionBasedPaymentMethodSetup(SDKModel):
    """Pass the transactionId to the request body of the second step along with any other attributes that you get from this"""

    transaction_id: float = Field(
        validation_alias="transactionId", serialization_alias="transactionId"
    )
    """The TransactionID of the request to add payment method."""
    success_url: str | None = Field(
        default=None, validation_alias="successUrl", serialization_alias="successUrl"
    )
    redirect_url: str | None = Field(
        default=None, validation_alias="redirectUrl", serialization_alias="redirectUrl"
    )
    """URL to redirect the user to. The user will be prompted to enter the payment method details when he/she visits it"""
