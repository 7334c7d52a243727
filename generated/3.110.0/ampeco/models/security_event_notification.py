"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import (
        SecurityEventNotificationNotificationLiteral,
        SecurityEventNotificationTypeLiteral,
    )


class SecurityEventNotificationNotification(OpenEnum):
    SECURITY_EVENT_NOTIFICATION = "SecurityEventNotification"


class SecurityEventNotificationType(OpenEnum):
    FIRMWARE_UPDATED = "FirmwareUpdated"
    FAILED_TO_AUTHENTICATE_AT_CENTRAL_SYSTEM = "FailedToAuthenticateAtCentralSystem"
    CENTRAL_SYSTEM_FAILED_TO_AUTHENTICATE = "CentralSystemFailedToAuthenticate"
    SETTING_SYSTEM_TIME = "SettingSystemTime"
    STARTUP_OF_THE_DEVICE = "StartupOfTheDevice"
    RESET_OR_REBOOT = "ResetOrReboot"
    SECURITY_LOG_WAS_CLEARED = "SecurityLogWasCleared"
    RECONFIGURATION_OF_SECURITY_PARAMETERS = "ReconfigurationOfSecurityParameters"
    MEMORY_EXHAUSTION = "MemoryExhaustion"
    INVALID_MESSAGES = "InvalidMessages"
    ATTEMPTED_REPLAY_ATTACKS = "AttemptedReplayAttacks"
    TAMPER_DETECTION_ACTIVATED = "TamperDetectionActivated"
    INVALID_FIRMWARE_SIGNATURE = "InvalidFirmwareSignature"
    INVALID_FIRMWARE_SIGNING_CERTIFICATE = "InvalidFirmwareSigningCertificate"
    INVALID_CENTRAL_SYSTEM_CERTIFICATE = "InvalidCentralSystemCertificate"
    INVALID_CHARGE_POINT_CERTIFICATE = "InvalidChargePointCertificate"
    INVALID_TLS_VERSION = "InvalidTLSVersion"
    INVALID_TLS_CIPHER_SUITE = "InvalidTLSCipherSuite"


class SecurityEventNotification(SDKModel):
    notification: SecurityEventNotificationNotification
    charge_point_id: int = Field(
        validation_alias="chargePointId", serialization_alias="chargePointId"
    )
    type: SecurityEventNotificationType
    timestamp: datetime
    tech_info: str | None = Field(
        default=None, validation_alias="techInfo", serialization_alias="techInfo"
    )
    critical: bool

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            notification: (
                SecurityEventNotificationNotification
                | SecurityEventNotificationNotificationLiteral
            ),
            charge_point_id: int,
            type: SecurityEventNotificationType | SecurityEventNotificationTypeLiteral,
            timestamp: datetime,
            tech_info: str | None = ...,
            critical: bool,
        ) -> None: ...
