"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ExpenseBreakdownItem(SDKModel):
    """Expense Breakdown"""

    partner_contract_id: int = Field(
        validation_alias="partnerContractId", serialization_alias="partnerContractId"
    )
    number_of_charge_points: int = Field(
        validation_alias="numberOfChargePoints",
        serialization_alias="numberOfChargePoints",
    )
    total_platform_fee_charge_points: float = Field(
        validation_alias="totalPlatformFeeChargePoints",
        serialization_alias="totalPlatformFeeChargePoints",
    )
    number_of_ac_evses: int = Field(
        validation_alias="numberOfAcEvses", serialization_alias="numberOfAcEvses"
    )
    total_platform_fee_ac_evses: float = Field(
        validation_alias="totalPlatformFeeAcEvses",
        serialization_alias="totalPlatformFeeAcEvses",
    )
    number_of_dc_evses: int = Field(
        validation_alias="numberOfDcEvses", serialization_alias="numberOfDcEvses"
    )
    total_platform_fee_dc_evses: float = Field(
        validation_alias="totalPlatformFeeDcEvses",
        serialization_alias="totalPlatformFeeDcEvses",
    )
