"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .revenue_origin import RevenueOrigin

if TYPE_CHECKING:
    from ..params import RevenueOriginLiteral


class RevenuesListingDeprecatedFilter(SDKModel):
    partner_id: str | None = Field(
        default=None, validation_alias="partnerId", serialization_alias="partnerId"
    )
    """Only list revenue associated with a certain partner"""
    date_from: datetime | None = Field(
        default=None, validation_alias="dateFrom", serialization_alias="dateFrom"
    )
    """Date from based on created at"""
    date_to: datetime | None = Field(
        default=None, validation_alias="dateTo", serialization_alias="dateTo"
    )
    """Date to based on created at"""
    origin: RevenueOrigin | None = None
    """Only list revenue by origin"""
    currency: str | None = None
    """3-letter currency code (ISO 4217). Only list revenue by currency"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            partner_id: str | None = ...,
            date_from: datetime | None = ...,
            date_to: datetime | None = ...,
            origin: RevenueOrigin | RevenueOriginLiteral | None = ...,
            currency: str | None = ...,
        ) -> None: ...
