"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class PartnerContractAccessAndPermissions(SDKModel):
    sessions_remote_control: bool | None = Field(
        default=None,
        validation_alias="sessionsRemoteControl",
        serialization_alias="sessionsRemoteControl",
    )
    """Allows the partner to start/stop session, unlock connector, trigger message, set a charging profile and get the composite schedule."""
    start_reservation: bool | None = Field(
        default=None,
        validation_alias="startReservation",
        serialization_alias="startReservation",
    )
    """Allows the partner to make reservations."""
    stop_reservation: bool | None = Field(
        default=None,
        validation_alias="stopReservation",
        serialization_alias="stopReservation",
    )
    """Allows the partner to cancel reservations."""
    reset_charge_point: bool | None = Field(
        default=None,
        validation_alias="resetChargePoint",
        serialization_alias="resetChargePoint",
    )
    """Allows the partner to reset charge points."""
    firmware_update: bool | None = Field(
        default=None,
        validation_alias="firmwareUpdate",
        serialization_alias="firmwareUpdate",
    )
    """Allows the partner to make firmware updates to the charge points."""
