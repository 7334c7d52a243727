"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_current_type import EvseCurrentType
from .evse_deprecated_hardware_status import EvseDeprecatedHardwareStatus
from .evse_deprecated_status import EvseDeprecatedStatus

if TYPE_CHECKING:
    from ..params import (
        EvseCurrentTypeLiteral,
        EvseDeprecatedHardwareStatusLiteral,
        EvseDeprecatedStatusLiteral,
    )


class EvsesListingDeprecatedFilter(SDKModel):
    charge_point_id: str | None = Field(
        default=None,
        validation_alias="chargePointId",
        serialization_alias="chargePointId",
    )
    """Only list EVSE on a certain charge point"""
    physical_reference: str | None = Field(
        default=None,
        validation_alias="physicalReference",
        serialization_alias="physicalReference",
    )
    """Only list EVSE, identified by id (QR Code)"""
    evse_status: EvseDeprecatedStatus | None = Field(
        default=None, validation_alias="evseStatus", serialization_alias="evseStatus"
    )
    hardware_status: EvseDeprecatedHardwareStatus | None = Field(
        default=None,
        validation_alias="hardwareStatus",
        serialization_alias="hardwareStatus",
    )
    """Only list EVSE with this hardware status"""
    evse_type: EvseCurrentType | None = Field(
        default=None, validation_alias="evseType", serialization_alias="evseType"
    )
    """Only list EVSE with this type"""
    connector_id: str | None = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
    """Only list EVSE with this connector"""
    tariff_group_id: str | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """Only list EVSE with this tariff group"""
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list EVSE with this partner"""
    roaming_platform_id: str | None = Field(
        default=None,
        validation_alias="roamingPlatformId",
        serialization_alias="roamingPlatformId",
    )
    """Only list EVSE with this roaming platform"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            charge_point_id: str | None = ...,
            physical_reference: str | None = ...,
            evse_status: (
                EvseDeprecatedStatus | EvseDeprecatedStatusLiteral | None
            ) = ...,
            hardware_status: (
                EvseDeprecatedHardwareStatus
                | EvseDeprecatedHardwareStatusLiteral
                | None
            ) = ...,
            evse_type: EvseCurrentType | EvseCurrentTypeLiteral | None = ...,
            connector_id: str | None = ...,
            tariff_group_id: str | None = ...,
            partner_id: str | None = ...,
            roaming_platform_id: str | None = ...,
        ) -> None: ...
