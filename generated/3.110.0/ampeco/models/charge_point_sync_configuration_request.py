"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .charge_point_configuration_read_key_option1 import (
    ChargePointConfigurationReadKeyOption1,
)

if TYPE_CHECKING:
    from ..params import ChargePointConfigurationReadKeyOption1Literal


class ChargePointSyncConfigurationRequest(SDKModel):
    keys: list[ChargePointConfigurationReadKeyOption1 | str] | None = None
    """List of keys to request a get configuration for. Omit or pass empty array to request all available configuration keys."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            keys: (
                list[
                    ChargePointConfigurationReadKeyOption1
                    | ChargePointConfigurationReadKeyOption1Literal
                    | str
                ]
                | None
            ) = ...,
        ) -> None: ...
