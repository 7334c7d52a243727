"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import SettlementReportCreatedNotificationNotificationLiteral


class SettlementReportCreatedNotificationNotification(OpenEnum):
    SETTLEMENT_REPORT_CREATED = "settlementReport.created"


class SettlementReportCreatedNotification(SDKModel):
    notification: SettlementReportCreatedNotificationNotification
    id: int
    report_uid: str = Field(
        validation_alias="reportUid", serialization_alias="reportUid"
    )
    partner_id: int = Field(
        validation_alias="partnerId", serialization_alias="partnerId"
    )
    issue_date: datetime = Field(
        validation_alias="issueDate", serialization_alias="issueDate"
    )
    """ISO 8601 formatted date"""
    period: str
    """The exact period for which the Settlement report is issued."""
    total_kwh_delivered_as_cpo: float = Field(
        validation_alias="totalKwhDeliveredAsCPO",
        serialization_alias="totalKwhDeliveredAsCPO",
    )
    total_kwh_delivered_as_emsp: float = Field(
        validation_alias="totalKwhDeliveredAsEmsp",
        serialization_alias="totalKwhDeliveredAsEmsp",
    )
    total_revenue_collected_current_period: float = Field(
        validation_alias="totalRevenueCollectedCurrentPeriod",
        serialization_alias="totalRevenueCollectedCurrentPeriod",
    )
    """The collected revenue within the period of the settlement report for sessions that happened within the same period."""
    total_revenue_collected_previous_periods: float | None = Field(
        default=None,
        validation_alias="totalRevenueCollectedPreviousPeriods",
        serialization_alias="totalRevenueCollectedPreviousPeriods",
    )
    """The revenue collected within the period of the settlement report for sessions that happened in previous periods."""
    total_collected_balance_current_period: float = Field(
        validation_alias="totalCollectedBalanceCurrentPeriod",
        serialization_alias="totalCollectedBalanceCurrentPeriod",
    )
    """= totalRevenueCollectedCurrentPeriod - totalExpenses"""
    total_collected_balance_previous_periods: float | None = Field(
        default=None,
        validation_alias="totalCollectedBalancePreviousPeriods",
        serialization_alias="totalCollectedBalancePreviousPeriods",
    )
    """= (totalRevenueCollectedCurrentPeriod + totalRevenueCollectedPreviousPeriods) - totalExpenses"""
    total_revenue: float = Field(
        validation_alias="totalRevenue", serialization_alias="totalRevenue"
    )
    """The revenue generated for the period of the settlement report."""
    total_expenses: float = Field(
        validation_alias="totalExpenses", serialization_alias="totalExpenses"
    )
    """The expenses generated for the period of the settlement report."""
    total_amount: float = Field(
        validation_alias="totalAmount", serialization_alias="totalAmount"
    )
    """= totalRevenue - totalExpenses"""
    currency: str
    """The ISO 4217 3-letter code of the currency"""
    last_updated_at: datetime = Field(
        validation_alias="lastUpdatedAt", serialization_alias="lastUpdatedAt"
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                SettlementReportCreatedNotificationNotification
                | SettlementReportCreatedNotificationNotificationLiteral
            ),
            id: int,
            report_uid: str,
            partner_id: int,
            issue_date: datetime,
            period: str,
            total_kwh_delivered_as_cpo: float,
            total_kwh_delivered_as_emsp: float,
            total_revenue_collected_current_period: float,
            total_revenue_collected_previous_periods: float | None = ...,
            total_collected_balance_current_period: float,
            total_collected_balance_previous_periods: float | None = ...,
            total_revenue: float,
            total_expenses: float,
            total_amount: float,
            currency: str,
            last_updated_at: datetime,
        ) -> None: ...
