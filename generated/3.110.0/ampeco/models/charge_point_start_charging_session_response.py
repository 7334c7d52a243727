"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel

if TYPE_CHECKING:
    from ..params import ChargePointStartChargingSessionResponseErrorCodeLiteral


class ChargePointStartChargingSessionResponseErrorCode(OpenEnum):
    """Reason for the error causing the session to fail starting:
    * `BILLING_NOT_ASSOCIATED` - The selected corporate billing is not associated with the user
    * `BILLING_NOT_PARTNER_ASSOCIATED` - The selected corporate billing is allowed on EVSEs that are not associated with the partner
    * `INTERNAL_ISSUE` - Internal issue
    * `SESSION_EXISTS` - Session already exists
    * `AGILE_STREETS_CALCULATE` - Agile Streets calculation issue
    * `AGILE_STREETS_COMMUNICATION` - Could not connect with Agile Streets
    * `CHARGING_NOT_ALLOWED` - The tariff does not allow to charge on this evse
    * `LOCATION_IS_CLOSED` - Charge point's location is closed
    * `USER_VALIDATION_NOT_COMPLETE` - Either your email or phone is not verified or your profile is not completed
    * `TERMS_NOT_ACCEPTED` - User hasn't accepted latest Terms
    * `USER_IS_DISABLED` - Your account is disabled
    * `SUBSCRIPTION_REQUIRED` - You do not have an active subscription for this charging point
    * `SESSION_ALREADY_RUNNING` - Having another running session is not allowed
    * `PREVIOUS_SESSION_NOT_PAID` - Cannot start new session before paying the previous one
    * `ACCESS_RESTRICTED` - You do not have access to this charge point
    * `PAYMENT_METHOD_REQUIRED` - Cannot start a session without a payment method
    * `CANNOT_BILL_PAYMENT_METHOD` - The payment method either is invalid or the partner does not allow billing
    * `CORPORATE_ACCOUNT_LIMIT_REACHED` - Corporate billing is not allowed, corporate billing is not set up, corporate billing limit is reached or your payment method has insufficient funds.
    * `CANNOT_USE_EXPIRED_PAYMENT_METHOD` - The payment method has expired
    * `CANNOT_USE_PAYMENT_METHOD` - Payment method is not allowed or your subscription is cancelled
    * `PAYMENT_NO_FUNDS` - The current balance is below the needed minimum amount or there are not enough funds in the credit card (works only if you use Stripe)
    """

    BILLING_NOT_ASSOCIATED = "BILLING_NOT_ASSOCIATED"
    BILLING_NOT_PARTNER_ASSOCIATED = "BILLING_NOT_PARTNER_ASSOCIATED"
    INTERNAL_ISSUE = "INTERNAL_ISSUE"
    SESSION_EXISTS = "SESSION_EXISTS"
    AGILE_STREETS_CALCULATE = "AGILE_STREETS_CALCULATE"
    AGILE_STREETS_COMMUNICATION = "AGILE_STREETS_COMMUNICATION"
    CHARGING_NOT_ALLOWED = "CHARGING_NOT_ALLOWED"
    LOCATION_IS_CLOSED = "LOCATION_IS_CLOSED"
    USER_VALIDATION_NOT_COMPLETE = "USER_VALIDATION_NOT_COMPLETE"
    TERMS_NOT_ACCEPTED = "TERMS_NOT_ACCEPTED"
    USER_IS_DISABLED = "USER_IS_DISABLED"
    SUBSCRIPTION_REQUIRED = "SUBSCRIPTION_REQUIRED"
    SESSION_ALREADY_RUNNING = "SESSION_ALREADY_RUNNING"
    PREVIOUS_SESSION_NOT_PAID = "PREVIOUS_SESSION_NOT_PAID"
    ACCESS_RESTRICTED = "ACCESS_RESTRICTED"
    PAYMENT_METHOD_REQUIRED = "PAYMENT_METHOD_REQUIRED"
    CANNOT_BILL_PAYMENT_METHOD = "CANNOT_BILL_PAYMENT_METHOD"
    CORPORATE_ACCOUNT_LIMIT_REACHED = "CORPORATE_ACCOUNT_LIMIT_REACHED"
    CANNOT_USE_EXPIRED_PAYMENT_METHOD = "CANNOT_USE_EXPIRED_PAYMENT_METHOD"
    CANNOT_USE_PAYMENT_METHOD = "CANNOT_USE_PAYMENT_METHOD"
    PAYMENT_NO_FUNDS = "PAYMENT_NO_FUNDS"


class ChargePointStartChargingSessionResponse(SDKModel):
    success: bool
    """When the action is successful the value would be true. When the action is rejected the value would be false and additional information would be provided in the message property."""
    session_id: float | None = Field(
        validation_alias="sessionId", serialization_alias="sessionId"
    )
    """The numeric representation of the session id being started. You need this in order to request session stop."""
    authorization_id: float | None = Field(
        validation_alias="authorizationId", serialization_alias="authorizationId"
    )
    """The numeric representation of the authorization. You need this in order to request session details."""
    message: str | None = None
    """Additional information, only displayed when the action is rejected."""
    error_code: ChargePointStartChargingSessionResponseErrorCode | None = Field(
        default=None, validation_alias="errorCode", serialization_alias="errorCode"
    )
    """Reason for the error causing the session to fail starting:
    * `BILLING_NOT_ASSOCIATED` - The selected corporate billing is not associated with the user
    * `BILLING_NOT_PARTNER_ASSOCIATED` - The selected corporate billing is allowed on EVSEs that are not associated with the partner
    * `INTERNAL_ISSUE` - Internal issue
    * `SESSION_EXISTS` - Session already exists
    * `AGILE_STREETS_CALCULATE` - Agile Streets calculation issue
    * `AGILE_STREETS_COMMUNICATION` - Could not connect with Agile Streets
    * `CHARGING_NOT_ALLOWED` - The tariff does not allow to charge on this evse
    * `LOCATION_IS_CLOSED` - Charge point's location is closed
    * `USER_VALIDATION_NOT_COMPLETE` - Either your email or phone is not verified or your profile is not completed
    * `TERMS_NOT_ACCEPTED` - User hasn't accepted latest Terms
    * `USER_IS_DISABLED` - Your account is disabled
    * `SUBSCRIPTION_REQUIRED` - You do not have an active subscription for this charging point
    * `SESSION_ALREADY_RUNNING` - Having another running session is not allowed
    * `PREVIOUS_SESSION_NOT_PAID` - Cannot start new session before paying the previous one
    * `ACCESS_RESTRICTED` - You do not have access to this charge point
    * `PAYMENT_METHOD_REQUIRED` - Cannot start a session without a payment method
    * `CANNOT_BILL_PAYMENT_METHOD` - The payment method either is invalid or the partner does not allow billing
    * `CORPORATE_ACCOUNT_LIMIT_REACHED` - Corporate billing is not allowed, corporate billing is not set up, corporate billing limit is reached or your payment method has insufficient funds.
    * `CANNOT_USE_EXPIRED_PAYMENT_METHOD` - The payment method has expired
    * `CANNOT_USE_PAYMENT_METHOD` - Payment method is not allowed or your subscription is cancelled
    * `PAYMENT_NO_FUNDS` - The current balance is below the needed minimum amount or there are not enough funds in the credit card (works only if you use Stripe)
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            success: bool,
            session_id: float | None,
            authorization_id: float | None,
            message: str | None = ...,
            error_code: (
                ChargePointStartChargingSessionResponseErrorCode
                | ChargePointStartChargingSessionResponseErrorCodeLiteral
                | None
            ) = ...,
        ) -> None: ...
