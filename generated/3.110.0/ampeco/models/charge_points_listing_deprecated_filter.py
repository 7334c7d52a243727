"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

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


class ChargePointsListingDeprecatedFilter(SDKModel):
    desired_security_profile_status: (
        ChargePointDeprecatedDesiredSecurityProfileStatus | None
    ) = Field(
        default=None,
        validation_alias="desiredSecurityProfileStatus",
        serialization_alias="desiredSecurityProfileStatus",
    )
    """The value of the desiredSecurityProfileStatus by which to filter"""
    evse_id: str | None = Field(
        default=None, validation_alias="evseId", serialization_alias="evseId"
    )
    """Only list charge point on a certain EVSE"""
    evse_physical_reference: str | None = Field(
        default=None,
        validation_alias="evsePhysicalReference",
        serialization_alias="evsePhysicalReference",
    )
    """Only list charge point on a certain EVSE, identified by the physicalReference"""
    physical_reference: str | None = Field(
        default=None,
        validation_alias="physicalReference",
        serialization_alias="physicalReference",
    )
    """Only list charge point, identified by id"""
    charge_point_network_id: str | None = Field(
        default=None,
        validation_alias="chargePointNetworkId",
        serialization_alias="chargePointNetworkId",
    )
    """Only list charge point, identified by the NetworkId"""
    charge_point_boot_notification_serial_number: str | None = Field(
        default=None,
        validation_alias="chargePointBootNotificationSerialNumber",
        serialization_alias="chargePointBootNotificationSerialNumber",
    )
    """Only list charge points with last boot notification that had this charge_point_serial_number"""
    user_id: str | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Only list charge points owned by a certain user"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list charge points owned by a certain partner"""
    access_type: ChargePointsListingFilterType | None = Field(
        default=None, validation_alias="accessType", serialization_alias="accessType"
    )
    """Only list charge points with this access type"""
    sub_operator_id: str | None = Field(
        default=None,
        validation_alias="subOperatorId",
        serialization_alias="subOperatorId",
    )
    """Only list charge point for a given subOperator"""
    roaming: str | None = None
    """When true - returns only roaming charge points. When false - returns only local charge points."""
    name: str | None = None
    """Exact charge point name"""
    location_id: str | None = Field(
        default=None, validation_alias="locationId", serialization_alias="locationId"
    )
    """Only list charge points assigned to the location"""
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
    evse_external_id: str | None = Field(
        default=None,
        validation_alias="evseExternalId",
        serialization_alias="evseExternalId",
    )
    """Only list charge point, identified by the External ID of the EVSE"""
    tag: str | None = None
    """Only list charge points that have the specific tag assigned."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            desired_security_profile_status: (
                ChargePointDeprecatedDesiredSecurityProfileStatus
                | ChargePointDeprecatedDesiredSecurityProfileStatusLiteral
                | None
            ) = ...,
            evse_id: str | None = ...,
            evse_physical_reference: str | None = ...,
            physical_reference: str | None = ...,
            charge_point_network_id: str | None = ...,
            charge_point_boot_notification_serial_number: str | None = ...,
            user_id: str | None = ...,
            partner_id: str | None = ...,
            access_type: (
                ChargePointsListingFilterType
                | ChargePointsListingFilterTypeLiteral
                | None
            ) = ...,
            sub_operator_id: str | None = ...,
            roaming: str | None = ...,
            name: str | None = ...,
            location_id: str | None = ...,
            managed_by_operator: str | None = ...,
            external_id: str | None = ...,
            evse_external_id: str | None = ...,
            tag: str | None = ...,
        ) -> None: ...
