"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ListConfigurationTemplatesFilterOcppVersionLiteral


class ListConfigurationTemplatesFilterOcppVersion(OpenEnum):
    """The OCPP version to filter by"""

    OCPP1_6 = "ocpp1.6"
    OCPP2_0_1 = "ocpp2.0.1"


class ListConfigurationTemplatesFilter(SDKModel):
    ocpp_version: ListConfigurationTemplatesFilterOcppVersion | None = Field(
        default=None, validation_alias="ocppVersion", serialization_alias="ocppVersion"
    )
    """The OCPP version to filter by"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            ocpp_version: (
                ListConfigurationTemplatesFilterOcppVersion
                | ListConfigurationTemplatesFilterOcppVersionLiteral
                | None
            ) = ...,
        ) -> None: ...
