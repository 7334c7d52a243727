"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .charge_point_evse_connector_status import ChargePointEvseConnectorStatus
from .partner_invite import PartnerInvite
from .user_bank_details import UserBankDetails
from .user_options import UserOptions

if TYPE_CHECKING:
    from ..params import ChargePointEvseConnectorStatusLiteral


class User(SDKModel):
    id: str | None = None
    email: str | None = None
    email_verified: str | None = Field(
        default=None,
        validation_alias="emailVerified",
        serialization_alias="emailVerified",
    )
    """ISO 8601 formatted date"""
    require_password_reset: bool | None = Field(
        default=None,
        validation_alias="requirePasswordReset",
        serialization_alias="requirePasswordReset",
    )
    """Sets a requirement for the user to set a new password when they next open the app. After a new password is set, this option resets automatically."""
    first_name: str | None = Field(
        default=None, validation_alias="firstName", serialization_alias="firstName"
    )
    middle_name: str | None = Field(
        default=None, validation_alias="middleName", serialization_alias="middleName"
    )
    last_name: str | None = Field(
        default=None, validation_alias="lastName", serialization_alias="lastName"
    )
    phone: str | None = None
    country: str | None = None
    state: str | None = None
    city: str | None = None
    post_code: str | None = Field(
        default=None, validation_alias="postCode", serialization_alias="postCode"
    )
    address: str | None = None
    vehicle_no: str | None = Field(
        default=None, validation_alias="vehicleNo", serialization_alias="vehicleNo"
    )
    personal_id: str | None = Field(
        default=None, validation_alias="personalId", serialization_alias="personalId"
    )
    locale: str | None = None
    balance: float | None = None
    """The current amount in the balance of the user (in the base currency). Would not be returned in the response if the user is related to a Partner without \"addUserBalance\" permission"""
    status: ChargePointEvseConnectorStatus | None = None
    """* `enabled` Enabled - the user is allowed to use the system
    * `disabled` Disabled - the user is NOT allowed to use the system
    """
    user_group_ids: list[int] | None = Field(
        default=None,
        validation_alias="userGroupIds",
        serialization_alias="userGroupIds",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Third party identifier of the user"""
    subscription_id: int | None = Field(
        default=None,
        validation_alias="subscriptionId",
        serialization_alias="subscriptionId",
    )
    """user subscription id"""
    options: UserOptions | None = None
    password: str | None = None
    """Returns the hashed password. This property is optional and can be enabled by request."""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""
    created_at: datetime | None = Field(
        default=None, validation_alias="createdAt", serialization_alias="createdAt"
    )
    created_by: str | None = Field(
        default=None, validation_alias="createdBy", serialization_alias="createdBy"
    )
    """The return values are `admin:` , `partner:` - the value after the colon is the respective ID of the admin account or the partner. `token:` - the value after the colon is the admin token. `mobile_api` - means that the User registered themselves through the mobile app."""
    receive_news_and_promotions: bool | None = Field(
        default=None,
        validation_alias="receiveNewsAndPromotions",
        serialization_alias="receiveNewsAndPromotions",
    )
    """Shows if the user has opted into receiving news and promotions."""
    partner_invites: list[PartnerInvite] | None = Field(
        default=None,
        validation_alias="partnerInvites",
        serialization_alias="partnerInvites",
    )
    """It's a part of the response only if request is called with `include.partnerInvites` query parameter."""
    bank_details: UserBankDetails | None = Field(
        default=None, validation_alias="bankDetails", serialization_alias="bankDetails"
    )
    external_app_data: dict[str, Any] | None = Field(
        default=None,
        validation_alias="externalAppData",
        serialization_alias="externalAppData",
    )
    """The externalAppData field is an object designed to hold additional data related to external integrations.
    This object can contain the following keys, which are currently supported:

    - `externalCustomerId`: A string representing the customer ID of the user in an external payment provider integration. This ID is used to link the user's account within the system to their corresponding account in the external payment provider.

    If no information is available, the externalAppData object will be null. It's a part of the response only if request is called with `include.externalAppData` query parameter.
    """

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: str | None = ...,
            email: str | None = ...,
            email_verified: str | None = ...,
            require_password_reset: bool | None = ...,
            first_name: str | None = ...,
            middle_name: str | None = ...,
            last_name: str | None = ...,
            phone: str | None = ...,
            country: str | None = ...,
            state: str | None = ...,
            city: str | None = ...,
            post_code: str | None = ...,
            address: str | None = ...,
            vehicle_no: str | None = ...,
            personal_id: str | None = ...,
            locale: str | None = ...,
            balance: float | None = ...,
            status: (
                ChargePointEvseConnectorStatus
                | ChargePointEvseConnectorStatusLiteral
                | None
            ) = ...,
            user_group_ids: list[int] | None = ...,
            external_id: str | None = ...,
            subscription_id: int | None = ...,
            options: UserOptions | None = ...,
            password: str | None = ...,
            last_updated_at: datetime | None = ...,
            created_at: datetime | None = ...,
            created_by: str | None = ...,
            receive_news_and_promotions: bool | None = ...,
            partner_invites: list[PartnerInvite] | None = ...,
            bank_details: UserBankDetails | None = ...,
            external_app_data: dict[str, Any] | None = ...,
        ) -> None: ...
