"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus


class ChangeFlexibilityAssetStatusRequest(AmpecoModel):
    status: ChargePointEvseConnectorStatus
    ends_at: datetime | None = Field(
        default=None, validation_alias="endsAt", serialization_alias="endsAt"
    )
    """ISO 8601 formatted date. If an end date is set the asset will be automatically disabled at that time. Historical time series and forecasts are not generated after the end date."""
