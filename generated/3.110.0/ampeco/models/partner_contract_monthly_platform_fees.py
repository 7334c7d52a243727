"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerContractMonthlyPlatformFees(SDKModel):
    per_charge_point: float | None = Field(
        default=None,
        validation_alias="perChargePoint",
        serialization_alias="perChargePoint",
    )
    """The provided amount should be excluding VAT."""
    per_ac_evse: float | None = Field(
        default=None, validation_alias="perAcEvse", serialization_alias="perAcEvse"
    )
    """The provided amount should be excluding VAT."""
    per_dc_evse: float | None = Field(
        default=None, validation_alias="perDcEvse", serialization_alias="perDcEvse"
    )
    """The provided amount should be excluding VAT."""
