"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from decimal import Decimal

from pydantic import Field

from .._runtime.models import SDKModel


class ElectricityRatePricePeriodOption1Period(SDKModel):
    """A specific price period. The `startsAt` and `endsAt` times should be provided in the local time zone and not in UTC.
    Depending on the tenant multi timezone configuration either the tenant timezone will be used, or the timezone specific to the corresponding resource.
    """

    starts_at: str = Field(validation_alias="startsAt", serialization_alias="startsAt")
    """The start time of the period. Formatted as hours:minutes. Should be provided in the local time zone and not in UTC. Uses 24-hour notation."""
    ends_at: str = Field(validation_alias="endsAt", serialization_alias="endsAt")
    """The end time of the period. Formatted as hours:minutes. Should be provided in the local time zone and not in UTC. Uses 24-hour notation."""
    price: Decimal
    """The price that will apply for the given price period. Must include tax."""
