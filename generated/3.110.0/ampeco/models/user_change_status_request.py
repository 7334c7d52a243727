"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus


class UserChangeStatusRequest(AmpecoModel):
    status: ChargePointEvseConnectorStatus
    """* `enabled` Enabled - the user is allowed to use the system
    * `disabled` Disabled - the user is NOT allowed to use the system
    """
    reason: str
