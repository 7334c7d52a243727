"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_deprecated_desired_security_profile_status import (
    ChargePointDeprecatedDesiredSecurityProfileStatus,
)
from .charge_points_listing_filter_type import ChargePointsListingFilterType

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedDesiredSecurityProfileStatusLiteral,
        ChargePointsListingFilterTypeLiteral,
    )


class ChargePointsListingFilter(SDKModel):
    desired_security_profile_status: (
        ChargePointDeprecatedDesiredSecurityProfileStatus | None
    ) = Field(
        default=None,
        validation_alias="desiredSecurityProfileStatus",
        serialization_alias="desiredSecurityProfileStatus",
    )
    """The value of the desiredSecurityProfileStatus by which to filter"""
    evse_physical_reference: str | None = Field(
        default=None,
        validation_alias="evsePhysicalReference",
        serialization_alias="evsePhysicalReference",
    )
    """Only list charge point, identified by evse identifier"""
    network_id: str | None = Field(
        default=None, validation_alias="networkId", serialization_alias="networkId"
    )
    """Only list charge point, identified by the NetworkId"""
    boot_notification_serial_number: str | None = Field(
        default=None,
        validation_alias="bootNotificationSerialNumber",
        serialization_alias="bootNotificationSerialNumber",
    )
    """Only list charge points with last boot notification that had this charge_point_serial_number"""
    field_model_id: str | None = Field(
        default=None, validation_alias="modelId", serialization_alias="modelId"
    )
    """Only list charge points, identified by modelId"""
    vendor_id: str | None = Field(
        default=None, validation_alias="vendorId", serialization_alias="vendorId"
    )
    """Only list charge points, identified by vendorId"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list charge points owned by a certain user"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list charge points owned by a certain partner"""
    type: ChargePointsListingFilterType | None = None
    """Only list charge points with this access type"""
    sub_operator_id: str | None = Field(
        default=None,
        validation_alias="subOperatorId",
        serialization_alias="subOperatorId",
    )
    """Only list charge point for a given subOperator"""
    roaming: str | None = None
    """When true - returns only roaming charge points. When false - returns only local charge points."""
    roaming_operator_ids: list[int] | None = Field(
        default=None,
        validation_alias="roamingOperatorIds",
        serialization_alias="roamingOperatorIds",
    )
    """Filter charge points by one or more roaming operator IDs. Returns charge points that belong to any of the specified roaming operators."""
    name: str | None = None
    """Exact charge point name"""
    location_id: str | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """Only list charge points assigned to the location"""
    circuit_id: int | None = Field(
        default=None, validation_alias="circuitId", serialization_alias="circuitId"
    )
    """Only list charge points added to a certain DLM Circuit"""
    charging_zone_id: str | None = Field(
        default=None,
        validation_alias="chargingZoneId",
        serialization_alias="chargingZoneId",
    )
    """Only list charge point for a given Charging Zone"""
    managed_by_operator: str | None = Field(
        default=None,
        validation_alias="managedByOperator",
        serialization_alias="managedByOperator",
    )
    """Only list charge points that are managed by operator or not"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Only list charge point, identified by the External ID of the charge point"""
    utility_id: int | None = Field(
        default=None, validation_alias="utilityId", serialization_alias="utilityId"
    )
    tag: str | None = None
    """Only list charge points that have the specific tag assigned."""
    sharing_code: str | None = Field(
        default=None, validation_alias="sharingCode", serialization_alias="sharingCode"
    )
    """Only list personal charge point with certain sharing code."""
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

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            desired_security_profile_status: (
                ChargePointDeprecatedDesiredSecurityProfileStatus
                | ChargePointDeprecatedDesiredSecurityProfileStatusLiteral
                | None
            ) = ...,
            evse_physical_reference: str | None = ...,
            network_id: str | None = ...,
            boot_notification_serial_number: str | None = ...,
            field_model_id: str | None = ...,
            vendor_id: str | None = ...,
            user_id: str | None = ...,
            partner_id: str | None = ...,
            type: (
                ChargePointsListingFilterType
                | ChargePointsListingFilterTypeLiteral
                | None
            ) = ...,
            sub_operator_id: str | None = ...,
            roaming: str | None = ...,
            roaming_operator_ids: list[int] | None = ...,
            name: str | None = ...,
            location_id: str | None = ...,
            circuit_id: int | None = ...,
            charging_zone_id: str | None = ...,
            managed_by_operator: str | None = ...,
            external_id: str | None = ...,
            utility_id: int | None = ...,
            tag: str | None = ...,
            sharing_code: str | None = ...,
            last_updated_after: datetime | None = ...,
            last_updated_before: datetime | None = ...,
        ) -> None: ...
