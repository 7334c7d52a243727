"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .evse_deprecated_status import EvseDeprecatedStatus

if TYPE_CHECKING:
    from ..params import EvseDeprecatedStatusLiteral


class ChargePointCreateDeprecatedRequestEvsesValue(SDKModel):
    """An associative array with the EVSE network id being used as a key"""

    tariff_group_id: int | None = Field(
        default=None,
        validation_alias="tariffGroupId",
        serialization_alias="tariffGroupId",
    )
    """The ID of the tariff group attached to the EVSE. If the EVSE is not roaming and tariffGroupId is not specified, the default (free) tariff will be assigned. For roaming EVSEs the Tariff Group can only be updated if the option for manual management of EVSEs is enabled for the roaming CPO."""
    physical_reference: str | None = Field(
        default=None,
        validation_alias="physicalReference",
        serialization_alias="physicalReference",
    )
    max_amperage: float | None = Field(
        default=None, validation_alias="maxAmperage", serialization_alias="maxAmperage"
    )
    status: EvseDeprecatedStatus | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            tariff_group_id: int | None = ...,
            physical_reference: str | None = ...,
            max_amperage: float | None = ...,
            status: EvseDeprecatedStatus | EvseDeprecatedStatusLiteral | None = ...,
        ) -> None: ...
