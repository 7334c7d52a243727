"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class CertificateIssueAnEmaidRequest(SDKModel):
    payment_method: str | None = Field(
        default=None,
        validation_alias="paymentMethod",
        serialization_alias="paymentMethod",
    )
    """The payment method that will be associated with the EMAID Tag.
    * For **credit/debit cards** the `paymentMethodId` should be provided
    * For **Corporate billing** - `corporate:{id}`
    * For **last used** the value should be `null`
    """
