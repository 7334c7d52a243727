"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        SessionMeterValuesNotificationMeterValueMeasurandLiteral,
        SessionMeterValuesNotificationMeterValueUnitLiteral,
        SessionMeterValuesNotificationNotificationLiteral,
    )


class SessionMeterValuesNotificationMeterValueMeasurand(OpenEnum):
    """A parameter related to the charging process. Possible measurand values are based on OCPP standard and any custom hardware parameters (config keys)."""

    ENERGY_CONSUMED = "Energy Consumed"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy Active Import Register"
    STATE_OF_CHARGE = "State Of Charge"
    CURRENT_IMPORT = "Current Import"
    CURRENT_OFFERED = "Current Offered"
    VOLTAGE = "Voltage"
    POWER_ACTIVE_IMPORT = "Power Active Import"
    TEMPERATURE = "Temperature"
    POWER_OFFERED = "Power Offered"


class SessionMeterValuesNotificationMeterValueUnit(OpenEnum):
    WH = "Wh"
    A = "A"
    V = "V"
    PERCENT = "Percent"
    CELSIUS = "Celsius"


class SessionMeterValuesNotificationNotification(OpenEnum):
    SESSION_METER_VALUES_NOTIFICATION = "SessionMeterValuesNotification"


class SessionMeterValuesNotificationMeterValue(SDKModel):
    timestamp: datetime | None = None
    measurand: SessionMeterValuesNotificationMeterValueMeasurand | None = None
    """A parameter related to the charging process. Possible measurand values are based on OCPP standard and any custom hardware parameters (config keys)."""
    value: float | None = None
    unit: SessionMeterValuesNotificationMeterValueUnit | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            timestamp: datetime | None = ...,
            measurand: (
                SessionMeterValuesNotificationMeterValueMeasurand
                | SessionMeterValuesNotificationMeterValueMeasurandLiteral
                | None
            ) = ...,
            value: float | None = ...,
            unit: (
                SessionMeterValuesNotificationMeterValueUnit
                | SessionMeterValuesNotificationMeterValueUnitLiteral
                | None
            ) = ...,
        ) -> None: ...


class SessionMeterValuesNotification(SDKModel):
    notification: SessionMeterValuesNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    evse_id: int = Field(validation_alias="evseId", serialization_alias="evseId")
    session_id: int = Field(
        validation_alias="sessionId", serialization_alias="sessionId"
    )
    external_session_id: str | None = Field(
        default=None,
        validation_alias="externalSessionId",
        serialization_alias="externalSessionId",
    )
    meter_values: list[SessionMeterValuesNotificationMeterValue] | None = Field(
        default=None, validation_alias="meterValues", serialization_alias="meterValues"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                SessionMeterValuesNotificationNotification
                | SessionMeterValuesNotificationNotificationLiteral
            ),
            charge_point_id: int,
            evse_id: int,
            session_id: int,
            external_session_id: str | None = ...,
            meter_values: list[SessionMeterValuesNotificationMeterValue] | None = ...,
        ) -> None: ...


SessionMeterValuesNotification.model_rebuild()
SessionMeterValuesNotificationMeterValue.model_rebuild()
