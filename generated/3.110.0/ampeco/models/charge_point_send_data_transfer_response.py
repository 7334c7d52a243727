"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from .._runtime.models import AmpecoModel, OpenEnum


class ChargePointSendDataTransferResponseStatus(OpenEnum):
    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class ChargePointSendDataTransferResponse(AmpecoModel):
    status: ChargePointSendDataTransferResponseStatus | None = None
    data: str | None = None
