"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class UserChangeStatusRequest(SDKModel):
    status: ChargePointEvseConnectorStatus
    """* `enabled` Enabled - the user is allowed to use the system
    * `disabled` Disabled - the user is NOT allowed to use the system
    """
    reason: str

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                ChargePointEvseConnectorStatus | ChargePointEvseConnectorStatusLiteral
            ),
            reason: str,
        ) -> None: ...
