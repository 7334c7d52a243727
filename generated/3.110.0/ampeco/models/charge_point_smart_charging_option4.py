"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class ChargePointSmartChargingOption4Mode(OpenEnum):
    """`disabled` - no smart charging is available for the charge point"""

    DISABLED = "disabled"


class ChargePointSmartChargingOption4(AmpecoModel):
    mode: ChargePointSmartChargingOption4Mode
    """`disabled` - no smart charging is available for the charge point"""
    preconditioning_time: int | None = Field(
        default=None,
        validation_alias="preconditioningTime",
        serialization_alias="preconditioningTime",
    )
    """The time in minutes before departure when the charging will be performed with full power."""
