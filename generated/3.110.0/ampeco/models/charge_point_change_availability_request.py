"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class ChargePointChangeAvailabilityRequestType(OpenEnum):
    """the type of availability change that the Charge Point should perform
    * `Inoperative` Charge point is not available for charging.
    * `Operative` Charge point is available for charging.
    """

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class ChargePointChangeAvailabilityRequest(AmpecoModel):
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
