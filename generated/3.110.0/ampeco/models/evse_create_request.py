"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_current_type import EvseCurrentType
from .evse_power_options import EvsePowerOptions
from .evse_status import EvseStatus

if TYPE_CHECKING:
    from ..params import EvseCurrentTypeLiteral, EvseStatusLiteral


class EvseCreateRequest(SDKModel):
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    """The ID of the charge point."""
    physical_reference: str = Field(
        validation_alias="physicalReference", serialization_alias="physicalReference"
    )
    """The identifier that is presented to the users, so they can identify the EVSE at the location."""
    current_type: EvseCurrentType = Field(
        validation_alias="currentType", serialization_alias="currentType"
    )
    """Type of current available on the EVSE:
    - **ac**: Alternating Current (AC) charging
    - **dc**: Direct Current (DC) fast charging
    """
    label: str | None = None
    """The EVSE label will be exposed and visualized in the mobile application"""
    network_id: str = Field(
        validation_alias="networkId", serialization_alias="networkId"
    )
    """The OCPP evse identifier (should be consecutive numbers starting from 1)"""
    status: EvseStatus
    """For roaming EVSEs the status can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    mid_meter_certification_end_year: int | None = Field(
        default=None,
        validation_alias="midMeterCertificationEndYear",
        serialization_alias="midMeterCertificationEndYear",
    )
    """The mid meter certification end year."""
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the tariff group attached to the EVSE. If the EVSE is not roaming and tariffGroupId is not specified, the default (free) tariff will be assigned. For roaming EVSEs the Tariff Group can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    allows_reservation: bool | None = Field(
        default=None,
        validation_alias="allowsReservation",
        serialization_alias="allowsReservation",
    )
    """Manages whether reservations are allowed on this EVSE. Requires the Reservations to be activated for the system in order to enable for the EVSE."""
    booking_enabled: bool | None = Field(
        default=None,
        validation_alias="bookingEnabled",
        serialization_alias="bookingEnabled",
    )
    """Indicates if the EVSE can be booked. Requires the Bookings to be activated for the operator and automatically enables allowsReservation when set to true."""
    power_options: EvsePowerOptions | None = Field(
        default=None,
        validation_alias="powerOptions",
        serialization_alias="powerOptions",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            charge_point_id: int,
            physical_reference: str,
            current_type: EvseCurrentType | EvseCurrentTypeLiteral,
            label: str | None = ...,
            network_id: str,
            status: EvseStatus | EvseStatusLiteral,
            mid_meter_certification_end_year: int | None = ...,
            tariff_group_id: int | None = ...,
            allows_reservation: bool | None = ...,
            booking_enabled: bool | None = ...,
            power_options: EvsePowerOptions | None = ...,
            external_id: str | None = ...,
        ) -> None: ...
