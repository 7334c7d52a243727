"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .charge_point_configuration_item import ChargePointConfigurationItem

if TYPE_CHECKING:
    from ..params import ChargePointSyncConfigurationNotificationNotificationLiteral


class ChargePointSyncConfigurationNotificationNotification(OpenEnum):
    CHARGE_POINT_SYNC_CONFIGURATION_NOTIFICATION = (
        "ChargePointSyncConfigurationNotification"
    )


class ChargePointSyncConfigurationNotification(SDKModel):
    notification: ChargePointSyncConfigurationNotificationNotification | None = None
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    request_id: int | None = Field(
        default=None, validation_alias="requestId", serialization_alias="requestId"
    )
    configuration: list[ChargePointConfigurationItem] | None = None
    """If there is no error this holds list of Charge Point's configuration properties.
    In case the request was for full load or there was no request but an automatic full load, all keys will be present.
    In case the request only wanted some keys, only those keys will be present.
    """
    error: str | None = None
    """If sync configuration failed this will hold the error message description."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                ChargePointSyncConfigurationNotificationNotification
                | ChargePointSyncConfigurationNotificationNotificationLiteral
                | None
            ) = ...,
            charge_point_id: int,
            request_id: int | None = ...,
            configuration: list[ChargePointConfigurationItem] | None = ...,
            error: str | None = ...,
        ) -> None: ...
