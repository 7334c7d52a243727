"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .session_payment_status import SessionPaymentStatus
from .session_payment_type import SessionPaymentType

if TYPE_CHECKING:
    from ..params import (
        SessionPaymentStatusLiteral,
        SessionPaymentTypeLiteral,
        SessionsListingFilterAuthorizationSourceLiteral,
        SessionsListingFilterBillingStatusLiteral,
        SessionsListingFilterReasonLiteral,
        SessionsListingFilterStatusLiteral,
    )


class SessionsListingFilterAuthorizationSource(OpenEnum):
    """Filter sessions based on authorization source"""

    ROAMING = "roaming"
    LOCAL = "local"
    THIRD_PARTY = "third_party"


class SessionsListingFilterBillingStatus(OpenEnum):
    """Only list sessions in this billing status."""

    PENDING = "pending"
    SUSPENDED = "suspended"
    COMPLETED = "completed"
    NULL = "null"


class SessionsListingFilterReason(OpenEnum):
    WORKING_HOURS_EXCEEDED = "working_hours_exceeded"
    TIMEOUT = "timeout"
    AUTHORIZATION_AMOUNT_REACHED = "authorization_amount_reached"
    NEW_START_TRANSACTION_RECEIVED = "new_start_transaction_received"
    FORCE_STOP = "force_stop"
    STANDARD_STOP = "standard_stop"
    ENERGY_EXCEEDED = "energy_exceeded"
    SCHEDULE_COMPLETED = "schedule_completed"
    PRE_AUTHORIZATION_FAILED = "pre_authorization_failed"
    SYSTEM_FORCE_STOP = "system_force_stop"
    TIME_LIMIT = "time_limit"
    BALANCE_EXCEEDED = "balance_exceeded"
    DEAUTHORIZED = "deauthorized"
    EMERGENCYSTOP = "emergencystop"
    ENERGYLIMITREACHED = "energylimitreached"
    EVDISCONNECTED = "evdisconnected"
    GROUNDFAULT = "groundfault"
    IMMEDIATERESET = "immediatereset"
    HARDRESET = "hardreset"
    LOCAL = "local"
    LOCALOUTOFCREDIT = "localoutofcredit"
    MASTERPASS = "masterpass"
    OTHER = "other"
    OVERCURRENTFAULT = "overcurrentfault"
    POWERLOSS = "powerloss"
    POWERQUALITY = "powerquality"
    REBOOT = "reboot"
    REMOTE = "remote"
    SOCLIMITREACHED = "soclimitreached"
    STOPPEDBYEV = "stoppedbyev"
    TIMEOUTLIMITREACHED = "timeoutlimitreached"
    SOFTRESET = "softreset"
    UNLOCKCOMMAND = "unlockcommand"
    NO_EV_PARKED = "no_ev_parked"
    NO_EV_CONNECTED = "no_ev_connected"
    CHARGE_POINT_TIMEOUT = "charge_point_timeout"
    CHARGING_ON_EVSE_NOT_ALLOWED = "charging_on_evse_not_allowed"
    REMOTE_START_FAILED = "remote_start_failed"
    NO_USER_FOR_AGILE_STREETS = "no_user_for_agile_streets"
    REJECTED = "rejected"
    CANCELED_RESERVATION = "canceled_reservation"
    EVSE_OCCUPIED = "evse_occupied"
    EVSE_INOPERATIVE = "evse_inoperative"
    FAILED = "failed"
    NOT_SUPPORTED = "not_supported"
    UNKNOWN_RESERVATION = "unknown_reservation"
    EV_NOT_CONNECT_TO_EVSE = "ev_not_connect_to_evse"
    AUTHORIZATION_FAILED = "authorization_failed"
    UNKNOWN_SESSION = "unknown_session"


class SessionsListingFilterStatus(OpenEnum):
    """Only list session in this status"""

    UNKNOWN = "unknown"
    PENDING = "pending"
    ACTIVE = "active"
    FINISHED = "finished"
    EXPIRED = "expired"
    FAILED = "failed"


class SessionsListingFilterRoaming(SDKModel):
    roaming_operator_cpo_ids: list[int] | None = Field(
        default=None,
        validation_alias="roamingOperatorCpoIds",
        serialization_alias="roamingOperatorCpoIds",
    )
    """Only list sessions initiated on the EVSEs of a specific Roaming operator with a CPO role."""


class SessionsListingFilter(SDKModel):
    evse_id: str | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """Only list sessions on a certain EVSE"""
    charge_point_id: str | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """Only list sessions on a certain Charge Point"""
    evse_physical_reference: str | None = Field(
        default=None,
        validation_alias="evsePhysicalReference",
        serialization_alias="evsePhysicalReference",
    )
    """Only list sessions on a certain EVSE, identified by the phisicalReference"""
    charge_point_network_id: str | None = Field(
        default=None,
        validation_alias="chargePointNetworkId",
        serialization_alias="chargePointNetworkId",
    )
    """Only list sessions on a certain Charge Point, identified by the NetworkId"""
    reason: SessionsListingFilterReason | None = None
    charge_point_boot_notification_serial_number: str | None = Field(
        default=None,
        validation_alias="chargePointBootNotificationSerialNumber",
        serialization_alias="chargePointBootNotificationSerialNumber",
    )
    """Only list sessions on Charge Points with last boot notification that had this charge_point_serial_number"""
    charge_point_boot_notification_vendor: str | None = Field(
        default=None,
        validation_alias="chargePointBootNotificationVendor",
        serialization_alias="chargePointBootNotificationVendor",
    )
    """Only list sessions on Charge Points with last boot notification that had this vendor"""
    started_after: datetime | None = Field(
        default=None,
        validation_alias="startedAfter",
        serialization_alias="startedAfter",
    )
    """Only list sessions identified by the start time being after this datetime"""
    started_before: datetime | None = Field(
        default=None,
        validation_alias="startedBefore",
        serialization_alias="startedBefore",
    )
    """Only list sessions identified by the start time being before this datetime"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list sessions by a certain user"""
    status: SessionsListingFilterStatus | None = None
    """Only list session in this status"""
    ended_after: datetime | None = Field(
        default=None, validation_alias="endedAfter", serialization_alias="endedAfter"
    )
    """Only list sessions identified by the end time being after this datetime"""
    ended_before: datetime | None = Field(
        default=None, validation_alias="endedBefore", serialization_alias="endedBefore"
    )
    """Only list sessions identified by the end time being before this datetime"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list sessions associated with a certain partner"""
    sub_operator_id: str | None = Field(
        default=None,
        validation_alias="subOperatorId",
        serialization_alias="subOperatorId",
    )
    """Only list sessions associated with partners, assigned to certain sub-operator"""
    id_tag: str | None = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag"
    )
    """Only list sessions started with a specific idTag (RFID identifier or remote start identifier)
    A remote start identifier has the format `*XXXXXXX` where the `XXXXXXX` is the session id padded with `0`s on the left
    """
    payment_type: SessionPaymentType | None = Field(
        default=None, validation_alias="paymentType", serialization_alias="paymentType"
    )
    """`bank_transfer` is used for one-time bank transfers, for saved (tokenized) bank transfers use `tokenized`."""
    payment_status: SessionPaymentStatus | None = Field(
        default=None,
        validation_alias="paymentStatus",
        serialization_alias="paymentStatus",
    )
    tax_id: str | None = Field(
        default=None, validation_alias="taxId", serialization_alias="taxId"
    )
    """Only list sessions with specific VAT id"""
    payment_status_updated_before: datetime | None = Field(
        default=None,
        validation_alias="paymentStatusUpdatedBefore",
        serialization_alias="paymentStatusUpdatedBefore",
    )
    """Only list sessions with payment status updated before the specified date and time. Please provide the value in ISO 8601 formatted date."""
    payment_status_updated_after: datetime | None = Field(
        default=None,
        validation_alias="paymentStatusUpdatedAfter",
        serialization_alias="paymentStatusUpdatedAfter",
    )
    """Only list sessions with payment status updated after the specified date and time. Please provide the value in ISO 8601 formatted date."""
    external_app_data: str | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """Only list records with specific external application data. You can use a dot notation to search for nested properties. For example, `filter[externalAppData.property1.property2]=value`."""
    receipt_id: str | None = Field(
        default=None, validation_alias="receiptId", serialization_alias="receiptId"
    )
    """Only list sessions with specific receipt id."""
    authorization_source: SessionsListingFilterAuthorizationSource | None = Field(
        default=None,
        validation_alias="authorizationSource",
        serialization_alias="authorizationSource",
    )
    """Filter sessions based on authorization source"""
    billing_status: SessionsListingFilterBillingStatus | None = Field(
        default=None,
        validation_alias="billingStatus",
        serialization_alias="billingStatus",
    )
    """Only list sessions in this billing status."""
    terminal_id: str | None = Field(
        default=None, validation_alias="terminalId", serialization_alias="terminalId"
    )
    """Only list sessions with transaction(s) with specific payment terminal id."""
    last_updated_after: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAfter",
        serialization_alias="lastUpdatedAfter",
    )
    """ISO 8601 formatted date. Lists only the specific resource that was last updated on and after this datetime"""
    last_updated_before: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedBefore",
        serialization_alias="lastUpdatedBefore",
    )
    """ISO 8601 formatted date. Lists only the specific resource that was last updated on and before this datetime"""
    roaming: SessionsListingFilterRoaming | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: str | None = ...,
            charge_point_id: str | None = ...,
            evse_physical_reference: str | None = ...,
            charge_point_network_id: str | None = ...,
            reason: (
                SessionsListingFilterReason | SessionsListingFilterReasonLiteral | None
            ) = ...,
            charge_point_boot_notification_serial_number: str | None = ...,
            charge_point_boot_notification_vendor: str | None = ...,
            started_after: datetime | None = ...,
            started_before: datetime | None = ...,
            user_id: str | None = ...,
            status: (
                SessionsListingFilterStatus | SessionsListingFilterStatusLiteral | None
            ) = ...,
            ended_after: datetime | None = ...,
            ended_before: datetime | None = ...,
            partner_id: str | None = ...,
            sub_operator_id: str | None = ...,
            id_tag: str | None = ...,
            payment_type: SessionPaymentType | SessionPaymentTypeLiteral | None = ...,
            payment_status: (
                SessionPaymentStatus | SessionPaymentStatusLiteral | None
            ) = ...,
            tax_id: str | None = ...,
            payment_status_updated_before: datetime | None = ...,
            payment_status_updated_after: datetime | None = ...,
            external_app_data: str | None = ...,
            receipt_id: str | None = ...,
            authorization_source: (
                SessionsListingFilterAuthorizationSource
                | SessionsListingFilterAuthorizationSourceLiteral
                | None
            ) = ...,
            billing_status: (
                SessionsListingFilterBillingStatus
                | SessionsListingFilterBillingStatusLiteral
                | None
            ) = ...,
            terminal_id: str | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
            roaming: SessionsListingFilterRoaming | None = ...,
        ) -> None: ...


SessionsListingFilter.model_rebuild()
SessionsListingFilterRoaming.model_rebuild()
