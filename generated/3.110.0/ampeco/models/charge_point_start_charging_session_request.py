"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_set_charging_profile_request import (
    ChargePointSetChargingProfileRequest,
)


class ChargePointStartChargingSessionRequest(SDKModel):
    """Start session request body"""

    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    payment_method_id: str | None = Field(
        default=None,
        validation_alias="paymentMethodId",
        serialization_alias="paymentMethodId",
    )
    """The ID of the payment method, as returned by the payment method listing (User / Payment Method / Listing). When left empty or null, it would be determined by the system - either \"balance\" or \"subscription\" (in case the the user has an active post-paid subscription for home charging sessions and the charge point is a home charger). When it is NOT empty or null, userId is required."""
    external_session_id: str | None = Field(
        default=None,
        validation_alias="externalSessionId",
        serialization_alias="externalSessionId",
        deprecated="ChargePointStartChargingSessionRequest.external_session_id is deprecated; use id_tag instead",
    )
    """Deprecated: This field will be removed in version 2.0. Use `idTag` parameter instead.

    Migration: Replace all occurrences of `externalSessionId` with `idTag` in your start session requests.
    The `idTag` parameter serves the same purpose and stores the value in the session's `idTag` field.

    Backward compatibility: When both `externalSessionId` and `idTag` are provided, `idTag` takes precedence.
    """
    id_tag: str | None = Field(
        default=None, validation_alias="idTag", serialization_alias="idTag"
    )
    """Optional identifier tag for the charging session (e.g., RFID UID, authorization token).
    This value will be stored in the session's `idTag` field and can be used for filtering sessions.
    """
    connector_id: int | None = Field(
        default=None, validation_alias="connectorId", serialization_alias="connectorId"
    )
    booking_id: int | None = Field(
        default=None, validation_alias="bookingId", serialization_alias="bookingId"
    )
    """The ID of the booking to link the session to. Returns a 422 error if the booking does not exist or if its status is not Accepted or Reserved."""
    charging_profile: ChargePointSetChargingProfileRequest | None = Field(
        default=None,
        validation_alias="chargingProfile",
        serialization_alias="chargingProfile",
    )
    """the smart charging profile to apply. See the OCPP documentation for further explanation on the fields"""
