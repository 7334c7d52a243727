"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class RoamingTariffUpdateRequest(SDKModel):
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the local Tariff Group assigned to the EVSEs with this roaming tariff(s)."""
