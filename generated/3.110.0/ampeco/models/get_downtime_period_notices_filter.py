"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import SDKModel
from .evse_downtime_period_type import EvseDowntimePeriodType

if TYPE_CHECKING:
    from ..params import EvseDowntimePeriodTypeLiteral


class GetDowntimePeriodNoticesFilter(SDKModel):
    type: EvseDowntimePeriodType | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: EvseDowntimePeriodType | EvseDowntimePeriodTypeLiteral | None = ...,
        ) -> None: ...
