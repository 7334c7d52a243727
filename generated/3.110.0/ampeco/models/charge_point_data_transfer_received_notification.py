"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointDataTransferReceivedNotificationNotificationLiteral


class ChargePointDataTransferReceivedNotificationNotification(OpenEnum):
    CHARGE_POINT_DATA_TRANSFER_RECEIVED = "chargePoint.dataTransferReceived"


class ChargePointDataTransferReceivedNotification(SDKModel):
    notification: ChargePointDataTransferReceivedNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    vendor_id: str = Field(validation_alias="vendorId", serialization_alias="vendorId")
    message_id: str | None = Field(
        default=None, validation_alias="messageId", serialization_alias="messageId"
    )
    data: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                ChargePointDataTransferReceivedNotificationNotification
                | ChargePointDataTransferReceivedNotificationNotificationLiteral
            ),
            charge_point_id: int,
            vendor_id: str,
            message_id: str | None = ...,
            data: str | None = ...,
        ) -> None: ...
