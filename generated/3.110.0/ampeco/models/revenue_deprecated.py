"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class RevenueDeprecated(SDKModel):
    id: int
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    partner_name: str = Field(
        validation_alias="partnerName", serialization_alias="partnerName"
    )
    date_: datetime = Field(validation_alias="date", serialization_alias="date")
    origin: str
    charging_session_id: int | None = Field(
        default=None,
        validation_alias="chargingSessionId",
        serialization_alias="chargingSessionId",
    )
    started_at: datetime | None = Field(
        default=None, validation_alias="startedAt", serialization_alias="startedAt"
    )
    duration: str | None = None
    """Charging Session duration"""
    charge_point_name: str | None = Field(
        default=None,
        validation_alias="chargePointName",
        serialization_alias="chargePointName",
    )
    authorization: str | None = None
    """Source of authorisation"""
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    electricity_cost: float | None = Field(
        default=None,
        validation_alias="electricityCost",
        serialization_alias="electricityCost",
    )
    remaining_revenue: float | None = Field(
        default=None,
        validation_alias="remainingRevenue",
        serialization_alias="remainingRevenue",
    )
    operator_share: float | None = Field(
        default=None,
        validation_alias="operatorShare",
        serialization_alias="operatorShare",
    )
    partner_share: float = Field(
        validation_alias="partnerShare", serialization_alias="partnerShare"
    )
    currency: str
    """The ISO 4217 3-letter code of the currency"""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
