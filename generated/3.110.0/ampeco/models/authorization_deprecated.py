"""Models generated from AMPECO.CHARGE Public API 3.110.0: regenerate, do not edit."""

from datetime import datetime
from typing import TYPE_CHECKING

from pydantic import Field

from .._runtime.models import OpenEnum, SDKModel
from .authorization_deprecated_roaming import AuthorizationDeprecatedRoaming

if TYPE_CHECKING:
    from ..params import (
        AuthorizationDeprecatedMethodLiteral,
        AuthorizationDeprecatedSourceLiteral,
        AuthorizationDeprecatedStatusLiteral,
    )


class AuthorizationDeprecatedMethod(OpenEnum):
    USER_DEVICE = "user_device"
    RFID_TAG = "rfid_tag"
    ADMIN = "admin"
    PLUG_AND_CHARGE = "plug_and_charge"


class AuthorizationDeprecatedSource(OpenEnum):
    """In case roaming is set, the method can only be user_device or rfid_tag"""

    LOCAL = "local"
    ROAMING = "roaming"
    THIRD_PARTY = "third_party"


class AuthorizationDeprecatedStatus(OpenEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class AuthorizationDeprecated(SDKModel):
    """Authorization"""

    id: int
    method: AuthorizationDeprecatedMethod
    source: AuthorizationDeprecatedSource
    """In case roaming is set, the method can only be user_device or rfid_tag"""
    created_at: datetime = Field(
        validation_alias="createdAt", serialization_alias="createdAt"
    )
    status: AuthorizationDeprecatedStatus
    rejection_reason: str | None = Field(
        validation_alias="rejectionReason", serialization_alias="rejectionReason"
    )
    user_id: int | None = Field(
        default=None, validation_alias="userId", serialization_alias="userId"
    )
    rfid_tag_uid: str | None = Field(
        default=None, validation_alias="rfidTagUid", serialization_alias="rfidTagUid"
    )
    """The UID of the RFID card that created the authorization"""
    roaming: AuthorizationDeprecatedRoaming | None = None
    """In case source is roaming, this object describes the EMSP that gave the authorization"""
    last_updated_at: datetime | None = Field(
        default=None,
        validation_alias="lastUpdatedAt",
        serialization_alias="lastUpdatedAt",
    )
    """ISO 8601 formatted date"""

    if TYPE_CHECKING:

        def __init__(
            self,
            *,
            id: int,
            method: (
                AuthorizationDeprecatedMethod | AuthorizationDeprecatedMethodLiteral
            ),
            source: (
                AuthorizationDeprecatedSource | AuthorizationDeprecatedSourceLiteral
            ),
            created_at: datetime,
            status: (
                AuthorizationDeprecatedStatus | AuthorizationDeprecatedStatusLiteral
            ),
            rejection_reason: str | None,
            user_id: int | None = ...,
            rfid_tag_uid: str | None = ...,
            roaming: AuthorizationDeprecatedRoaming | None = ...,
            last_updated_at: datetime | None = ...,
        ) -> None: ...
