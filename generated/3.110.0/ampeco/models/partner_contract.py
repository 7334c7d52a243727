"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_contract_access_and_permissions import PartnerContractAccessAndPermissions
from .partner_contract_monthly_platform_fees import PartnerContractMonthlyPlatformFees
from .partner_contract_revenue_sharing import PartnerContractRevenueSharing


class PartnerContract(SDKModel):
    id: int
    title: str
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    start_date: datetime = Field(
        validation_alias="startDate", serialization_alias="startDate"
    )
    """The contract is effective from the first of the selected month."""
    end_date: datetime | None = Field(
        default=None, validation_alias="endDate", serialization_alias="endDate"
    )
    """The contract expires at the last day of the selected month. If nothing is selected, there is no expiration date."""
    auto_renewal: bool | None = Field(
        default=None, validation_alias="autoRenewal", serialization_alias="autoRenewal"
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Used to store custom information, usually used for external references or metadata to the resource."""
    access_and_permissions: PartnerContractAccessAndPermissions | None = Field(
        default=None,
        validation_alias="accessAndPermissions",
        serialization_alias="accessAndPermissions",
    )
    revenue_sharing: PartnerContractRevenueSharing | None = Field(
        default=None,
        validation_alias="revenueSharing",
        serialization_alias="revenueSharing",
    )
    monthly_platform_fees: PartnerContractMonthlyPlatformFees | None = Field(
        default=None,
        validation_alias="monthlyPlatformFees",
        serialization_alias="monthlyPlatformFees",
    )
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
