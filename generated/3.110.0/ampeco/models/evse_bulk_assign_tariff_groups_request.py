"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from __future__ import annotations

from pydantic import Field

from .._runtime.models import SDKModel


class EvseBulkAssignTariffGroupsRequestFilters(SDKModel):
    """Optional filters to select EVSEs for bulk update"""

    location_ids: list[int] | None = Field(
        default=None, validation_alias="locationIds", serialization_alias="locationIds"
    )
    """Filter EVSEs by location IDs"""
    partner_ids: list[int] | None = Field(
        default=None, validation_alias="partnerIds", serialization_alias="partnerIds"
    )
    """Filter EVSEs by partner IDs"""
    evse_ids: list[int] | None = Field(
        default=None, validation_alias="evseIds", serialization_alias="evseIds"
    )
    """Filter EVSEs by EVSE IDs"""
    charge_point_ids: list[int] | None = Field(
        default=None,
        validation_alias="chargePointIds",
        serialization_alias="chargePointIds",
    )
    """Filter EVSEs by Charge point IDs"""
    tariff_group_ids: list[int] | None = Field(
        default=None,
        validation_alias="tariffGroupIds",
        serialization_alias="tariffGroupIds",
    )
    """Filter EVSEs by tariff group IDs"""


class EvseBulkAssignTariffGroupsRequest(SDKModel):
    filters: EvseBulkAssignTariffGroupsRequestFilters | None = None
    """Optional filters to select EVSEs for bulk update"""
    tariff_group_id: int | None = Field(
        validation_alias="tariffGroupId", serialization_alias="tariffGroupId"
    )
    """The tariff group ID to assign (null to unassign)"""


EvseBulkAssignTariffGroupsRequest.model_rebuild()
EvseBulkAssignTariffGroupsRequestFilters.model_rebuild()
