"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime

from pydantic import Field

from .._runtime.models import SDKModel


class EvsesListingFilter(SDKModel):
    charge_point_id: str | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """Only list EVSEs on a certain charge point"""
    physical_reference: str | None = Field(
        default=None,
        validation_alias="physicalReference",
        serialization_alias="physicalReference",
    )
    """Only list EVSEs, identified by id (QR Code)"""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Only list EVSEs, identified by externalId"""
    roaming: bool | None = None
    """If true, only roaming EVSEs will be returned. If false, only local EVSEs will be returned. If not passing, all EVSEs will be returned."""
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
    has_roaming_tariff_ids: bool | None = Field(
        default=None,
        validation_alias="hasRoamingTariffIds",
        serialization_alias="hasRoamingTariffIds",
    )
    """If true, only EVSEs with non-empty roaming.tariffIds array will be returned. If false, only EVSEs without roaming.tariffIds (null, empty array, or no roaming record) will be returned."""
    has_tariff_group: bool | None = Field(
        default=None,
        validation_alias="hasTariffGroup",
        serialization_alias="hasTariffGroup",
    )
    """If true, only EVSEs with a tariffGroupId will be returned. If false, only EVSEs without a tariffGroupId will be returned."""
    roaming_operator_ids: list[int] | None = Field(
        default=None,
        validation_alias="roamingOperatorIds",
        serialization_alias="roamingOperatorIds",
    )
    """Array of roaming operator IDs. Only EVSEs belonging to one or more of the specified roaming operators will be returned."""
