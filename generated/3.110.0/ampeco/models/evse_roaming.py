"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_roaming_status import EvseRoamingStatus

if TYPE_CHECKING:
    from ..params import EvseRoamingStatusLiteral


class EvseRoaming(SDKModel):
    evse_id: str | None = Field(validation_alias="evseId", serialization_alias="evseId")
    """The EVSE identifier that is received through roaming. For example \"DE*ABC*E1234\"."""
    tariff_ids: list[str] = Field(
        validation_alias="tariffIds", serialization_alias="tariffIds"
    )
    """The tariff IDs that we receive from roaming (as specified by the CPO)."""
    capabilities: list[str]
    """The evse capabilities defined by the CPO."""
    physical_reference: str | None = Field(
        validation_alias="physicalReference", serialization_alias="physicalReference"
    )
    """A number/string printed on the outside of the EVSE for visual."""
    status: EvseRoamingStatus | None
    """* `available` - The EVSE/Connector is able to start a new charging session. * `blocked` - The EVSE/Connector is not accessible because of a physical barrier, i.e. a car. * `charging` - The EVSE/Connector is in use. * `inoperative` - The EVSE/Connector is not yet active or it is no longer available (deleted). * `outoforder` - The EVSE/Connector is currently out of order. * `planned` - The EVSE/Connector is planned, will be operating soon. * `removed` - The EVSE/Connector/charge point is discontinued/removed. * `reserved` - The EVSE/Connector is reserved for a particular EV driver and is unavailable for other drivers. * `unknown` -  No status information available. (Also used when offline)"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_id: str | None,
            tariff_ids: list[str],
            capabilities: list[str],
            physical_reference: str | None,
            status: EvseRoamingStatus | EvseRoamingStatusLiteral | None,
        ) -> None: ...
