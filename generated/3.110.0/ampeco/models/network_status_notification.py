"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_deprecated_network_status import ChargePointDeprecatedNetworkStatus

if TYPE_CHECKING:
    from ..params import (
        ChargePointDeprecatedNetworkStatusLiteral,
        NetworkStatusNotificationNotificationLiteral,
    )


class NetworkStatusNotificationNotification(OpenEnum):
    NETWORK_STATUS_NOTIFICATION = "NetworkStatusNotification"


class NetworkStatusNotification(SDKModel):
    notification: NetworkStatusNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    timestamp: datetime
    network_status: ChargePointDeprecatedNetworkStatus = Field(
        validation_alias="networkStatus", serialization_alias="networkStatus"
    )
    """Connection status of the charge point:
    * `never connected` - the charge point has not yet connected to the CPMS
    * `available` - connected to the CPMS
    * `temporarily unavailable` - disconnected a short while ago
    * `long-term unavailable` - disconnected, and some time has passed, so we dont expect the connection will be restores
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                NetworkStatusNotificationNotification
                | NetworkStatusNotificationNotificationLiteral
            ),
            charge_point_id: int,
            timestamp: datetime,
            network_status: (
                ChargePointDeprecatedNetworkStatus
                | ChargePointDeprecatedNetworkStatusLiteral
            ),
        ) -> None: ...
