"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel
from .pc_id_id_tag import PcIdIdTag
from .pc_id_vehicle_type import PcIdVehicleType


class PcId(AmpecoModel):
    id: int | None = None
    pc_id: str = Field(validation_alias="pcId", serialization_alias="pcId")
    name: str
    vehicle_type: PcIdVehicleType = Field(
        validation_alias="vehicleType", serialization_alias="vehicleType"
    )
    user_id: int = Field(validation_alias="userId", serialization_alias="userId")
    id_tags: list[PcIdIdTag] | None = Field(
        default=None, validation_alias="idTags", serialization_alias="idTags"
    )
