"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class ChargePointGetSecurityLogResultLogType(OpenEnum):
    SECURITY_LOG = "SecurityLog"


class ChargePointGetSecurityLogResult(AmpecoModel):
    id: int
    status: str | None = None
    file_name: str | None = None
    log_type: ChargePointGetSecurityLogResultLogType = Field(
        validation_alias="logType", serialization_alias="logType"
    )
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
