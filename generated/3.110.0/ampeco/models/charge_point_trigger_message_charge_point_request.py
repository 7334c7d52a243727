"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointTriggerMessageChargePointRequestTypeLiteral


class ChargePointTriggerMessageChargePointRequestType(OpenEnum):
    """The type of the message to be triggered. Messages available only for 2.0.1 chargers - LogStatusNotification, PublishFirmwareStatusNotification, SignChargingStationCertificate, SignCombinedCertificate, TransactionEvent"""

    BOOT_NOTIFICATION = "BootNotification"
    DIAGNOSTICS_STATUS_NOTIFICATION = "DiagnosticsStatusNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION = "PublishFirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    STATUS_NOTIFICATION = "StatusNotification"
    SIGN_V2_G_CERTIFICATE = "SignV2GCertificate"
    SIGN_CHARGING_STATION_CERTIFICATE = "SignChargingStationCertificate"
    SIGN_COMBINED_CERTIFICATE = "SignCombinedCertificate"
    TRANSACTION_EVENT = "TransactionEvent"


class ChargePointTriggerMessageChargePointRequest(SDKModel):
    type: ChargePointTriggerMessageChargePointRequestType
    """The type of the message to be triggered. Messages available only for 2.0.1 chargers - LogStatusNotification, PublishFirmwareStatusNotification, SignChargingStationCertificate, SignCombinedCertificate, TransactionEvent"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: (
                ChargePointTriggerMessageChargePointRequestType
                | ChargePointTriggerMessageChargePointRequestTypeLiteral
            ),
        ) -> None: ...
