"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel


class CircuitSetCircuitSocPriorityRequest(SDKModel):
    upper_threshold_percent: float | None = Field(
        default=None,
        validation_alias="upperThresholdPercent",
        serialization_alias="upperThresholdPercent",
    )
    """The state of charge (SoC) percentage above which the `highSoCPriority` will be applied. Must have a 5% offset from the `lowerThresholdPercent` (if provided).
    For example if `lowerThresholdPercent` is set to 50, this can have a value of 55 or higher.
    Setting this to `null` will remove the usage of the `highSoCPriority`.
    """
    high_so_c_priority: float | None = Field(
        default=None,
        validation_alias="highSoCPriority",
        serialization_alias="highSoCPriority",
    )
    lower_threshold_percent: float | None = Field(
        default=None,
        validation_alias="lowerThresholdPercent",
        serialization_alias="lowerThresholdPercent",
    )
    """The state of charge (SoC) percentage below which the `lowSoCPriority` will be applied. Must have a 5% offset from the `upperThresholdPercent` (if provided).
    For example if `upperThresholdPercent ` is set to 50, this can have a value of 45 or lower.
    Setting this to `null` will remove the usage of the `lowSoCPriority`.
    """
    low_so_c_priority: float | None = Field(
        default=None,
        validation_alias="lowSoCPriority",
        serialization_alias="lowSoCPriority",
    )
