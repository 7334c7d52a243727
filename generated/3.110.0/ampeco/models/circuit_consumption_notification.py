"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum
from .circuit_unmanaged_load_item import CircuitUnmanagedLoadItem


class CircuitConsumptionNotificationNotification(OpenEnum):
    CIRCUIT_CONSUMPTION_NOTIFICATION = "CircuitConsumptionNotification"


class CircuitConsumptionNotification(AmpecoModel):
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
