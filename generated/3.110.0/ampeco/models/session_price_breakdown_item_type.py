"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import OpenEnum


class SessionPriceBreakdownItemType(OpenEnum):
    """* `flat` - no matter the duration or energy consumed each session would cost one and the same amount,
    * `connection` - a fixed fee that is applied at the start of the charging session,
    * `energy` - the cost for the consumed energy,
    * `charging_time` - the cost for the duration of the session when there is ongoing charging,
    * `idle_time` - the cost for the time when there is no active charging but there is an ongoing session,
    * `power_levels_time` - the cost for peak and average power levels,
    * `min_price` - the minimum price a session should cost, anything below that price is rounded up to the minimum price,
    * `service_fee` - the cost for the mark up,
    * `energy_flat_fee` - a fixed fee applied per energy component,
    * `duration_flat_fee` - a fixed fee applied per duration component,
    * `idle_flat_fee` - a fixed fee applied per idle component.
    """

    FLAT = "flat"
    CONNECTION = "connection"
    ENERGY = "energy"
    CHARGING_TIME = "charging_time"
    IDLE_TIME = "idle_time"
    POWER_LEVELS_TIME = "power_levels_time"
    MIN_PRICE = "min_price"
    SERVICE_FEE = "service_fee"
    ENERGY_FLAT_FEE = "energy_flat_fee"
    DURATION_FLAT_FEE = "duration_flat_fee"
    IDLE_FLAT_FEE = "idle_flat_fee"
