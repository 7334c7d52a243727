"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .evse_downtime_period_type import EvseDowntimePeriodType


class PatchDowntimePeriodNoticeRequest(AmpecoModel):
    type: EvseDowntimePeriodType | None = None
    notice: str | None = None
    description: str | None = None
