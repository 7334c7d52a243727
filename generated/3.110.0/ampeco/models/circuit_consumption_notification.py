"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .circuit_unmanaged_load_item import CircuitUnmanagedLoadItem

if TYPE_CHECKING:
    from ..params import CircuitConsumptionNotificationNotificationLiteral


class CircuitConsumptionNotificationNotification(OpenEnum):
    CIRCUIT_CONSUMPTION_NOTIFICATION = "CircuitConsumptionNotification"


class CircuitConsumptionNotification(SDKModel):
    notification: CircuitConsumptionNotificationNotification | None = None
    circuit_id: int | None = Field(
        default=None, validation_alias="circuitId", serialization_alias="circuitId"
    )
    max_current: float | None = Field(
        default=None, validation_alias="maxCurrent", serialization_alias="maxCurrent"
    )
    min_charge_point_current: float | None = Field(
        default=None,
        validation_alias="minChargePointCurrent",
        serialization_alias="minChargePointCurrent",
    )
    current_consumption: list[CircuitUnmanagedLoadItem] | None = Field(
        default=None,
        validation_alias="currentConsumption",
        serialization_alias="currentConsumption",
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                CircuitConsumptionNotificationNotification
                | CircuitConsumptionNotificationNotificationLiteral
                | None
            ) = ...,
            circuit_id: int | None = ...,
            max_current: float | None = ...,
            min_charge_point_current: float | None = ...,
            current_consumption: list[CircuitUnmanagedLoadItem] | None = ...,
        ) -> None: ...
