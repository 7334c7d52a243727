"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class ListRoamingCustomTariffFiltersFilter(SDKModel):
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            created_after: datetime | None = ...,
            created_before: datetime | None = ...,
        ) -> None: ...
