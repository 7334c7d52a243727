"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_current_type import EvseCurrentType
from .evse_deprecated_connector import EvseDeprecatedConnector
from .evse_deprecated_max_voltage import EvseDeprecatedMaxVoltage
from .evse_deprecated_phase_rotation import EvseDeprecatedPhaseRotation
from .evse_deprecated_phases import EvseDeprecatedPhases
from .evse_deprecated_status import EvseDeprecatedStatus

if TYPE_CHECKING:
    from ..params import (
        EvseCurrentTypeLiteral,
        EvseDeprecatedMaxVoltageLiteral,
        EvseDeprecatedPhaseRotationLiteral,
        EvseDeprecatedPhasesLiteral,
        EvseDeprecatedStatusLiteral,
    )


class EvseUpdateDeprecatedRequest(SDKModel):
    connectors: list[EvseDeprecatedConnector] | None = None
    physical_reference: str = Field(
        validation_alias="physicalReference", serialization_alias="physicalReference"
    )
    """Unique identifier of the EVSE. QR code or EVSE ID for Roaming."""
    type: EvseCurrentType
    network_id: str = Field(
        validation_alias="networkId", serialization_alias="networkId"
    )
    """The identifier of the EVSE within the station. Protocol specific. For OCPP use consecutive numbers starting from 1"""
    status: EvseDeprecatedStatus
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the tariff group attached to the EVSE. If the EVSE is not roaming and tariffGroupId is not specified, the default (free) tariff will be assigned. For roaming EVSEs the Tariff Group can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    allows_reservation: bool = Field(
        validation_alias="allowsReservation", serialization_alias="allowsReservation"
    )
    """Indicates the evse capability of accepting reservations."""
    max_power_kw: float | None = Field(
        default=None, validation_alias="maxPowerKw", serialization_alias="maxPowerKw"
    )
    """The max power displayed for the EVSE in the app. This value is NOT enforced, it is just to be displayed in the app."""
    max_voltage: EvseDeprecatedMaxVoltage = Field(
        validation_alias="maxVoltage", serialization_alias="maxVoltage"
    )
    """The maxVoltage of a CP can fluctuate. Hence, when creating a CP in Ampeco system the maxVoltage is given as a range. For OCPI purposes it maps as follows:
    * `220-240` = 230
    * `110-130` = 120
    * `400` = 400
    * `380` = 380
    """
    max_amperage: float | None = Field(
        default=None, validation_alias="maxAmperage", serialization_alias="maxAmperage"
    )
    phases: EvseDeprecatedPhases | None
    phase_rotation: EvseDeprecatedPhaseRotation | None = Field(
        default=None,
        validation_alias="phaseRotation",
        serialization_alias="phaseRotation",
    )
    mid_meter_certification_end_year: int | None = Field(
        default=None,
        validation_alias="midMeterCertificationEndYear",
        serialization_alias="midMeterCertificationEndYear",
    )
    """The mid meter certification end year."""
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            connectors: list[EvseDeprecatedConnector] | None = ...,
            physical_reference: str,
            type: EvseCurrentType | EvseCurrentTypeLiteral,
            network_id: str,
            status: EvseDeprecatedStatus | EvseDeprecatedStatusLiteral,
            tariff_group_id: int | None = ...,
            allows_reservation: bool,
            max_power_kw: float | None = ...,
            max_voltage: EvseDeprecatedMaxVoltage | EvseDeprecatedMaxVoltageLiteral,
            max_amperage: float | None = ...,
            phases: EvseDeprecatedPhases | EvseDeprecatedPhasesLiteral | None,
            phase_rotation: (
                EvseDeprecatedPhaseRotation | EvseDeprecatedPhaseRotationLiteral | None
            ) = ...,
            mid_meter_certification_end_year: int | None = ...,
            external_id: str | None = ...,
        ) -> None: ...
