"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import AmpecoModel, OpenEnum


class ChargePointDataTransferReceivedNotificationNotification(OpenEnum):
    CHARGE_POINT_DATA_TRANSFER_RECEIVED = "chargePoint.dataTransferReceived"


class ChargePointDataTransferReceivedNotification(AmpecoModel):
    notification: ChargePointDataTransferReceivedNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    vendor_id: str = Field(validation_alias="vendorId", serialization_alias="vendorId")
    message_id: str | None = Field(
        default=None, validation_alias="messageId", serialization_alias="messageId"
    )
    data: str | None = None
