"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .evse_downtime_period_type import EvseDowntimePeriodType

if TYPE_CHECKING:
    from ..params import EvseDowntimePeriodTypeLiteral


class PostDowntimePeriodNoticeRequest(SDKModel):
    type: EvseDowntimePeriodType
    notice: str
    description: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral,
            notice: str,
            description: str | None = ...,
        ) -> None: ...
