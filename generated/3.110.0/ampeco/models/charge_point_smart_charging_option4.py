"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointSmartChargingOption4ModeLiteral


class ChargePointSmartChargingOption4Mode(OpenEnum):
    """`disabled` - no smart charging is available for the charge point"""

    DISABLED = "disabled"


class ChargePointSmartChargingOption4(SDKModel):
    mode: ChargePointSmartChargingOption4Mode
    """`disabled` - no smart charging is available for the charge point"""
    preconditioning_time: int | None = Field(
        default=None,
        validation_alias="preconditioningTime",
        serialization_alias="preconditioningTime",
    )
    """The time in minutes before departure when the charging will be performed with full power."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            mode: (
                ChargePointSmartChargingOption4Mode
                | ChargePointSmartChargingOption4ModeLiteral
            ),
            preconditioning_time: int | None = ...,
        ) -> None: ...
