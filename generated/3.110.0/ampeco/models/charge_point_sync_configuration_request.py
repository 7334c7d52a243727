"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .charge_point_configuration_read_key_option1 import (
    ChargePointConfigurationReadKeyOption1,
)


class ChargePointSyncConfigurationRequest(AmpecoModel):
    keys: list[ChargePointConfigurationReadKeyOption1 | str] | None = None
    """List of keys to request a get configuration for. Omit or pass empty array to request all available configuration keys."""
