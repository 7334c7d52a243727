"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SecurityEventType(OpenEnum):
    """Type of critical security events that are pushed from the Charge Point to the backend."""

    FIRMWARE_UPDATED = "FirmwareUpdated"
    SETTING_SYSTEM_TIME = "SettingSystemTime"
    STARTUP_OF_THE_DEVICE = "StartupOfTheDevice"
    RESET_OR_REBOOT = "ResetOrReboot"
    SECURITY_LOG_WAS_CLEARED = "SecurityLogWasCleared"
    MEMORY_EXHAUSTION = "MemoryExhaustion"
    TAMPER_DETECTION_ACTIVATED = "TamperDetectionActivated"
