"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel
from .evse_downtime_period_type import EvseDowntimePeriodType


class PostDowntimePeriodNoticeRequest(AmpecoModel):
    type: EvseDowntimePeriodType
    notice: str
    description: str | None = None
