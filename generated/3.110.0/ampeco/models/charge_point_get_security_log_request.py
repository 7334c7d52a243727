"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ChargePointGetSecurityLogRequest(SDKModel):
    url: str
    """The URL of the location at the remote system where the log should be stored."""
    reason: str
    """Reason kept in the action logs for future reference."""
    retries: int | None = None
    """This specifies how many times the Charge Point must try to upload the log before giving up. If this field is not present, it is left to Charge Point to decide how many times it wants to retry."""
    interval: int | None = None
    """The interval in seconds after which a retry may be attempted. If this field is not present, it is left to Charge Point to decide how long to wait between attempts."""
    start_time: str | None = Field(
        default=None, validation_alias="startTime", serialization_alias="startTime"
    )
    """This contains the date and time of the oldest logging information to include in the diagnostics. Please provide the value in the following format `Y-m-d H:i:s`."""
    stop_time: str | None = Field(
        default=None, validation_alias="stopTime", serialization_alias="stopTime"
    )
    """This contains the date and time of the latest logging information to include in the diagnostics. Please provide the value in the following format `Y-m-d H:i:s`."""
