"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel
from .expense_breakdown_item import ExpenseBreakdownItem


class ExpenseDeprecated(SDKModel):
    id: int
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    partner_name: str = Field(
        validation_alias="partnerName", serialization_alias="partnerName"
    )
    date_: datetime = Field(validation_alias="date", serialization_alias="date")
    origin: str
    period: str | None = None
    """Month and year the expense refers to"""
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
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
    subtotal: float | None = None
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
    currency: str
    """The ISO 4217 3-letter code of the currency"""
    breakdown: list[ExpenseBreakdownItem] | None = None
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
