"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class ChangeFlexibilityAssetStatusRequest(SDKModel):
    status: ChargePointEvseConnectorStatus
    ends_at: datetime | None = Field(
        default=None, validation_alias="endsAt", serialization_alias="endsAt"
    )
    """ISO 8601 formatted date. If an end date is set the asset will be automatically disabled at that time. Historical time series and forecasts are not generated after the end date."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            ends_at: datetime | None = ...,
        ) -> None: ...
