"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class SettingBaseCurrency(SDKModel):
    id: int
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""


class SettingDefaultTax(SDKModel):
    id: int
    enable_multi_tax_support: bool | None = Field(
        default=None,
        validation_alias="enableMultiTaxSupport",
        serialization_alias="enableMultiTaxSupport",
    )
    """When enabled, the tax for each tariff could be chosen individually. IMPORTANT: Balance, voucher and top-up functionalities no longer could be used in this case"""
    tax_information_not_in_invoices_and_receipts: bool | None = Field(
        default=None,
        validation_alias="taxInformationNotInInvoicesAndReceipts",
        serialization_alias="taxInformationNotInInvoicesAndReceipts",
    )
    """When enabled, Tax information would be excluded from invoices and receipts."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""


class SettingReservations(SDKModel):
    enable_reservations: bool | None = Field(
        default=None,
        validation_alias="enableReservations",
        serialization_alias="enableReservations",
    )
    reservation_time: int | None = Field(
        default=None,
        validation_alias="reservationTime",
        serialization_alias="reservationTime",
    )
    """The duration of a reservation in minutes."""
    expiry_notification: int | None = Field(
        default=None,
        validation_alias="expiryNotification",
        serialization_alias="expiryNotification",
    )
    """Remaining time of the reservation in minutes, at which a push notification would be sent to the user to let them know that their reservation is going to expire soon."""
    max_reservations_per_day_per_user: int | None = Field(
        default=None,
        validation_alias="maxReservationsPerDayPerUser",
        serialization_alias="maxReservationsPerDayPerUser",
    )
    """Limits the number of reservations that the user can make per day."""
    cooldown_time_between_reservations: int | None = Field(
        default=None,
        validation_alias="cooldownTimeBetweenReservations",
        serialization_alias="cooldownTimeBetweenReservations",
    )
    """The time in minutes that the user can wait after making a reservation before they can make a new one. Starts counting after the previous reservation has expired or has been canceled."""
    enable_reservations_queue: bool | None = Field(
        default=None,
        validation_alias="enableReservationsQueue",
        serialization_alias="enableReservationsQueue",
    )
    """Allow users to reserve a charger (EVSE) that is currently occupied by adding reservations to queue."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""


class Setting(SDKModel):
    """Settings"""

    base_currency: SettingBaseCurrency | None = Field(
        default=None,
        validation_alias="baseCurrency",
        serialization_alias="baseCurrency",
    )
    default_tax: SettingDefaultTax | None = Field(
        default=None, validation_alias="defaultTax", serialization_alias="defaultTax"
    )
    reservations: SettingReservations | None = None


Setting.model_rebuild()
SettingBaseCurrency.model_rebuild()
SettingDefaultTax.model_rebuild()
SettingReservations.model_rebuild()
