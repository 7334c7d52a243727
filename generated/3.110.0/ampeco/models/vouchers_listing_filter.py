"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import date, datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .voucher_type import VoucherType

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral, VoucherTypeLiteral


class VouchersListingFilter(SDKModel):
    type: VoucherType | None = None
    """Lists only vouchers that are with one of these types `voucher`, `manual_top_up`, `top_up_auto`, `auto_top_up`, `top_up_by_operator`, `api_top_up`, `promo_code`, `subscribe_to_plan`."""
    status: ChargePointEvseConnectorStatus | None = None
    """Lists only the vouchers that are with one of these statuses `enabled`, `disabled`."""
    created_at: date | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    """Lists only vouchers that are created on a particular date. Please provide the value in the following format `YYYY-MM-DD`."""
    redeemed_after: datetime | None = Field(
        default=None,
        validation_alias="redeemedAfter",
        serialization_alias="redeemedAfter",
    )
    """Lists only vouchers that are redeemed after the specified date and time. Please provide the value in ISO 8601 formatted date."""
    redeemed_before: datetime | None = Field(
        default=None,
        validation_alias="redeemedBefore",
        serialization_alias="redeemedBefore",
    )
    """Lists only vouchers that were redeemed before the specified date and time. Please provide the value in ISO 8601 formatted date."""
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    """Lists only vouchers that were redeemed by a particular user."""
    expire_date_after: date | None = Field(
        default=None,
        validation_alias="expireDateAfter",
        serialization_alias="expireDateAfter",
    )
    """Lists only vouchers with expiration date after the specified date. Please provide the value in RFC 3339 formatted date `YYYY-MM-DD`."""
    expire_date_before: date | None = Field(
        default=None,
        validation_alias="expireDateBefore",
        serialization_alias="expireDateBefore",
    )
    """Lists only vouchers with expiration date before the specified date. Please provide the value in RFC 3339 formatted date `YYYY-MM-DD`."""
    code: str | None = None
    """Lists only vouchers with code which contains the specified string. Please provide min 3 chars value."""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            type: VoucherType | VoucherTypeLiteral | None = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            created_at: date | None = ...,
            redeemed_after: datetime | None = ...,
            redeemed_before: datetime | None = ...,
            user_id: int | None = ...,
            expire_date_after: date | None = ...,
            expire_date_before: date | None = ...,
            code: str | None = ...,
        ) -> None: ...
