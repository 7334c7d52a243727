"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from typing import Any, TYPE_CHECKING

from pydantic import Field

from .._runtime.models import SDKModel
from .partner_country import PartnerCountry
from .user_bank_details import UserBankDetails
from .user_create_request_state import UserCreateRequestState
from .user_options import UserOptions

if TYPE_CHECKING:
    from ..params import PartnerCountryLiteral, UserCreateRequestStateLiteral


class UserUpdateRequest(SDKModel):
    email: str | None = None
    email_verified: str | None = Field(
        default=None,
        validation_alias="emailVerified",
        serialization_alias="emailVerified",
    )
    """ISO 8601 formatted date"""
    password: str | None = None
    require_password_reset: bool | None = Field(
        default=None,
        validation_alias="requirePasswordReset",
        serialization_alias="requirePasswordReset",
    )
    """Sets a requirement for the user to set a new password when they next open the app. After a new password is set, this option resets automatically."""
    first_name: str | None = None
    middle_name: str | None = None
    last_name: str | None = None
    phone: str | None = None
    country: PartnerCountry | None = None
    state: UserCreateRequestState | None = None
    """The field will be considered only if the provided country is `US` or `AU`"""
    city: str | None = None
    post_code: str | None = None
    address: str | None = None
    vehicle_no: str | None = None
    user_group_ids: list[int] | None = Field(
        default=None,
        validation_alias="userGroupIds",
        serialization_alias="userGroupIds",
    )
    external_id: str | None = Field(
        default=None, validation_alias="externalId", serialization_alias="externalId"
    )
    """Third party identifier of the user"""
    options: UserOptions | None = None
    receive_news_and_promotions: bool | None = Field(
        default=None,
        validation_alias="receiveNewsAndPromotions",
        serialization_alias="receiveNewsAndPromotions",
    )
    """Updates the user's preference for receiving news and promotions. To change their preference, update this field to 'true' to opt in, or 'false' to opt out."""
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
            email: str | None = ...,
            email_verified: str | None = ...,
            password: str | None = ...,
            require_password_reset: bool | None = ...,
            first_name: str | None = ...,
            middle_name: str | None = ...,
            last_name: str | None = ...,
            phone: str | None = ...,
            country: PartnerCountry | PartnerCountryLiteral | None = ...,
            state: UserCreateRequestState | UserCreateRequestStateLiteral | None = ...,
            city: str | None = ...,
            post_code: str | None = ...,
            address: str | None = ...,
            vehicle_no: str | None = ...,
            user_group_ids: list[int] | None = ...,
            external_id: str | None = ...,
            options: UserOptions | None = ...,
            receive_news_and_promotions: bool | None = ...,
            bank_details: UserBankDetails | None = ...,
            external_app_data: dict[str, Any] | None = ...,
        ) -> None: ...
