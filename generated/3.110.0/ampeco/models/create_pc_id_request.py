"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .pc_id_id_tag import PcIdIdTag
from .pc_id_vehicle_type import PcIdVehicleType

if TYPE_CHECKING:
    from ..params import PcIdVehicleTypeLiteral


class CreatePcIdRequest(SDKModel):
    pc_id: str = Field(validation_alias="pcId", serialization_alias="pcId")
    name: str
    vehicle_type: PcIdVehicleType = Field(
        validation_alias="vehicleType", serialization_alias="vehicleType"
    )
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    id_tags: list[PcIdIdTag] | None = Field(
        default=None, validation_alias="idTags", serialization_alias="idTags"
    )

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            pc_id: str,
            name: str,
            vehicle_type: PcIdVehicleType | PcIdVehicleTypeLiteral,
            user_id: int,
            id_tags: list[PcIdIdTag] | None = ...,
        ) -> None: ...
