"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_settlement_report_total_amount import PartnerSettlementReportTotalAmount
from .revenue_origin import RevenueOrigin

if TYPE_CHECKING:
    from ..params import RevenueOriginLiteral


class Revenue(SDKModel):
    id: int
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    partner_name: str = Field(
        validation_alias="partnerName", serialization_alias="partnerName"
    )
    date_: datetime = Field(validation_alias="date", serialization_alias="date")
    origin: RevenueOrigin
    total_amount: PartnerSettlementReportTotalAmount = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    operator_share: float = Field(
        validation_alias="operatorShare", serialization_alias="operatorShare"
    )
    partner_share: float = Field(
        validation_alias="partnerShare", serialization_alias="partnerShare"
    )
    currency_code: str = Field(
        validation_alias="currencyCode", serialization_alias="currencyCode"
    )
    """The ISO 4217 3-letter code of the currency"""
    settlement_report_id: int | None = Field(
        validation_alias="settlementReportId", serialization_alias="settlementReportId"
    )
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
    collected_at: datetime | None = Field(
        default=None, validation_alias="collectedAt", serialization_alias="collectedAt"
    )
    """If not null, the session amount has been fully collected **Only applicable for records with session-cpo origin**"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            partner_id: int,
            partner_name: str,
            date_: datetime,
            origin: RevenueOrigin | RevenueOriginLiteral,
            total_amount: PartnerSettlementReportTotalAmount,
            operator_share: float,
            partner_share: float,
            currency_code: str,
            settlement_report_id: int | None,
            charging_session_id: int | None = ...,
            started_at: datetime | None = ...,
            duration: str | None = ...,
            charge_point_name: str | None = ...,
            authorization: str | None = ...,
            electricity_cost: float | None = ...,
            remaining_revenue: float | None = ...,
            collected_at: datetime | None = ...,
        ) -> None: ...
