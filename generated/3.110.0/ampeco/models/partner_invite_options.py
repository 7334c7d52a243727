"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerInviteOptions(SDKModel):
    allow_corporate_account_billing: bool | None = Field(
        default=False,
        validation_alias="allowCorporateAccountBilling",
        serialization_alias="allowCorporateAccountBilling",
    )
    limit_corporate_account_billing_to_partner_charge_points: bool | None = Field(
        default=False,
        validation_alias="limitCorporateAccountBillingToPartnerChargePoints",
        serialization_alias="limitCorporateAccountBillingToPartnerChargePoints",
    )
    """Required if allowCorporateAccountBilling is true"""
    allow_access_to_private_charge_points: bool | None = Field(
        default=False,
        validation_alias="allowAccessToPrivateChargePoints",
        serialization_alias="allowAccessToPrivateChargePoints",
    )
