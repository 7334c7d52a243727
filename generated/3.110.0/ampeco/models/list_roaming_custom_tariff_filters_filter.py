"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus


class ListRoamingCustomTariffFiltersFilter(AmpecoModel):
    status: ChargePointEvseConnectorStatus | None = None
    """Filter by status (enabled or disabled)"""
    created_after: datetime | None = Field(
        default=None,
        validation_alias="createdAfter",
        serialization_alias="createdAfter",
    )
    """Filter by creation date (greater than or equal to)"""
    created_before: datetime | None = Field(
        default=None,
        validation_alias="createdBefore",
        serialization_alias="createdBefore",
    )
    """Filter by creation date (less than or equal to)"""
