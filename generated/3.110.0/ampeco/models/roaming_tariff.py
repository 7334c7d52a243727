"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any

from pydantic import Field

from .._runtime.models import SDKModel


class RoamingTariff(SDKModel):
    id: int | None = None
    roaming_ids: list[str] | None = Field(
        default=None, validation_alias="roamingIds", serialization_alias="roamingIds"
    )
    roaming_tariff_human_readable: str | None = Field(
        default=None,
        validation_alias="roamingTariffHumanReadable",
        serialization_alias="roamingTariffHumanReadable",
    )
    """This is the human readable roaming tariff as extracted from the tariff(s) shared by the CPO."""
    raw_roaming_tariffs: list[dict[str, Any]] | None = Field(
        default=None,
        validation_alias="rawRoamingTariffs",
        serialization_alias="rawRoamingTariffs",
    )
    """The original roaming tariffs as provided by the CPO in the respective roaming protocol format."""
    operator_id: int | None = Field(
        default=None, validation_alias="operatorId", serialization_alias="operatorId"
    )
    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the local Tariff Group assigned to the EVSEs with this roaming tariff(s)."""
