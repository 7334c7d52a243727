"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class ConfigurationTemplateApplyToChargePointsRequest(SDKModel):
    charge_point_ids: list[int] | None = Field(
        default=None,
        validation_alias="chargePointIds",
        serialization_alias="chargePointIds",
    )
    """Array of charge point IDs the template will be applied to."""
    should_persist: bool | None = Field(
        default=False,
        validation_alias="shouldPersist",
        serialization_alias="shouldPersist",
    )
    """Specifies whether the configuration template will be enforced each time the charge point boots."""
