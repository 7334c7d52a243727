"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class VoucherUpdateDeprecatedRequest(SDKModel):
    status: ChargePointEvseConnectorStatus | None = None
    expire_date: date | None = Field(
        default=None, validation_alias="expireDate", serialization_alias="expireDate"
    )
    """RFC 3339 formatted date"""
    amount: float

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            expire_date: date | None = ...,
            amount: float,
        ) -> None: ...
