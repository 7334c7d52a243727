"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .payment_terminal_option12_info_item import PaymentTerminalOption12InfoItem
from .voucher_validity_period import VoucherValidityPeriod

if TYPE_CHECKING:
    from ..params import (
        ChargePointEvseConnectorStatusLiteral,
        VoucherValidityPeriodLiteral,
    )


class VoucherUpdateRequest(SDKModel):
    status: ChargePointEvseConnectorStatus | None = None
    expire_date: date | None = Field(
        default=None, validation_alias="expireDate", serialization_alias="expireDate"
    )
    """RFC 3339 formatted date. Defines the date on which the voucher expires. The field can be calculated based on the `redeemedAt` timestamp and the `validityPeriod` field if the `validityPeriod` is set and the `expireDate` is not."""
    validity_period: VoucherValidityPeriod | None = Field(
        default=None,
        validation_alias="validityPeriod",
        serialization_alias="validityPeriod",
    )
    """Defines the validity period for the voucher. When a user redeems the voucher, this period is added to the `redeemedAt` timestamp to calculate the voucher's `expireDate`. This field is only used when `expireDate` is not already set - if `expireDate` has a value, this period is ignored and the defined `expireDate` is used instead."""
    assign_before_date: date | None = Field(
        default=None,
        validation_alias="assignBeforeDate",
        serialization_alias="assignBeforeDate",
    )
    """The date before which the voucher should be assigned to user in order to be valid. RFC 3339 formatted date"""
    amount: float
    prefix: str | None = None
    """The prefix of the voucher's code."""
    title: list[PaymentTerminalOption12InfoItem] | None = None
    """The title of the voucher."""

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
            validity_period: (
                VoucherValidityPeriod | VoucherValidityPeriodLiteral | None
            ) = ...,
            assign_before_date: date | None = ...,
            amount: float,
            prefix: str | None = ...,
            title: list[PaymentTerminalOption12InfoItem] | None = ...,
        ) -> None: ...
