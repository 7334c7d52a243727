"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class ListConfigurationTemplatesFilterOcppVersion(OpenEnum):
    """The OCPP version to filter by"""

    OCPP1_6 = "ocpp1.6"
    OCPP2_0_1 = "ocpp2.0.1"


class ListConfigurationTemplatesFilter(AmpecoModel):
    ocpp_version: ListConfigurationTemplatesFilterOcppVersion | None = Field(
        default=None, validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )
    """The OCPP version to filter by"""
