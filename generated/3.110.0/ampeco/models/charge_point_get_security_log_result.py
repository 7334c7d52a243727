"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointGetSecurityLogResultLogTypeLiteral


class ChargePointGetSecurityLogResultLogType(OpenEnum):
    SECURITY_LOG = "SecurityLog"


class ChargePointGetSecurityLogResult(SDKModel):
    id: int
    status: str | None = None
    file_name: str | None = None
    log_type: ChargePointGetSecurityLogResultLogType = Field(
        validation_alias="logType", serialization_alias="logType"
    )
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            status: str | None = ...,
            file_name: str | None = ...,
            log_type: (
                ChargePointGetSecurityLogResultLogType
                | ChargePointGetSecurityLogResultLogTypeLiteral
            ),
            charge_point_id: int,
        ) -> None: ...
