"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .expense_breakdown_item import ExpenseBreakdownItem
from .expense_origin import ExpenseOrigin
from .partner_settlement_report_total_amount import PartnerSettlementReportTotalAmount

if TYPE_CHECKING:
    from ..params import ExpenseOriginLiteral


class Expense(SDKModel):
    id: int
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    partner_name: str = Field(
        validation_alias="partnerName", serialization_alias="partnerName"
    )
    date_: datetime = Field(validation_alias="date", serialization_alias="date")
    origin: ExpenseOrigin
    period: str | None = None
    """Month and year the expense refers to"""
    total_amount: PartnerSettlementReportTotalAmount = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
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
    operator_discount_percentage: Decimal | None = Field(
        default=None,
        validation_alias="operatorDiscountPercentage",
        serialization_alias="operatorDiscountPercentage",
    )
    operator_discount_amount: Decimal | None = Field(
        default=None,
        validation_alias="operatorDiscountAmount",
        serialization_alias="operatorDiscountAmount",
    )
    breakdown: list[ExpenseBreakdownItem] | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            partner_id: int,
            partner_name: str,
            date_: datetime,
            origin: ExpenseOrigin | ExpenseOriginLiteral,
            period: str | None = ...,
            total_amount: PartnerSettlementReportTotalAmount,
            currency_code: str,
            settlement_report_id: int | None,
            charging_session_id: int | None = ...,
            started_at: datetime | None = ...,
            duration: str | None = ...,
            charge_point_name: str | None = ...,
            authorization: str | None = ...,
            operator_discount_percentage: Decimal | None = ...,
            operator_discount_amount: Decimal | None = ...,
            breakdown: list[ExpenseBreakdownItem] | None = ...,
        ) -> None: ...
