"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointChangeAvailabilityRequestTypeLiteral


class ChargePointChangeAvailabilityRequestType(OpenEnum):
    """the type of availability change that the Charge Point should perform
    * `Inoperative` Charge point is not available for charging.
    * `Operative` Charge point is available for charging.
    """

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class ChargePointChangeAvailabilityRequest(SDKModel):
    evse_network_id: int | None = Field(
        default=None,
        validation_alias="evseNetworkId",
        serialization_alias="evseNetworkId",
    )
    """The id of the connector for which availability needs to change. If missing the availability of the Charge Point and all its connectors needs to change."""
    type: ChargePointChangeAvailabilityRequestType
    """the type of availability change that the Charge Point should perform
    * `Inoperative` Charge point is not available for charging.
    * `Operative` Charge point is available for charging.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            evse_network_id: int | None = ...,
            type: (
                ChargePointChangeAvailabilityRequestType
                | ChargePointChangeAvailabilityRequestTypeLiteral
            ),
        ) -> None: ...
