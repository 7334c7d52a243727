"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointUser(SDKModel):
    """Owner information along with owner preferences of the charge point when of type *personal*. If smart charging is enabled, smart charging preferences are also included."""

    id: int | None = None
    automatic_firmware_updates_enabled: bool | None = Field(
        default=True,
        validation_alias="automaticFirmwareUpdatesEnabled",
        serialization_alias="automaticFirmwareUpdatesEnabled",
    )
