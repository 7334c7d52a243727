"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerContractRevenueSharing(SDKModel):
    partner_share_percentage_ac_evse: float | None = Field(
        default=None,
        validation_alias="partnerSharePercentageAcEvse",
        serialization_alias="partnerSharePercentageAcEvse",
    )
    partner_share_percentage_dc_evse: float | None = Field(
        default=None,
        validation_alias="partnerSharePercentageDcEvse",
        serialization_alias="partnerSharePercentageDcEvse",
    )
    exclude_connection_fee: bool | None = Field(
        default=None,
        validation_alias="excludeConnectionFee",
        serialization_alias="excludeConnectionFee",
    )
    """If the tariff has a Connection fee, this fee would not be included in the revenue sharing with the Partner and will remain entirely for the Operator."""
    deduct_electricity_cost: bool | None = Field(
        default=None,
        validation_alias="deductElectricityCost",
        serialization_alias="deductElectricityCost",
    )
    """The cost of the electricity would first be deducted from the collected revenue and then the Revenue sharing rules will be applied."""
    reimburse_for_electricity_cost: bool | None = Field(
        default=None,
        validation_alias="reimburseForElectricityCost",
        serialization_alias="reimburseForElectricityCost",
    )
    """If set to true, the Partner would receive not only their share of the revenue but also a reimbursement for the cost of the electricity. The formula to calculate the amount to be received by the Partner is (Revenue - Electricity cost) x Partner percentage + Electricity cost. It could be supplied only if deductElectricityCost is set to true."""
    fixed_fee_per_session_ac: float | None = Field(
        default=None,
        validation_alias="fixedFeePerSessionAc",
        serialization_alias="fixedFeePerSessionAc",
    )
    """Additional flat fee that is applied for every billed session and subtracted from the Partner’s share of the revenue for each session on AC Charging Station. This fee is available only if the feature \"Additional Platform Fees\" is enabled for the system."""
    fixed_fee_per_session_dc: float | None = Field(
        default=None,
        validation_alias="fixedFeePerSessionDc",
        serialization_alias="fixedFeePerSessionDc",
    )
    """Additional flat fee that is applied for every billed session and subtracted from the Partner’s share of the revenue for each session on DC Charging Station. This fee is available only if the feature \"Additional Platform Fees\" is enabled for the system."""
    fee_per_kwh_ac: float | None = Field(
        default=None, validation_alias="feePerKwhAc", serialization_alias="feePerKwhAc"
    )
    """Additional flat fee that is applied for every billed kWh and subtracted from the Partner's share of the revenue for each kWh billed on AC Charging Station.  This fee is available only if the feature \"Additional Platform Fees\" is enabled for the system."""
    fee_per_kwh_dc: float | None = Field(
        default=None, validation_alias="feePerKwhDc", serialization_alias="feePerKwhDc"
    )
    """Additional flat fee that is applied for every billed kWh and subtracted from the Partner's share of the revenue for each kWh billed on DC Charging Station.  This fee is available only if the feature \"Additional Platform Fees\" is enabled for the system."""
    handling_fee: float | None = Field(
        default=None, validation_alias="handlingFee", serialization_alias="handlingFee"
    )
    """Additional percentage fee to be applied on the total amount paid by the user for the session. This fee is then subtracted from the Partner's share of the revenue.  This fee is available only if the feature \"Additional Platform Fees\" is enabled for the system."""
