"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointSendDataTransferResponseStatusLiteral


class ChargePointSendDataTransferResponseStatus(OpenEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class ChargePointSendDataTransferResponse(SDKModel):
    status: ChargePointSendDataTransferResponseStatus | None = None
    data: str | None = None

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            status: (
                ChargePointSendDataTransferResponseStatus
                | ChargePointSendDataTransferResponseStatusLiteral
                | None
            ) = ...,
            data: str | None = ...,
        ) -> None: ...
